import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guard';
import { changePerson, personFor } from '$lib/server/people';
import { personSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...(await personFor(locals.db, requireActor(locals, url), params.id)),
	created: url.searchParams.has('created')
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, personSchema);
		if (!form.ok) return form.failure;
		await changePerson(locals.db, actor, params.id, form.data);
		return { saved: true };
	}
};
