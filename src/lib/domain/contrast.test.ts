import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColour, readableUnderWhiteText, relativeLuminance, usableBrandColour } from './contrast';

describe('contrast', () => {
	it('knows the extremes', () => {
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('#FFFFFF')).toBe(1);
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#336699', '#336699')).toBe(1);
	});

	it('gives the same ratio whichever colour comes first', () => {
		expect(contrastRatio('#ffffff', '#5115ef')).toBeCloseTo(contrastRatio('#5115ef', '#ffffff')!, 10);
	});

	it('matches known WCAG figures', () => {
		// #767676 is the lightest grey that passes AA on white; #777777 just fails.
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('accepts only colours that white text can be read on', () => {
		expect(readableUnderWhiteText('#767676')).toBe(true);
		expect(readableUnderWhiteText('#777777')).toBe(false);
		expect(readableUnderWhiteText('#5115ef')).toBe(true);
		expect(readableUnderWhiteText('#ffcc00')).toBe(false);
		expect(readableUnderWhiteText('#ffffff')).toBe(false);
	});

	it('refuses anything that is not #rrggbb', () => {
		for (const bad of ['', 'red', '#fff', '#12345g', '123456', '#1234567', ' #123456']) {
			expect(isHexColour(bad), bad).toBe(false);
			expect(relativeLuminance(bad), bad).toBeNull();
			expect(readableUnderWhiteText(bad), bad).toBe(false);
		}
		expect(isHexColour('#A1b2C3')).toBe(true);
	});

	it('uses an organisation colour only when it is readable both under white text and as text on white', () => {
		expect(usableBrandColour(' #1a5f8c ')).toBe('#1a5f8c');
		expect(contrastRatio('#1a5f8c', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(usableBrandColour('#ffcc00')).toBeUndefined();
		expect(usableBrandColour(null)).toBeUndefined();
	});
});
