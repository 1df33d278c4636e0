import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
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
		const result = unlessNotFound(await createPerson(locals.db, actor, form.data));
		if (!result.ok) return form.fail({ email: m.person_email_taken() });
		redirect(303, `/people/${result.value.id}?created=1`);
	}
};
