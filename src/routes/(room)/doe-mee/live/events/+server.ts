import { found } from '$lib/server/guard';
import { roomLive } from '$lib/server/meetingRoom';
import { lastEventIdOf } from '$lib/server/live/stream';
import type { RequestHandler } from './$types';

/** The joined meeting's events that the room may hear of, as server-sent events. */
export const GET: RequestHandler = async ({ locals, request, url }) => found(await roomLive(locals.db, locals.joined, lastEventIdOf(request, url), request.signal));
