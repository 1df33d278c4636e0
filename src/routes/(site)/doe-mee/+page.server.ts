import { redirect } from '@sveltejs/kit';
import { constraintsOf, parseForm } from '$lib/server/forms';
import { joinCodeSchema, joinCookieOptions, joinCookies, joinWithCode } from '$lib/server/joinCodes';
import { joinRefusalText } from '$lib/presentation/joinText';
import type { Actions, PageServerLoad } from './$types';

/** The QR code on the screen brings its code along (`?code=`): one tap on "join" is left. */
export const load: PageServerLoad = ({ locals, url }) => ({
	joined: locals.joined !== null,
	prefill: url.searchParams.get('code')?.slice(0, 40) ?? '',
	constraints: constraintsOf(joinCodeSchema)
});

/** A code that opens nothing gets a kind sentence beside the field, never an error page. */
export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await parseForm(request, joinCodeSchema, { id: 'join' });
		if (!form.ok) return form.failure;
		const joined = await joinWithCode(locals.db, form.data.code, 'phone', getClientAddress());
		if (!joined.ok) return form.fail({ code: joinRefusalText(joined) });
		cookies.set(joinCookies.phone, joined.value.cookie, joinCookieOptions('phone', joined.value.expiresAt, url));
		redirect(303, '/doe-mee/live');
	}
};
