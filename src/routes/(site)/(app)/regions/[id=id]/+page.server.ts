import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeRegion, regionFor } from '$lib/server/regions';
import { editRegionSchema, regionConstraints } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await regionFor(locals.db, requireActor(locals, url), params.id)),
	constraints: regionConstraints
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editRegionSchema, { id: 'region' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeRegion(locals.db, actor, params.id, version, input)));
		if ('saved' in saved) redirect(303, '/regions');
		return saved;
	}
};
