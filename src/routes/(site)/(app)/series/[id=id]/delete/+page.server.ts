import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { removeSeries, seriesRemovalFor } from '$lib/server/series';
import { deleteSeriesSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => found(await seriesRemovalFor(locals.db, requireActor(locals, url), params.id));

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, deleteSeriesSchema, { id: 'delete' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await removeSeries(locals.db, actor, params.id, form.data.version));
		if (!result.ok) return form.refused(result);
		redirect(303, '/series?deleted=1');
	}
};
