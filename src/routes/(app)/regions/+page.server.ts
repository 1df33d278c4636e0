import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guard';
import { createRegion, regionsFor } from '$lib/server/regions';
import { allowOrNotFound } from '$lib/server/guard';
import { can } from '$lib/server/auth/policies';
import { regionSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	allowOrNotFound(can.manageRegions(actor));
	return { regions: await regionsFor(locals.db, actor) };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, regionSchema);
		if (!form.ok) return form.failure;
		await createRegion(locals.db, actor, form.data);
		return { created: true };
	}
};
