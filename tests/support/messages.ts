import * as m from '../../src/lib/paraglide/messages.js';

/**
 * The message catalogue, so a test asserts what users are shown by its key rather than by a copy
 * of the words that goes stale when the wording improves. Call with a locale: `m.key({}, nl)`.
 */
export { m };
export const nl = { locale: 'nl' } as const;
export const en = { locale: 'en' } as const;

/** Put in for a value the test does not know or care about (a date, a count); see `upTo` and `pattern`. */
export const hole = '\u0000';

/** How a message stands in the HTML the server sends: Svelte escapes `&` and `<` in text. */
export function inHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

/** The fixed start of a message, up to its first `hole`. */
export function upTo(text: string): string {
	return inHtml(text.slice(0, text.indexOf(hole)));
}

/** A message whose `hole`s are numbers, to read those numbers from a page. */
export function pattern(text: string): RegExp {
	return new RegExp(inHtml(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(hole, '(\\d+)'));
}
