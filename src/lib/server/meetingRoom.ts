import type { JoinedViewer } from './auth/policies';
import { joinedCan } from './auth/policies';
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
export type RoomView = {
	seriesName: string;
	meeting: { id: string; number: number; startsAt: Date };
	/** The meeting's subgroups, by short name, as on the facilitators' projector page. */
	groups: { number: number; names: string[] }[];
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

export async function roomView(db: Db, viewer: JoinedViewer | null): Promise<Result<RoomView, 'notFound'>> {
	if (!viewer) return fail('notFound');
	const liveAfter = await latestEventId(db, viewer.organisationId, viewer.meetingId);
	const found = await joinedMeeting(db, viewer);
	if (!found) return fail('notFound');
	const groups = await screenGroupsForCheckedMeeting(db, viewer.organisationId, viewer.seriesId, viewer.meetingId);
	return ok({
		seriesName: found.series.name,
		meeting: { id: found.meeting.id, number: found.meeting.number, startsAt: found.meeting.startsAt },
		groups,
		liveAfter
	});
}

/** The events the room hears of; a note, a debrief or a personal link is not among them. */
const roomEvents: ReadonlySet<EventType> = new Set<EventType>([
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
