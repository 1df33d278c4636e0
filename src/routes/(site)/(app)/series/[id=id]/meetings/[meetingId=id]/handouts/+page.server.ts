import { getLocale } from '$lib/paraglide/runtime';
import { found, requireActor } from '$lib/server/guard';
import { meetingHandouts } from '$lib/server/handouts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	found(await meetingHandouts(locals.db, requireActor(locals, url), params.id, params.meetingId, getLocale()));
