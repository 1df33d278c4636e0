import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { addStakeholder, regionStakeholders } from '$lib/server/stakeholders';
import { stakeholderConstraints, stakeholderSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await regionStakeholders(locals.db, requireActor(locals, url), params.id)),
	constraints: stakeholderConstraints,
	sentFor: url.searchParams.get('sent'),
	dismissed: url.searchParams.has('dismissed'),
	removed: url.searchParams.has('removed')
});

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, stakeholderSchema, { id: 'stakeholder' });
		if (!form.ok) return form.failure;
		found(await addStakeholder(locals.db, actor, params.id, form.data));
		return { added: true };
	}
};
