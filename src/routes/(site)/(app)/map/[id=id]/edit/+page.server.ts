import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeService, mapServiceFor, serviceFormChoices } from '$lib/server/socialMap';
import { editServiceSchema, serviceConstraints, serviceInputOf, serviceShape } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const choices = found(await serviceFormChoices(locals.db, actor));
	const { service, version } = found(await mapServiceFor(locals.db, actor, params.id, new Date()));
	return { ...choices, service, version, constraints: serviceConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editServiceSchema, { id: 'service', shape: serviceShape });
		if (!form.ok) return form.failure;
		const { version, mapOrganisationId } = form.data;
		const input = { ...serviceInputOf(form.data), mapOrganisationId: mapOrganisationId! };
		const saved = form.saved(unlessNotFound(await changeService(locals.db, actor, params.id, version, input, new Date())));
		if ('saved' in saved) redirect(303, `/map/${params.id}?saved=1`);
		return saved;
	}
};
