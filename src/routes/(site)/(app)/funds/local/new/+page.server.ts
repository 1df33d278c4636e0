import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { addLocalScheme, newLocalSchemeForm } from '$lib/server/funds';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { localSchemeConstraints, localSchemeSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	...found(newLocalSchemeForm(requireActor(locals, url))),
	constraints: localSchemeConstraints
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, localSchemeSchema, { id: 'scheme' });
		if (!form.ok) return form.failure;
		const added = unlessNotFound(await addLocalScheme(locals.db, actor, form.data));
		if (!added.ok) return form.refused(added, () => ({ ageTo: m.funds_local_ages_reversed() }));
		redirect(303, `/funds/local/${added.value.id}?created=1`);
	}
};
