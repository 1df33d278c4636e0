import { found, requireActor } from '$lib/server/guard';
import { icsResponse, seriesIcs } from '$lib/server/seriesCalendar';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) =>
	icsResponse(found(await seriesIcs(locals.db, requireActor(locals, url), params.id, params.personId)));
