import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changePerson, personFor } from '$lib/server/people';
import { consentMissingErrors } from '../consentErrors';
import { editPersonSchema, personConstraints } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await personFor(locals.db, requireActor(locals, url), params.id)),
	created: url.searchParams.has('created'),
	erased: url.searchParams.has('erased'),
	constraints: personConstraints
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editPersonSchema, { id: 'person' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		return form.saved(unlessNotFound(await changePerson(locals.db, actor, params.id, version, input)), (refusal) =>
			refusal.code === 'consentMissing' ? consentMissingErrors(refusal.fields, 'edit') : { email: m.person_email_taken() }
		);
	}
};
