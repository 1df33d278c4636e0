import { redirect } from '@sveltejs/kit';
import { identities, sessionToken } from '$lib/server/auth/identityCache';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, request, cookies }) => {
		const token = sessionToken(cookies);
		if (token) identities.forget(token);
		await locals.auth.api.signOut({ headers: request.headers });
		redirect(303, '/login');
	}
};
