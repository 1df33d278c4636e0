import { found } from '$lib/server/guard';
import { participantGuest, roomLive } from '$lib/server/meetingRoom';
import { lastEventIdOf } from '$lib/server/live/stream';
import type { RequestHandler } from './$types';

/** The room's events for a participant's phone, while their series has a meeting on. */
export const GET: RequestHandler = async ({ locals, params, request, url }) =>
	found(await roomLive(locals.db, found(await participantGuest(locals.db, locals.participants, params.seriesId)), lastEventIdOf(request, url), request.signal));
