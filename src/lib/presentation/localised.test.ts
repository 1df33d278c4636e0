import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { localised } from './localised';

const usual = getLocale;
afterEach(() => overwriteGetLocale(usual));

describe('localised', () => {
	it("picks the text in the reader's language", () => {
		const text = { nl: 'Verdieping', en: 'Deep dive' };
		overwriteGetLocale(() => 'en');
		expect(localised(text)).toBe('Deep dive');
		overwriteGetLocale(() => 'nl');
		expect(localised(text)).toBe('Verdieping');
	});

	it('picks lists whole', () => {
		overwriteGetLocale(() => 'en');
		expect(localised({ nl: ['een', 'twee'], en: ['one', 'two'] })).toEqual(['one', 'two']);
	});
});
