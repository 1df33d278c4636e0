import { found } from '$lib/server/guard';
import { meetingLive } from '$lib/server/live/meeting';
import { lastEventIdOf } from '$lib/server/live/stream';
import type { RequestHandler } from './$types';

/** The meeting's events as server-sent events; the meeting page and the projector view follow it. */
export const GET: RequestHandler = async ({ locals, params, request, url }) =>
	found(await meetingLive(locals.db, locals.actor, params.id, params.meetingId, lastEventIdOf(request, url), request.signal));
