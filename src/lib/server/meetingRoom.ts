import type { LiveState } from '../domain/liveMeeting';
import type { AgendaPartKind } from '../content/meetingSkeleton';
import type { GroupForm } from '../domain/vocabularies';
import { resolveAgendaPart, type Language } from './agenda';
import type { JoinedViewer } from './auth/policies';
import { joinedCan } from './auth/policies';
import { listAgendaParts } from './db/repositories/agenda';
import { phoneCodeForCheckedMeeting } from './joinCodes';
import { runStateForCheckedMeeting, type RunState } from './meetingRun';
import type { Db } from './db';
import { latestEventId } from './db/repositories/events';
import { findMeetingInSeries } from './db/repositories/grouping';
import { findSeries } from './db/repositories/series';
import { screenGroupsForCheckedMeeting } from './grouping';
import type { EventType } from './events/types';
import { liveHub } from './live';
import { liveStream } from './live/stream';
import { fail, ok, type Result } from './result';

/**
 * What the room sees of a meeting (issue #10): the screen at the front and the phones of those who
 * joined with a code. Built only from what is said aloud or shown in the room anyway; never a
 * note, a debrief or anyone's details.
 */
export type RoomPart = { title: string; question: string; minutes: number; kind: AgendaPartKind; groupForm: GroupForm | null };

export type RoomView = {
	seriesName: string;
	meeting: { id: string; number: number; startsAt: Date };
	/** The meeting's subgroups, by short name, as on the facilitators' projector page. */
	groups: { number: number; names: string[] }[];
	run: RunState;
	/** The agenda as the room sees it: titles, questions and times, never the facilitators' notes. */
	parts: RoomPart[];
	/** For the screen only: the phones' code and its QR code, to show while no question is up. */
	phoneCode: { shown: string; qrSvg: string } | null;
	/** The newest event the view holds, for the live channel (see ARCHITECTURE). */
	liveAfter: number;
};

async function joinedMeeting(db: Db, viewer: JoinedViewer) {
	const found = await findSeries(db, viewer.organisationId, viewer.seriesId);
	if (!found) return null;
	const meeting = await findMeetingInSeries(db, viewer.organisationId, viewer.seriesId, viewer.meetingId);
	if (!meeting || !joinedCan.viewMeeting(viewer, { id: meeting.id, organisationId: found.organisationId })) return null;
	return { series: found, meeting };
}

export async function roomView(db: Db, viewer: JoinedViewer | null, lang: Language): Promise<Result<RoomView, 'notFound'>> {
	if (!viewer) return fail('notFound');
	const liveAfter = await latestEventId(db, viewer.organisationId, viewer.meetingId);
	const found = await joinedMeeting(db, viewer);
	if (!found) return fail('notFound');
	const groups = await screenGroupsForCheckedMeeting(db, viewer.organisationId, viewer.seriesId, viewer.meetingId);
	const parts = (await listAgendaParts(db, viewer.organisationId, viewer.meetingId)).map((row) => {
		const { title, question, groupForm } = resolveAgendaPart(row, lang);
		return { title, question, minutes: row.minutes, kind: row.kind, groupForm };
	});
	const code = viewer.purpose === 'projector' ? await phoneCodeForCheckedMeeting(db, viewer.meetingId) : null;
	return ok({
		run: await runStateForCheckedMeeting(db, viewer.meetingId),
		parts,
		phoneCode: code ? { shown: code.shown, qrSvg: code.qrSvg } : null,
		seriesName: found.series.name,
		meeting: { id: found.meeting.id, number: found.meeting.number, startsAt: found.meeting.startsAt },
		groups,
		liveAfter
	});
}

/** The events the room hears of; a note, a debrief or a personal link is not among them. */
const roomEvents: ReadonlySet<EventType> = new Set<EventType>([
	'meeting.runChanged',
	'agenda.made',
	'agenda.partEdited',
	'agenda.questionChosen',
	'agenda.partMoved',
	'agenda.partAdded',
	'agenda.partRemoved',
	'agenda.fitted',
	'agenda.restarted',
	'meeting.joinCodesOpened',
	'meeting.groupsMade',
	'meeting.groupsSwapped',
	'meeting.groupsLocked',
	'meeting.groupsUnlocked',
	'meeting.joinCodesClosed'
]);

/** The room's live channel: only while the device's code works, only the room's events. */
export async function roomLive(db: Db, viewer: JoinedViewer | null, lastEventId: number | null, signal: AbortSignal): Promise<Result<Response, 'notFound'>> {
	if (!viewer || !(await joinedMeeting(db, viewer))) return fail('notFound');
	return ok(
		liveStream({ db, hub: await liveHub(), organisationId: viewer.organisationId, topic: viewer.meetingId, lastEventId, audience: (type) => roomEvents.has(type), signal })
	);
}
