import * as m from '$lib/paraglide/messages.js';
import { failWith, parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guard';
import { regionsFor } from '$lib/server/regions';
import { saveSeriesSettings, scheduleForEditing } from '$lib/server/series';
import { settingsSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { series } = await scheduleForEditing(locals.db, actor, params.id);
	return { series, regions: await regionsFor(locals.db, actor) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, settingsSchema);
		if (!form.ok) return form.failure;
		const result = await saveSeriesSettings(locals.db, actor, params.id, form.data);
		if (!result.ok) return failWith(form.values, { regionId: m.series_region_unknown() });
		return { saved: true };
	}
};
