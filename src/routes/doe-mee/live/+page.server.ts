import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { roomView } from '$lib/server/meetingRoom';
import type { PageServerLoad } from './$types';

/** A phone whose code no longer works goes back to typing one, with a word on why. */
export const load: PageServerLoad = async ({ locals }) => {
	const view = await roomView(locals.db, locals.joined, getLocale());
	if (!view.ok) redirect(303, '/doe-mee');
	return view.value;
};
