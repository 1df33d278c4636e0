import { notFound } from '$lib/server/guard';
import { myCalendar } from '$lib/server/participantLinks';
import { icsResponse } from '$lib/server/seriesCalendar';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.participant) notFound();
	return icsResponse(await myCalendar(locals.db, locals.participant, params.seriesId));
};
