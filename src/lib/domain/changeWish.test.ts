import { describe, expect, it } from 'vitest';
import { checkCapturedText } from './capture';
import { matchesFilter, noFilter, noTheme, themesOf, wishesByMeeting } from './changeWish';

const wish = (meetingId: string, level: 'person' | 'organisation' | 'society' | null, theme: string | null) => ({ meetingId, level, theme });

describe('matchesFilter', () => {
	it('shows every wish without a filter', () => {
		expect(matchesFilter(wish('a', null, null), noFilter)).toBe(true);
	});
	it('filters by level, and "none" finds the wishes whose level is not chosen yet', () => {
		expect(matchesFilter(wish('a', 'society', null), { level: 'society', theme: null })).toBe(true);
		expect(matchesFilter(wish('a', 'person', null), { level: 'society', theme: null })).toBe(false);
		expect(matchesFilter(wish('a', null, null), { level: 'none', theme: null })).toBe(true);
		expect(matchesFilter(wish('a', 'person', null), { level: 'none', theme: null })).toBe(false);
	});
	it('filters by theme whatever its case and spaces, and finds the wishes without a theme', () => {
		expect(matchesFilter(wish('a', null, 'Wonen'), { level: null, theme: ' wonen ' })).toBe(true);
		expect(matchesFilter(wish('a', null, 'geld  en schulden'), { level: null, theme: 'Geld en schulden' })).toBe(true);
		expect(matchesFilter(wish('a', null, 'Wonen'), { level: null, theme: 'werk' })).toBe(false);
		expect(matchesFilter(wish('a', null, null), { level: null, theme: 'werk' })).toBe(false);
		expect(matchesFilter(wish('a', null, null), { level: null, theme: noTheme })).toBe(true);
		expect(matchesFilter(wish('a', null, 'Wonen'), { level: null, theme: noTheme })).toBe(false);
	});
	it('needs both when both are set', () => {
		const filter = { level: 'organisation' as const, theme: 'school' };
		expect(matchesFilter(wish('a', 'organisation', 'School'), filter)).toBe(true);
		expect(matchesFilter(wish('a', 'person', 'School'), filter)).toBe(false);
		expect(matchesFilter(wish('a', 'organisation', 'Zorg'), filter)).toBe(false);
	});
	it('uses a stand-in for "no theme" that no typed theme can be', () => {
		expect(checkCapturedText(noTheme).ok).toBe(false);
	});
});

describe('themesOf', () => {
	it('lists each theme once, as first spelled, alphabetically', () => {
		const wishes = [wish('a', null, 'wonen'), wish('a', null, 'Armoede'), wish('a', null, null), wish('b', null, 'Wonen'), wish('b', null, 'école')];
		expect(themesOf(wishes)).toEqual(['Armoede', 'école', 'wonen']);
	});
});

describe('wishesByMeeting', () => {
	it('puts the meetings in their order, each with its wishes that pass the filter', () => {
		const meetings = [
			{ id: 'm2', number: 2 },
			{ id: 'm1', number: 1 },
			{ id: 'm5', number: 5 }
		];
		const wishes = [wish('m1', 'person', null), wish('m2', 'society', 'Wonen'), wish('m1', 'society', 'wonen')];
		const all = wishesByMeeting(meetings, wishes, noFilter);
		expect(all.map((m) => [m.number, m.wishes.length])).toEqual([
			[1, 2],
			[2, 1],
			[5, 0]
		]);
		const society = wishesByMeeting(meetings, wishes, { level: 'society', theme: 'WONEN' });
		expect(society.map((m) => m.wishes)).toEqual([[wishes[2]], [wishes[1]], []]);
	});
});
