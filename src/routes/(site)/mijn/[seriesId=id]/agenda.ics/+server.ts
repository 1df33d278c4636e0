import { found } from '$lib/server/guard';
import { myCalendar } from '$lib/server/participantLinks';
import { icsResponse } from '$lib/server/seriesCalendar';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => icsResponse(found(await myCalendar(locals.db, locals.participants, params.seriesId)));
