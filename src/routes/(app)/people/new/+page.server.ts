import { redirect } from '@sveltejs/kit';
import { can } from '$lib/server/auth/policies';
import { parseForm } from '$lib/server/forms';
import { allowOrNotFound, requireActor } from '$lib/server/guard';
import { createPerson } from '$lib/server/people';
import { personSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	allowOrNotFound(can.managePeople(requireActor(locals, url)));
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, personSchema);
		if (!form.ok) return form.failure;
		const id = await createPerson(locals.db, actor, form.data);
		redirect(303, `/people/${id}?created=1`);
	}
};
