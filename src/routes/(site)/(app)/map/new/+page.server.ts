import { fail, redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { createService, serviceFormChoices } from '$lib/server/socialMap';
import { createServiceSchema, serviceConstraints, serviceInputOf, serviceShape } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return { ...found(await serviceFormChoices(locals.db, requireActor(locals, url))), constraints: serviceConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, createServiceSchema, { id: 'service', shape: serviceShape });
		if (!form.ok) return form.failure;
		const { newOrganisationName, allowDuplicate, mapOrganisationId } = form.data;
		const created = await createService(locals.db, actor, { ...serviceInputOf(form.data), mapOrganisationId, newOrganisationName, allowDuplicate }, new Date());
		if (created.ok) redirect(303, `/map/${created.value.id}?added=1`);
		if (created.code === 'notFound') return found<never>(created);
		if (created.code === 'duplicate') {
			// The possible duplicates are named beside the form; a tick on "add it anyway" goes on.
			return fail(400, { ...form.fail({ allowDuplicate: m.socialMap_duplicate_field() }).data, similar: created.similar });
		}
		return form.fail({ newOrganisationName: m.socialMap_organisation_missing() });
	}
};
