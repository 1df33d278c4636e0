import { TZDate } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';
import { seriesTimeZone } from './schedule';

/*
 * Retention (issue #11 item 3): the personal data of a finished series is anonymised a number of
 * months after its last meeting. Dates are Amsterdam calendar dates (`yyyy-MM-dd`), like a meeting's.
 */

export interface RetentionSeries {
	id: string;
	/** The date of its last meeting; null for a series with no meetings yet, which has not finished. */
	lastMeetingDate: string | null;
	/** Months a coordinator added to the retention of this series. */
	extraMonths: number;
}

export interface RetentionPerson {
	id: string;
	/** Every series the person is in, in any role. */
	seriesIds: string[];
	/** A person linked to a member account is the member's own: never anonymised here. */
	member: boolean;
	erased: boolean;
}

export interface RetentionDue {
	personId: string;
	/** The day the person is anonymised: the retention after the last meeting of their last series. */
	dueDate: string;
	/** The series that sets that day (the one whose retention ends last). */
	seriesId: string;
}

/** Months of notice before a person is anonymised: the coordinator sees them a month ahead. */
export const noticeMonths = 1;

const dateOf = (instant: Date) => format(new TZDate(instant.getTime(), seriesTimeZone), 'yyyy-MM-dd');

/** `date` plus whole calendar months; the 31st becomes the month's last day when it has fewer. */
export function addCalendarMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return format(addMonths(new Date(y, m - 1, d), months), 'yyyy-MM-dd');
}

/** Whether a series has finished on the Amsterdam date `today`: its last meeting lies before it. */
export const finished = (s: RetentionSeries, today: string) => s.lastMeetingDate !== null && s.lastMeetingDate < today;

/** How many months one postponement adds to a series' retention. */
export const postponeMonths = 3;

/**
 * The day a person's data goes (the latest of their series' retentions), or null when it does not go: someone in a series that has not
 * finished (still running, moved later, or with no meetings yet) keeps their data, since the
 * group still needs them; a member or an already erased person is left alone.
 */
export function dueFor(p: RetentionPerson, series: Map<string, RetentionSeries>, today: string, months: number): RetentionDue | null {
	if (p.member || p.erased || p.seriesIds.length === 0) return null;
	let latest: RetentionDue | null = null;
	for (const id of p.seriesIds) {
		const s = series.get(id);
		if (!s || !finished(s, today)) return null;
		const dueDate = addCalendarMonths(s.lastMeetingDate!, months + s.extraMonths);
		if (!latest || dueDate > latest.dueDate) latest = { personId: p.id, seriesId: s.id, dueDate };
	}
	return latest;
}

/**
 * Who is anonymised at `now` (due on or before today in Amsterdam), and who will be within the
 * next month (the coordinator's notice), each sorted by day.
 */
export function retentionPlan(series: RetentionSeries[], people: RetentionPerson[], now: Date, months: number): { due: RetentionDue[]; upcoming: RetentionDue[] } {
	const today = dateOf(now);
	const horizon = addCalendarMonths(today, noticeMonths);
	const byId = new Map(series.map((s) => [s.id, s]));
	const due: RetentionDue[] = [];
	const upcoming: RetentionDue[] = [];
	for (const p of people) {
		const d = dueFor(p, byId, today, months);
		if (!d) continue;
		if (d.dueDate <= today) due.push(d);
		else if (d.dueDate <= horizon) upcoming.push(d);
	}
	const byDay = (a: RetentionDue, b: RetentionDue) => a.dueDate.localeCompare(b.dueDate) || a.personId.localeCompare(b.personId);
	return { due: due.sort(byDay), upcoming: upcoming.sort(byDay) };
}
