import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { seriesKinds } from '$lib/domain/people';
import { scheduleDefaults } from '$lib/domain/schedule';
import { can } from '$lib/server/auth/policies';
import { failWith, parseForm } from '$lib/server/forms';
import { allowOrNotFound, requireActor } from '$lib/server/guard';
import { regionsFor } from '$lib/server/regions';
import { createSeries, todayInAmsterdam } from '$lib/server/series';
import { newSeriesSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	allowOrNotFound(can.createSeries(actor));
	return {
		regions: await regionsFor(locals.db, actor),
		defaults: Object.fromEntries(seriesKinds.map((k) => [k, scheduleDefaults(k)])),
		today: todayInAmsterdam()
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, newSeriesSchema);
		if (!form.ok) return form.failure;
		const result = await createSeries(locals.db, actor, form.data);
		if (!result.ok) {
			const message = result.field === 'regionId' ? m.series_region_unknown() : m.validation_date_in_past();
			return failWith(form.values, { [result.field]: message });
		}
		redirect(303, `/series/${result.id}`);
	}
};
