import { fail } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { addProgramme, inventoryFor } from '$lib/server/inventory';
import { addProgrammeSchema, programmeConstraints } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...found(await inventoryFor(locals.db, requireActor(locals, url))),
	constraints: programmeConstraints,
	removed: url.searchParams.has('removed')
});

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, addProgrammeSchema, { id: 'programme' });
		if (!form.ok) return form.failure;
		const { anyway, ...input } = form.data;
		const result = unlessNotFound(await addProgramme(locals.db, actor, input, anyway));
		if (result.ok) return { added: true };
		if (result.code === 'unknownRegion') return form.fail({ regionId: m.inventory_region_unknown() });
		// Held back once: the page names what it looks like and offers "add anyway".
		return fail(400, { id: form.id, values: form.values, errors: {}, similar: result.similar });
	}
};
