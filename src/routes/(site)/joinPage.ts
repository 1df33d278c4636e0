import { redirect, type Actions, type ServerLoad } from '@sveltejs/kit';
import { constraintsOf, parseForm } from '$lib/server/forms';
import { joinCodeSchema, joinCookieOptions, joinCookies, joinPaths, joinWithCode } from '$lib/server/joinCodes';
import type { JoinCodePurpose } from '$lib/domain/vocabularies';
import { joinRefusalText } from '$lib/presentation/joinText';

/**
 * The page where a phone (`/doe-mee`) or the room's screen (`/scherm`) types its code: both work the
 * same, each with its own cookie and its own room page.
 */
export function joinPage(purpose: JoinCodePurpose) {
	/** The QR code on the screen brings its code along (`?code=`): one tap on "join" is left. */
	const load = (({ locals, url }) => ({
		joined: locals.joined !== null,
		prefill: url.searchParams.get('code')?.slice(0, 40) ?? '',
		constraints: constraintsOf(joinCodeSchema)
	})) satisfies ServerLoad;

	/** A code that opens nothing gets a kind sentence beside the field, never an error page. */
	const actions = {
		default: async ({ request, locals, cookies, url, getClientAddress }) => {
			const form = await parseForm(request, joinCodeSchema, { id: 'join' });
			if (!form.ok) return form.failure;
			const joined = await joinWithCode(locals.db, form.data.code, purpose, getClientAddress());
			if (!joined.ok) return form.fail({ code: joinRefusalText(joined) });
			cookies.set(joinCookies[purpose], joined.value.cookie, joinCookieOptions(purpose, joined.value.expiresAt, url));
			redirect(303, `${joinPaths[purpose]}/live`);
		}
	} satisfies Actions;

	return { load, actions };
}
