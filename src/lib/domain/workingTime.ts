import type { HolidayLookup } from './holidays';
import { fromInstant, toInstant } from './schedule';

/*
 * When a message from the app may land (issue #12): on a working moment in Amsterdam time, never
 * on Friday afternoon, in the weekend, on a Dutch public holiday or at night. The one helper for
 * every reminder or mail the app plans ahead; `at` a working moment stays as it is.
 */

/** Working hours: from 09:00 to 17:00, on Friday until 12:00. */
export const workingHours = { start: '09:00', end: '17:00', fridayEnd: '12:00' } as const;

/** The day of the week of a calendar date 'YYYY-MM-DD': 0 Sunday … 6 Saturday. */
function weekday(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d, 12)).getUTCDay();
}

function nextDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + 1, 12)).toISOString().slice(0, 10);
}

const isWorkingDay = (date: string, isHoliday: HolidayLookup) => {
	const day = weekday(date);
	return day >= 1 && day <= 5 && isHoliday(date) === null;
};

/**
 * `at`, or the first working moment after it: 09:00 of the next working day when `at` is at night,
 * on Friday afternoon, in the weekend or on a public holiday.
 */
export function workingMoment(at: Date, isHoliday: HolidayLookup): Date {
	const { date, time } = fromInstant(at);
	if (isWorkingDay(date, isHoliday)) {
		const end = weekday(date) === 5 ? workingHours.fridayEnd : workingHours.end;
		if (time < workingHours.start) return toInstant(date, workingHours.start);
		if (time < end) return at;
	}
	let day = nextDate(date);
	// A working day comes within a fortnight whatever the holidays; the bound only guards the loop.
	for (let i = 0; i < 14 && !isWorkingDay(day, isHoliday); i++) day = nextDate(day);
	return toInstant(day, workingHours.start);
}
