import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { regionsFor } from '$lib/server/regions';
import { saveSeriesSettings, settingsForEditing } from '$lib/server/series';
import { editSettingsSchema, newSeriesConstraints } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return {
		...found(await settingsForEditing(locals.db, actor, params.id)),
		regions: found(await regionsFor(locals.db, actor)),
		constraints: newSeriesConstraints
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editSettingsSchema, { id: 'settings' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = unlessNotFound(await saveSeriesSettings(locals.db, actor, params.id, version, input));
		return form.saved(saved, () => ({ regionId: m.series_region_unknown() }));
	}
};
