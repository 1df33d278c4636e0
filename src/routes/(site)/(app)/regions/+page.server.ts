import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { createRegion, regionsToManage } from '$lib/server/regions';
import { regionConstraints, regionSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return { regions: found(await regionsToManage(locals.db, actor)), constraints: regionConstraints, deleted: url.searchParams.has('deleted') };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, regionSchema, { id: 'region' });
		if (!form.ok) return form.failure;
		found(await createRegion(locals.db, actor, form.data));
		return { created: true };
	}
};
