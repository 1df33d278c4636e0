import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeRegionPartner, regionPartnerFor, removeRegionPartnerOf } from '$lib/server/regionPlans';
import { editPartnerSchema, partnerConstraints, partnerInput, removePartnerSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await regionPartnerFor(locals.db, requireActor(locals, url), params.id, params.partnerId)),
	constraints: partnerConstraints
});

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editPartnerSchema, { id: 'partner' });
		if (!form.ok) return form.failure;
		const { version, ...fields } = form.data;
		const saved = form.saved(unlessNotFound(await changeRegionPartner(locals.db, actor, params.id, params.partnerId, version, partnerInput(fields))));
		if ('saved' in saved) redirect(303, `/regions/${params.id}/plan#partners`);
		return saved;
	},
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removePartnerSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		const removed = form.saved(unlessNotFound(await removeRegionPartnerOf(locals.db, actor, params.id, params.partnerId, form.data.version)));
		if ('saved' in removed) redirect(303, `/regions/${params.id}/plan#partners`);
		return removed;
	}
};
