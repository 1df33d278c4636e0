import { redirect } from '@sveltejs/kit';
import { localSchemeFor, removeLocalScheme } from '$lib/server/funds';
import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { removeLocalSchemeSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { scheme, canEdit } = found(await localSchemeFor(locals.db, requireActor(locals, url), params.id));
	return { scheme, canEdit, created: url.searchParams.has('created'), saved: url.searchParams.has('saved') };
};

export const actions: Actions = {
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeLocalSchemeSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		found(await removeLocalScheme(locals.db, actor, params.id));
		redirect(303, '/funds?removed=1');
	}
};
