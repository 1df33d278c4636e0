import { addDays, getISODay, parseISO, format } from 'date-fns';
import { dutchHolidayLookup, type HolidayLookup } from './holidays';
import { fromInstant, toInstant } from './schedule';

/*
 * Stress-sensitive timing (PRODUCT.md C9; seed 003): a message that can worry someone never lands
 * on a Friday afternoon, in the weekend, at night or on a public holiday, when nobody can be
 * reached to ask about it. Every message the app times (a reminder, an update, a notice) goes
 * through `nextCalmMoment`: one rule, in Amsterdam time.
 */

/** Working hours in which a message may land; on Friday only the morning. */
export const calmHours = { from: '09:00', until: '17:00', fridayUntil: '12:00' } as const;

const holidaysByDefault = dutchHolidayLookup();

/** The latest calm time of a calendar date (`yyyy-MM-dd`), or null when the whole day is not calm. */
function calmUntil(date: string, holidays: HolidayLookup): string | null {
	const weekday = getISODay(parseISO(date));
	if (weekday >= 6 || holidays(date) !== null) return null;
	return weekday === 5 ? calmHours.fridayUntil : calmHours.until;
}

/** Whether a message may land at `instant`. */
export function isCalmMoment(instant: Date, holidays: HolidayLookup = holidaysByDefault): boolean {
	const { date, time } = fromInstant(instant);
	const until = calmUntil(date, holidays);
	return until !== null && time >= calmHours.from && time < until;
}

/**
 * `instant` itself when it is calm; otherwise the start of the next calm stretch (09:00 on the
 * next working day that is no public holiday, or today at 09:00 when it is still early).
 */
export function nextCalmMoment(instant: Date, holidays: HolidayLookup = holidaysByDefault): Date {
	if (isCalmMoment(instant, holidays)) return instant;
	const { date, time } = fromInstant(instant);
	let day = parseISO(date);
	if (!(calmUntil(date, holidays) !== null && time < calmHours.from)) day = addDays(day, 1);
	// A long weekend with Easter or Christmas is at most five days; a fortnight is plenty.
	for (let i = 0; i < 14; i++, day = addDays(day, 1)) {
		const candidate = format(day, 'yyyy-MM-dd');
		if (calmUntil(candidate, holidays) !== null) return toInstant(candidate, calmHours.from);
	}
	throw new RangeError(`No calm moment within two weeks of ${instant.toISOString()}`);
}
