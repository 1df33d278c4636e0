import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { organisationCookie } from '$lib/server/auth/identityCache';
import { field, parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { chooseOrganisation } from '$lib/server/members';
import type { Actions, PageServerLoad } from './$types';

const switchSchema = z.object({ organisation: field.uuid() });

/** Only the header's form comes here; a refused form (a malformed id) also lands on the series. */
export const load: PageServerLoad = () => redirect(303, '/series');

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, switchSchema, { id: 'switch' });
		if (!form.ok) return form.failure;
		const { organisationId } = found(await chooseOrganisation(locals.db, actor, form.data.organisation));
		// Not secret and not trusted: every request checks it against the account's own memberships.
		cookies.set(organisationCookie, organisationId, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 365
		});
		// The pages of one organisation mean nothing in the other: start from its series.
		redirect(303, '/series');
	}
};
