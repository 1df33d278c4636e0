import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { changeRegion, regionFor } from '$lib/server/regions';
import { regionConstraints, regionSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	region: found(await regionFor(locals.db, requireActor(locals, url), params.id)),
	constraints: regionConstraints
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, regionSchema, { id: 'region' });
		if (!form.ok) return form.failure;
		found(await changeRegion(locals.db, actor, params.id, form.data));
		redirect(303, '/regions');
	}
};
