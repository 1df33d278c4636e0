import { redirect } from '@sveltejs/kit';
import { myNotes } from '$lib/server/capture';
import { myMeetings, participantCookie } from '$lib/server/participantLinks';
import type { Actions, PageServerLoad } from './$types';

/** Without a working link this is the same kind page as a dead link: it says whom to ask. */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	// One person's dates on what may be a shared phone or computer: no cache keeps them.
	setHeaders({ 'cache-control': 'private, no-store' });
	if (!locals.participants.length) return { series: null, notes: {} };
	return { series: await myMeetings(locals.db, locals.participants), notes: await myNotes(locals.db, locals.participants) };
};

export const actions: Actions = {
	/** Only this device forgets: the links themselves keep working, so the card opens the page again. */
	forget: ({ cookies }) => {
		cookies.delete(participantCookie, { path: '/' });
		redirect(303, '/mijn/vergeten');
	}
};
