import { can, type Actor } from '../auth/policies';
import type { Db } from '../db';
import { findMeetingInSeries } from '../db/repositories/grouping';
import { findSeries } from '../db/repositories/series';
import { fail, ok, type Result } from '../result';
import { liveHub } from '.';
import { liveStream } from './stream';

/**
 * One meeting's live channel, under the meeting page's own policy: whoever may not open the page
 * (no session, another organisation, a series they do not lead) gets the same 404 and no events.
 */
export async function meetingLive(
	db: Db,
	actor: Actor | null,
	seriesId: string,
	meetingId: string,
	lastEventId: number | null,
	signal: AbortSignal
): Promise<Result<Response, 'notFound'>> {
	if (!actor) return fail('notFound');
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	if (!(await findMeetingInSeries(db, actor.organisationId, seriesId, meetingId))) return fail('notFound');
	return ok(liveStream({ db, hub: await liveHub(), organisationId: actor.organisationId, topic: meetingId, lastEventId, signal }));
}
