import { getLocale } from '$lib/paraglide/runtime';
import { meetingAgenda } from '$lib/server/agenda';
import { found, requireActor } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	found(await meetingAgenda(locals.db, requireActor(locals, url), params.id, params.meetingId, getLocale()));
