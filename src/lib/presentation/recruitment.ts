import * as m from '$lib/paraglide/messages.js';
import type { SeriesKind } from '$lib/domain/vocabularies';
import { formatDate } from './format';

/*
 * Recruitment (issue #12 item 7) in the reader's words: what a series is and when it meets, as the
 * public sign-up page, the flyer, the poster and the invitation text all say it.
 */

/** What the series is, per kind. */
export const aboutSeries = (kind: SeriesKind): string =>
	({
		ontmoetingen: m.signup_about_ontmoetingen(),
		actionLearning: m.signup_about_actionLearning(),
		professionalNetwork: m.signup_about_professionalNetwork()
	})[kind];

interface Meeting {
	date: string;
	startTime: string;
	location: string | null;
}

/** One line per meeting: its date, time and place. */
export const meetingLine = (meeting: Meeting) =>
	meeting.location
		? m.signup_meeting_place({ date: formatDate(meeting.date), time: meeting.startTime, place: meeting.location })
		: m.signup_meeting_line({ date: formatDate(meeting.date), time: meeting.startTime });

/** The invitation to copy: what it is, who it is for, that it costs nothing, the dates, the expenses and the link. */
export function invitationText(series: { name: string; kind: SeriesKind }, meetings: Meeting[], expenses: string | null, link: string | null): string {
	const dates = meetings.length ? `${m.signup_dates()}:\n${meetings.map((meeting) => `- ${meetingLine(meeting)}`).join('\n')}` : m.signup_no_dates();
	return m.signup_invitation_text({
		series: series.name,
		about: aboutSeries(series.kind),
		forWhom: m.signup_for_whom(),
		free: m.signup_free(),
		dates: expenses ? `${dates}\n\n${m.signup_expenses()}: ${expenses}` : dates,
		link: link ?? m.signup_invitation_no_link()
	});
}
