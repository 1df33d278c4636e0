import * as m from '$lib/paraglide/messages.js';
import type { Actor } from './auth/policies';
import { seriesCalendar } from './calendar';
import { config } from './config';
import type { SeriesMode } from '../domain/vocabularies';
import type { Db } from './db';
import { can } from './auth/policies';
import { listSeriesPeople } from './db/repositories/series';
import { fail, ok, type Result } from './result';
import { seriesForCalendar } from './series';

function meetingTitle(seriesName: string, number: number, deciding: boolean) {
	return `${seriesName} – ${deciding ? m.series_meeting_deciding({ number }) : m.series_meeting_number({ number })}`;
}

interface CalendarMeeting {
	id: string;
	number: number;
	startsAt: Date;
	durationMinutes: number;
	deciding: boolean;
	location: string | null;
	onlineLink: string | null;
	sequence: number;
}

/** The ICS file of a series' meetings and its file name; shared by members' and participants' calendars. */
export function calendarFile(
	series: { name: string; mode: SeriesMode },
	meetings: readonly CalendarMeeting[],
	url: string,
	filenamePart?: string
): { filename: string; body: string } {
	const body = seriesCalendar({
		seriesName: series.name,
		productName: m.app_name(),
		url,
		meetings: meetings.map((mt) => ({
			id: mt.id,
			number: mt.number,
			startsAt: mt.startsAt,
			durationMinutes: mt.durationMinutes,
			// Only the place that fits the series' mode, also for meetings saved before a switch cleared the other.
			location: series.mode === 'onLocation' ? mt.location : null,
			onlineLink: series.mode === 'online' ? mt.onlineLink : null,
			sequence: mt.sequence,
			title: meetingTitle(series.name, mt.number, mt.deciding)
		}))
	});
	const name = filenamePart ? `${series.name}-${filenamePart}` : series.name;
	const safe = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'agenda';
	return { filename: `${safe}.ics`, body };
}

/** The series' calendar; with `personId`, the copy for one member of the group. */
export async function seriesIcs(db: Db, actor: Actor, seriesId: string, personId?: string): Promise<Result<{ filename: string; body: string }, 'notFound'>> {
	const visible = await seriesForCalendar(db, actor, seriesId);
	if (!visible.ok) return visible;
	const { series, meetings } = visible.value;
	let filename = 'reeks';
	if (personId) {
		if (!can.viewSeriesPeople(actor, series)) return fail('notFound');
		const member = (await listSeriesPeople(db, seriesId)).find((p) => p.id === personId);
		if (!member) return fail('notFound');
		filename = member.name;
	}
	return ok(calendarFile(series, meetings, `${config.origin}/series/${series.id}`, filename));
}

export function icsResponse({ filename, body }: { filename: string; body: string }): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="agenda.ics"; filename*=UTF-8''${encodeURIComponent(filename)}`,
			'cache-control': 'private, no-store'
		}
	});
}
