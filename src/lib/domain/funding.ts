import type { HolidayLookup } from './holidays';
import { fromInstant, toInstant } from './schedule';
import type { FundingStatus } from './vocabularies';
import { nextCalmMoment } from './calmTiming';

/*
 * Reminders about funding (issue #12 item 3): an application's deadline while it is still an
 * idea, and a report owed to a funder who granted. Planned when a source is saved; the job checks
 * again when it runs, so a moved date or a changed status makes an old reminder do nothing.
 */

/** How long before the date the coordinators hear of it. */
export const reminderDaysBefore = 14;

export type ReminderAbout = 'deadline' | 'report';

export interface FundingDates {
	status: FundingStatus;
	applicationDeadline: string | null;
	reportDue: string | null;
}

export interface PlannedReminder {
	about: ReminderAbout;
	/** The date it is about, 'YYYY-MM-DD'. */
	date: string;
	runAt: Date;
}

/** The date a reminder of `about` is for, when the source's status still calls for one. */
export function reminderDate(source: FundingDates, about: ReminderAbout): string | null {
	if (about === 'deadline') return source.status === 'idea' ? source.applicationDeadline : null;
	return source.status === 'granted' ? source.reportDue : null;
}

function daysBefore(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d - days, 12)).toISOString().slice(0, 10);
}

/**
 * The reminders to plan for `source` at `now`: `reminderDaysBefore` days before each date at the
 * start of the working day, or straight away (at the next working moment) when that is past; none
 * for a date already gone.
 */
export function plannedReminders(source: FundingDates, now: Date, isHoliday: HolidayLookup): PlannedReminder[] {
	const today = fromInstant(now).date;
	const planned: PlannedReminder[] = [];
	for (const about of ['deadline', 'report'] as const) {
		const date = reminderDate(source, about);
		if (!date || date < today) continue;
		const wanted = toInstant(daysBefore(date, reminderDaysBefore), '09:00');
		planned.push({ about, date, runAt: nextCalmMoment(wanted > now ? wanted : now, isHoliday) });
	}
	return planned;
}

/**
 * Whether a reminder planned for `date` still holds when it runs on `today`: the source still has
 * that date and the status that calls for it, and the date has not passed (a reminder moved past a
 * long weekend would only say what is too late).
 */
export const reminderStillHolds = (source: FundingDates, about: ReminderAbout, date: string, today: string) =>
	reminderDate(source, about) === date && date >= today;
