/** WCAG 2.1 contrast between colours, for the organisation's theme colour behind white header text. */

/** WCAG AA for normal text (success criterion 1.4.3). */
export const minimumTextContrast = 4.5;

const hexColour = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

export function isHexColour(value: string): boolean {
	return hexColour.test(value);
}

function linear(channel: string): number {
	const value = parseInt(channel, 16) / 255;
	return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour (0 = black, 1 = white), or null for anything else. */
export function relativeLuminance(colour: string): number | null {
	const match = hexColour.exec(colour);
	if (!match) return null;
	const [, r = '', g = '', b = ''] = match;
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio between two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number | null {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	if (la === null || lb === null) return null;
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The organisation's colour when white text on it stays readable, else nothing (the theme's own).
 * Contrast is symmetric, so the colour is then just as readable as text on white.
 */
export function usableBrandColour(colour: string | null | undefined): string | undefined {
	const value = colour?.trim() ?? '';
	return readableUnderWhiteText(value) ? value : undefined;
}

/** Whether white text on `colour` is readable enough; false for anything that is not `#rrggbb`. */
export function readableUnderWhiteText(colour: string): boolean {
	const ratio = contrastRatio(colour, '#ffffff');
	return ratio !== null && ratio >= minimumTextContrast;
}
