import { addFundingSource, regionFundingFor } from '$lib/server/funding';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { fundingConstraints, fundingSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await regionFundingFor(locals.db, requireActor(locals, url), params.id)),
	constraints: fundingConstraints
});

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, fundingSchema, { id: 'fundingAdd' });
		if (!form.ok) return form.failure;
		unlessNotFound(await addFundingSource(locals.db, actor, params.id, form.data));
		return { added: true as const };
	}
};
