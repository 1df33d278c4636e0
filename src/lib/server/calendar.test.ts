import { describe, it, expect } from 'vitest';
import { seriesCalendar, type CalendarMeeting } from './calendar';

const meeting = (overrides: Partial<CalendarMeeting>): CalendarMeeting => ({
	id: 'a1',
	number: 1,
	startsAt: new Date('2027-01-12T18:00:00Z'),
	durationMinutes: 120,
	location: 'Buurthuis De Brug, Kerkstraat 1, Gendt',
	onlineLink: null,
	sequence: 0,
	title: 'Ontmoeting 1: Aandacht als start',
	...overrides
});

const meetings = [
	meeting({}),
	meeting({
		id: 'b2',
		number: 2,
		// 19:00 in summer time (UTC+2)
		startsAt: new Date('2027-06-15T17:00:00Z'),
		durationMinutes: 150,
		location: null,
		onlineLink: 'https://meet.example.org/ontmoeting-2',
		title: 'Ontmoeting 2: Signaleren en aansluiten'
	})
];

const input = { seriesName: 'Ontmoetingen Gendt', meetings, productName: 'Samen Doorbreken' };

/** The unfolded lines of one VEVENT, by index. */
function event(ics: string, index: number): string[] {
	const unfolded = ics.replace(/\r\n[ \t]/g, '');
	const block = unfolded.split('BEGIN:VEVENT')[index + 1]?.split('END:VEVENT')[0] ?? '';
	return block.split('\r\n').filter((line) => line !== '');
}

describe('seriesCalendar', () => {
	const ics = seriesCalendar(input);

	it('is a calendar with one event per meeting and CRLF line endings', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(ics).toContain('METHOD:PUBLISH');
		expect(ics).toContain('X-WR-CALNAME:Ontmoetingen Gendt');
	});

	it('carries the Amsterdam time zone with its summer-time rules', () => {
		expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
		expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
		expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
		expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
	});

	it('writes each meeting\'s sequence, so calendar apps take a moved meeting over their copy', () => {
		const moved = seriesCalendar({ ...input, meetings: [meeting({ sequence: 3 }), meetings[1]!] });
		expect(event(moved, 0)).toContain('SEQUENCE:3');
		expect(event(moved, 1)).toContain('SEQUENCE:0');
	});

	it('stamps the file in UTC, as RFC 5545 requires', () => {
		expect(event(ics, 0).find((line) => line.startsWith('DTSTAMP:'))).toMatch(
			/^DTSTAMP:\d{8}T\d{6}Z$/
		);
	});

	it('writes wall-clock times in winter (CET) and summer (CEST)', () => {
		expect(event(ics, 0)).toContain('DTSTART;TZID=Europe/Amsterdam:20270112T190000');
		expect(event(ics, 0)).toContain('DTEND;TZID=Europe/Amsterdam:20270112T210000');
		expect(event(ics, 1)).toContain('DTSTART;TZID=Europe/Amsterdam:20270615T190000');
		expect(event(ics, 1)).toContain('DTEND;TZID=Europe/Amsterdam:20270615T213000');
	});

	it('gives each meeting a stable UID that does not change when it moves', () => {
		expect(event(ics, 0)).toContain('UID:meeting-a1@samen-doorbreken');
		const moved = seriesCalendar({
			...input,
			meetings: [meeting({ startsAt: new Date('2027-01-19T18:00:00Z') })]
		});
		expect(event(moved, 0)).toContain('UID:meeting-a1@samen-doorbreken');
		expect(event(moved, 0)).toContain('DTSTART;TZID=Europe/Amsterdam:20270119T190000');
	});

	it('uses the place as LOCATION, or else the online link, which is also the URL', () => {
		expect(event(ics, 0)).toContain('LOCATION:Buurthuis De Brug\\, Kerkstraat 1\\, Gendt');
		expect(event(ics, 0).some((line) => line.startsWith('URL'))).toBe(false);
		expect(event(ics, 1)).toContain('LOCATION:https://meet.example.org/ontmoeting-2');
		expect(event(ics, 1)).toContain('URL;VALUE=URI:https://meet.example.org/ontmoeting-2');
		expect(event(ics, 1)).toContain('SUMMARY:Ontmoeting 2: Signaleren en aansluiten');
	});

	it('lists meetings by number whatever order they come in', () => {
		const reversed = seriesCalendar({ ...input, meetings: [...meetings].reverse() });
		expect(event(reversed, 0)).toContain('UID:meeting-a1@samen-doorbreken');
		expect(event(reversed, 1)).toContain('UID:meeting-b2@samen-doorbreken');
	});
});
