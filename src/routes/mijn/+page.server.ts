import { myMeetings } from '$lib/server/participantLinks';
import type { PageServerLoad } from './$types';

/** Without a working link this is the same kind page as a dead link: it says whom to ask. */
export const load: PageServerLoad = async ({ locals }) => ({
	series: locals.participant ? await myMeetings(locals.db, locals.participant) : null
});
