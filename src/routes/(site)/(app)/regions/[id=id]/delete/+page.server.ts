import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { regionRemovalFor, removeRegion } from '$lib/server/regions';
import { deleteRegionSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => found(await regionRemovalFor(locals.db, requireActor(locals, url), params.id));

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, deleteRegionSchema, { id: 'delete' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await removeRegion(locals.db, actor, params.id, form.data.version));
		if (!result.ok) return form.refused(result, (refusal) => ({ form: m.region_delete_has_series({ count: refusal.count }) }));
		redirect(303, '/regions?deleted=1');
	}
};
