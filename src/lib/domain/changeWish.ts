import type { ChangeLevel } from './vocabularies';

/*
 * Change wishes as the deciding meeting looks at them (seed 001 §2–3): every wish of the series,
 * meeting by meeting, narrowed by level or theme. Themes are typed freely, so "Wonen" and "wonen "
 * are one theme here.
 */

/** Stands for "without a theme". It can never be a theme itself: a theme needs a letter or digit (`checkCapturedText`). */
export const noTheme = '-';

/** Which wishes to show; null shows them all. `level: 'none'` and `theme: noTheme` show those without one yet. */
export interface ChangeWishFilter {
	level: ChangeLevel | 'none' | null;
	theme: string | null;
}

export const noFilter: ChangeWishFilter = { level: null, theme: null };

interface Classified {
	level: ChangeLevel | null;
	theme: string | null;
}

/** How two spellings of one theme compare: case, outer spaces and runs of spaces do not count. */
export const themeKey = (theme: string) => theme.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

export function matchesFilter(wish: Classified, filter: ChangeWishFilter): boolean {
	if (filter.level !== null && (wish.level ?? 'none') !== filter.level) return false;
	if (filter.theme === null) return true;
	if (filter.theme === noTheme) return wish.theme === null;
	return wish.theme !== null && themeKey(wish.theme) === themeKey(filter.theme);
}

/** The themes in use, each once in the spelling it was first given (`wishes` oldest first), in alphabetical order. */
export function themesOf(wishes: readonly Pick<Classified, 'theme'>[]): string[] {
	const first = new Map<string, string>();
	for (const { theme } of wishes) if (theme !== null && !first.has(themeKey(theme))) first.set(themeKey(theme), theme.trim());
	return [...first.values()].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }));
}

/** The meetings in their order, each with its wishes that pass `filter` (kept in the order given). */
export function wishesByMeeting<M extends { id: string; number: number }, W extends Classified & { meetingId: string }>(
	meetings: readonly M[],
	wishes: readonly W[],
	filter: ChangeWishFilter
): (M & { wishes: W[] })[] {
	const shown = wishes.filter((w) => matchesFilter(w, filter));
	return [...meetings].sort((a, b) => a.number - b.number).map((m) => ({ ...m, wishes: shown.filter((w) => w.meetingId === m.id) }));
}
