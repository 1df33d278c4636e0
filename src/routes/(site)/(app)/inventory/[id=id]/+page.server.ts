import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeProgramme, programmeFor, removeProgramme } from '$lib/server/inventory';
import { editProgrammeSchema, programmeConstraints, removeProgrammeSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await programmeFor(locals.db, requireActor(locals, url), params.id)),
	constraints: programmeConstraints
});

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editProgrammeSchema, { id: 'programme' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeProgramme(locals.db, actor, params.id, version, input)), () => ({ regionId: m.inventory_region_unknown() }));
		if ('saved' in saved) redirect(303, '/inventory');
		return saved;
	},
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeProgrammeSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await removeProgramme(locals.db, actor, params.id, form.data.version));
		if (!result.ok) return form.refused(result);
		redirect(303, '/inventory?removed=1');
	}
};
