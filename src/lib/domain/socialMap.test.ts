import { describe, expect, it } from 'vitest';
import { toInstant } from './schedule';
import {
	dayHoursText,
	highlightParts,
	isOpenAt,
	isStale,
	normaliseInitials,
	parseDayHours,
	prefixQuery,
	searchWords,
	servesAgeGroup,
	type Opening
} from './socialMap';

describe('opening hours', () => {
	it('reads a day as typed and writes it back', () => {
		const hours = parseDayHours(1, ' 13.00 – 17:00, 9:00-12:00 ')!;
		expect(hours).toEqual([
			{ day: 1, opens: '09:00', closes: '12:00' },
			{ day: 1, opens: '13:00', closes: '17:00' }
		]);
		expect(dayHoursText(hours, 1)).toBe('09:00-12:00, 13:00-17:00');
		expect(parseDayHours(2, '')).toEqual([]);
	});
	it('refuses what cannot be read or closes before it opens', () => {
		expect(parseDayHours(1, 'morgens')).toBeNull();
		expect(parseDayHours(1, '17:00-09:00')).toBeNull();
		expect(parseDayHours(1, '25:00-26:00')).toBeNull();
	});
	it('knows whether a service is open now in Amsterdam, summer and winter', () => {
		const hours: Opening[] = [{ day: 1, opens: '09:00', closes: '17:00' }];
		expect(isOpenAt(hours, toInstant('2026-12-07', '09:00'))).toBe(true);
		expect(isOpenAt(hours, toInstant('2026-12-07', '17:00'))).toBe(false);
		expect(isOpenAt(hours, toInstant('2026-12-08', '10:00'))).toBe(false);
		// 08:30 UTC on a summer Monday is 10:30 in Amsterdam.
		expect(isOpenAt(hours, new Date('2026-07-06T08:30:00Z'))).toBe(true);
		expect(isOpenAt([], toInstant('2026-12-07', '10:00'))).toBe(false);
	});
});

describe('staleness', () => {
	it('flags an entry nobody checked for the period', () => {
		const now = toInstant('2026-12-07', '10:00');
		expect(isStale(toInstant('2026-06-08', '10:00'), now)).toBe(false);
		expect(isStale(toInstant('2026-06-06', '10:00'), now)).toBe(true);
		expect(isStale(toInstant('2026-10-01', '10:00'), now, 2)).toBe(true);
	});
});

describe('search words', () => {
	it('keeps letters and digits only, lower case, accents kept', () => {
		expect(searchWords('Schulden & "Café" | !toeslagen:* 💸')).toEqual(['schulden', 'café', 'toeslagen']);
		expect(searchWords("'; drop table x; --")).toEqual(['drop', 'table', 'x']);
		expect(searchWords('!!! :*')).toEqual([]);
	});
	it('limits a long paste to eight words of forty characters', () => {
		const words = searchWords(`${'a'.repeat(100)} ${'woord '.repeat(2000)} ${Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')}`);
		expect(words.length).toBeLessThanOrEqual(8);
		expect(words[0]).toHaveLength(40);
	});
	it('makes a prefix query of the words only', () => {
		expect(prefixQuery(['schulden', 'zwolle'])).toBe('schulden:* & zwolle:*');
	});
});

describe('highlights', () => {
	it('splits an excerpt on the markers into text parts', () => {
		expect(highlightParts('Hulp bij \u0002schulden\u0003 en <b>meer</b>')).toEqual([
			{ text: 'Hulp bij ', match: false },
			{ text: 'schulden', match: true },
			{ text: ' en <b>meer</b>', match: false }
		]);
		expect(highlightParts('geen markers')).toEqual([{ text: 'geen markers', match: false }]);
		expect(highlightParts('kapot \u0002zonder einde')).toEqual([
			{ text: 'kapot ', match: false },
			{ text: 'zonder einde', match: false }
		]);
	});
});

describe('ages and initials', () => {
	it('matches an age group against a service’s ages, open ends included', () => {
		expect(servesAgeGroup(4, 18, 'children')).toBe(true);
		expect(servesAgeGroup(65, null, 'children')).toBe(false);
		expect(servesAgeGroup(null, null, 'elderly')).toBe(true);
	});
	it('writes initials with dots and refuses a name', () => {
		expect(normaliseInitials('jk')).toBe('J.K.');
		expect(normaliseInitials('')).toBe('');
		expect(normaliseInitials('Jansen')).toBeNull();
	});
});
