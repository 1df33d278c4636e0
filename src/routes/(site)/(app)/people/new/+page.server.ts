import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { createPerson, newPersonForm } from '$lib/server/people';
import { personConstraints, personSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	...found(newPersonForm(requireActor(locals, url))),
	constraints: personConstraints
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, personSchema, { id: 'person' });
		if (!form.ok) return form.failure;
		const { id } = found(await createPerson(locals.db, actor, form.data));
		redirect(303, `/people/${id}?created=1`);
	}
};
