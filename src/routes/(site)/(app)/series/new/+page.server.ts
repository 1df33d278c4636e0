import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { createSeries, newSeriesForm } from '$lib/server/series';
import { newSeriesConstraints, newSeriesSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...found(await newSeriesForm(locals.db, requireActor(locals, url))),
	constraints: newSeriesConstraints
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, newSeriesSchema, { id: 'series' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await createSeries(locals.db, actor, form.data));
		if (!result.ok) {
			return result.code === 'unknownRegion'
				? form.fail({ regionId: m.series_region_unknown() })
				: form.fail({ startDate: m.validation_date_in_past() });
		}
		redirect(303, `/series/${result.value.id}`);
	}
};
