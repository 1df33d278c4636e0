import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { failWith, parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { createSeries, newSeriesForm } from '$lib/server/series';
import { newSeriesSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return found(await newSeriesForm(locals.db, requireActor(locals, url)));
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, newSeriesSchema);
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await createSeries(locals.db, actor, form.data));
		if (!result.ok) {
			const message = result.code === 'unknownRegion' ? m.series_region_unknown() : m.validation_date_in_past();
			return failWith(form.values, { [result.field]: message });
		}
		redirect(303, `/series/${result.value.id}`);
	}
};
