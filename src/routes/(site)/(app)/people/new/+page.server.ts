import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { createPerson, newPersonForm } from '$lib/server/people';
import { consentMissingErrors } from '../consentErrors';
import { consentPurposesOf, newPersonConstraints, newPersonSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	...found(newPersonForm(requireActor(locals, url))),
	constraints: newPersonConstraints
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, newPersonSchema, { id: 'person' });
		if (!form.ok) return form.failure;
		const { consentHow, consentTakingPart, consentContact, consentComposition, ...details } = form.data;
		const purposes = consentPurposesOf({ consentTakingPart, consentContact, consentComposition });
		const result = unlessNotFound(await createPerson(locals.db, actor, details, { purposes, how: consentHow }));
		if (!result.ok) {
			if (result.code === 'emailTaken') return form.fail({ email: m.person_email_taken() });
			if (result.code === 'noConsent') return form.fail({ consentTakingPart: m.consent_takingPart_required() });
			return form.fail(consentMissingErrors(result.fields, 'new'));
		}
		redirect(303, `/people/${result.value.id}?created=1`);
	}
};
