import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { erasePerson, erasureFor } from '$lib/server/privacy';
import { eraseSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => found(await erasureFor(locals.db, requireActor(locals, url), params.id));

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, eraseSchema, { id: 'erase' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await erasePerson(locals.db, actor, params.id, form.data.version));
		if (!result.ok) return form.refused(result, () => ({ form: m.privacy_erase_linked_member() }));
		redirect(303, `/people/${params.id}?erased=1`);
	}
};
