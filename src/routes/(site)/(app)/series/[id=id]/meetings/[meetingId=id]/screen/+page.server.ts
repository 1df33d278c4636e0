import { meetingScreen } from '$lib/server/grouping';
import { found, requireActor } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** `chromeless` tells the root layout to leave out the header: the projector shows the groups only. */
export const load: PageServerLoad = async ({ locals, params, url }) => ({
	chromeless: true,
	...found(await meetingScreen(locals.db, requireActor(locals, url), params.id, params.meetingId))
});
