import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { roomView } from '$lib/server/meetingRoom';
import type { PageServerLoad } from './$types';

/** A screen whose code no longer works goes back to typing one: no error page on the wall. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const view = await roomView(locals.db, locals.joined, getLocale());
	if (!view.ok) redirect(303, '/scherm');
	return { chromeless: true, ...view.value, origin: url.origin };
};
