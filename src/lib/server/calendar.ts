import { TZDate } from '@date-fns/tz';
import { addMinutes } from 'date-fns';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { seriesTimeZone } from '$lib/domain/schedule';

export type CalendarMeeting = {
	id: string;
	number: number;
	startsAt: Date;
	durationMinutes: number;
	location: string | null;
	onlineLink: string | null;
	/** Raised on every change of time or place; see `meeting.sequence`. */
	sequence: number;
	title: string;
};

export type SeriesCalendarInput = {
	seriesName: string;
	meetings: CalendarMeeting[];
	productName: string;
	/** A page about the series, e.g. the participant portal. */
	url?: string;
};

// Europe/Amsterdam has followed the EU summer-time rule since 1996 (last Sunday of March 02:00 →
// 03:00, last Sunday of October 03:00 → 02:00). Written out here so no time-zone package or
// network lookup is needed; calendar apps use it to show the times in their own zone.
const amsterdamTimezone = [
	'BEGIN:VTIMEZONE',
	`TZID:${seriesTimeZone}`,
	`X-LIC-LOCATION:${seriesTimeZone}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

const timezoneFor = (zone: string) => (zone === seriesTimeZone ? amsterdamTimezone : null);

/** UIDs stay the same when a meeting moves, so calendar apps update it instead of adding a copy. */
export const meetingUid = (id: string) => `meeting-${id}@samen-doorbreken`;

/** An iCalendar file (RFC 5545) with every meeting of a series, in Amsterdam time. */
export function seriesCalendar(input: SeriesCalendarInput): string {
	const calendar = ical({
		name: input.seriesName,
		prodId: { company: 'Samen Doorbreken', product: input.productName, language: 'NL' },
		method: ICalCalendarMethod.PUBLISH,
		// The zone goes on each event (DTSTART;TZID=…), not on the calendar: with a calendar zone
		// ical-generator writes DTSTAMP in local time, where RFC 5545 §3.8.7.2 requires UTC.
		// The generator still adds the VTIMEZONE for the events' zone.
		timezone: { name: null, generator: timezoneFor },
		url: input.url ?? null
	});
	for (const meeting of [...input.meetings].sort(
		(a, b) => a.startsAt.getTime() - b.startsAt.getTime()
	)) {
		// With a time zone set, ical-generator writes the zone's wall time of a TZDate.
		const start = new TZDate(meeting.startsAt.getTime(), seriesTimeZone);
		calendar.createEvent({
			id: meetingUid(meeting.id),
			sequence: meeting.sequence,
			start,
			end: addMinutes(start, meeting.durationMinutes),
			timezone: seriesTimeZone,
			summary: meeting.title,
			location: meeting.location ?? meeting.onlineLink,
			url: meeting.onlineLink,
			// Several calendar apps do not show URL; a link in the description is clickable everywhere.
			description: meeting.onlineLink
		});
	}
	return calendar.toString();
}
