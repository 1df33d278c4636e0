import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Everything in this group needs a member of an organisation. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (!locals.actor) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	return {};
};
