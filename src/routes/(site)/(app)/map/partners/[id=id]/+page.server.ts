import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeMapPartner, mapPartnerFor } from '$lib/server/socialMap';
import { editPartnerSchema, partnerConstraints } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	return { ...found(await mapPartnerFor(locals.db, requireActor(locals, url), params.id)), constraints: partnerConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editPartnerSchema, { id: 'partner' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		return form.saved(unlessNotFound(await changeMapPartner(locals.db, actor, params.id, version, input)));
	}
};
