import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { constraintsOf, field, parseForm } from '$lib/server/forms';
import { safeLocalPath } from '$lib/server/safeRedirect';
import { signIn } from '$lib/server/signIn';
import type { Actions, PageServerLoad } from './$types';

const loginSchema = z.object({ email: field.email(), password: z.string().min(1).max(200) });

export type LoginFields = z.input<typeof loginSchema>;

/** Only paths on this site are followed after signing in. */
const nextPath = (url: URL) => safeLocalPath(url.searchParams.get('next'), url.origin, '/series');

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, nextPath(url));
	return { signedInWithoutOrganisation: locals.user !== null, passwordReset: url.searchParams.has('reset'), constraints: constraintsOf(loginSchema) };
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const form = await parseForm(request, loginSchema, { id: 'login' });
		if (!form.ok) return form.failure;
		const result = await signIn(locals.db, locals.auth, { ...form.data, ip: getClientAddress() });
		if (!result.ok) {
			const message =
				result.reason === 'tooManyAttempts'
					? m.login_too_many({ minutes: Math.max(1, Math.ceil(result.waitSeconds / 60)) })
					: m.login_failed();
			return form.fail({ form: message });
		}
		redirect(303, nextPath(url));
	}
};
