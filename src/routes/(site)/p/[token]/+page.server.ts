import { redirect } from '@sveltejs/kit';
import { openParticipantLink, participantCookie } from '$lib/server/participantLinks';
import type { PageServerLoad } from './$types';

/** Half a year; opening the link again starts a new half year. Revoking the link ends it sooner. */
const cookieDays = 183;

/**
 * A working link joins the device's cookie (beside the links opened on it before) and the address
 * bar loses the token; anything else gets a kind page.
 */
export const load: PageServerLoad = async ({ params, locals, cookies, getClientAddress, url }) => {
	const opened = await openParticipantLink(locals.db, params.token, getClientAddress(), cookies.get(participantCookie));
	if (opened.ok) {
		cookies.set(participantCookie, opened.value.cookie, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: cookieDays * 24 * 3600
		});
		redirect(303, '/mijn');
	}
	return { waitSeconds: !opened.ok && opened.code === 'tooMany' ? opened.waitSeconds : 0 };
};
