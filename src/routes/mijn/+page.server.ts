import { myMeetings } from '$lib/server/participantLinks';
import type { PageServerLoad } from './$types';

/** Without a working link this is the same kind page as a dead link: it says whom to ask. */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	// One person's dates on what may be a shared phone or computer: no cache keeps them.
	setHeaders({ 'cache-control': 'private, no-store' });
	return { series: locals.participant ? await myMeetings(locals.db, locals.participant) : null };
};
