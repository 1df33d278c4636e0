import Holidays from 'date-holidays';

export const holidayKeys = [
	'newYear',
	'goodFriday',
	'easterSunday',
	'easterMonday',
	'kingsDay',
	'liberationDay',
	'ascensionDay',
	'whitSunday',
	'whitMonday',
	'christmasDay',
	'boxingDay'
] as const;
export type HolidayKey = (typeof holidayKeys)[number];

export type Holiday = { date: string; key: HolidayKey };

/** Which Dutch public holiday falls on a date ('YYYY-MM-DD'), if any. */
export type HolidayLookup = (date: string) => HolidayKey | null;

// date-holidays marks Good Friday and Liberation Day as 'school' days for NL: not every employer
// gives them off. Both are official Dutch holidays and many people (and community centres) are
// away, so a meeting on them is worth a second look: we count them.
const calendar = new Holidays('NL', { types: ['public', 'school'] });

// Keyed by the library's rule (documented as the reference of a holiday; names change with the
// language). King's Day moves to Saturday when 27 April is a Sunday; its rule carries that condition.
// Queen's Day (30 April, before 2014) is left out: series are planned from today onwards.
function keyOf(rule: string): HolidayKey | null {
	if (rule.startsWith('04-27')) return 'kingsDay';
	const keys: Record<string, HolidayKey> = {
		'01-01': 'newYear',
		'easter -2': 'goodFriday',
		easter: 'easterSunday',
		'easter 1': 'easterMonday',
		'05-05': 'liberationDay',
		'easter 39': 'ascensionDay',
		'easter 49': 'whitSunday',
		'easter 50': 'whitMonday',
		'12-25': 'christmasDay',
		'12-26': 'boxingDay'
	};
	return keys[rule] ?? null;
}

/** The Dutch public holidays of a year, in date order. */
export function dutchPublicHolidays(year: number): Holiday[] {
	return calendar.getHolidays(year).flatMap((h) => {
		const key = keyOf(h.rule);
		return key === null ? [] : [{ date: h.date.slice(0, 10), key }];
	});
}

/** A lookup over dutchPublicHolidays that computes each year once. */
export function dutchHolidayLookup(): HolidayLookup {
	const byYear = new Map<number, Map<string, HolidayKey>>();
	return (date) => {
		const year = Number(date.slice(0, 4));
		let days = byYear.get(year);
		if (!days) {
			days = new Map(dutchPublicHolidays(year).map((h) => [h.date, h.key]));
			byYear.set(year, days);
		}
		return days.get(date) ?? null;
	};
}
