import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeStakeholder, removeStakeholder, stakeholderFor } from '$lib/server/stakeholders';
import { editStakeholderSchema, removeStakeholderSchema, stakeholderConstraints } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await stakeholderFor(locals.db, requireActor(locals, url), params.id, params.stakeholderId)),
	constraints: stakeholderConstraints
});

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editStakeholderSchema, { id: 'stakeholder' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeStakeholder(locals.db, actor, params.id, params.stakeholderId, version, input)));
		if ('saved' in saved) redirect(303, `/regions/${params.id}/stakeholders`);
		return saved;
	},
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeStakeholderSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await removeStakeholder(locals.db, actor, params.id, params.stakeholderId, form.data.version));
		if (!result.ok) return form.refused(result);
		redirect(303, `/regions/${params.id}/stakeholders?removed=1`);
	}
};
