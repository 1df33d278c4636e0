import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { dismissUpdate, saveUpdateDraft, sendUpdate, stakeholderUpdateFor } from '$lib/server/stakeholders';
import { updateConstraints, updateSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await stakeholderUpdateFor(locals.db, requireActor(locals, url), params.id, params.updateId)),
	constraints: updateConstraints
});

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, updateSchema, { id: 'update' });
		if (!form.ok) return form.failure;
		const { version, ...words } = form.data;
		return form.saved(unlessNotFound(await saveUpdateDraft(locals.db, actor, params.id, params.updateId, version, words)));
	},
	send: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, updateSchema, { id: 'update' });
		if (!form.ok) return form.failure;
		const { version, ...words } = form.data;
		const result = unlessNotFound(await sendUpdate(locals.db, actor, params.id, params.updateId, version, words));
		if (!result.ok) return form.refused(result);
		redirect(303, `/regions/${params.id}/stakeholders?sent=${encodeURIComponent(result.value.deliverAt.toISOString())}`);
	},
	dismiss: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, updateSchema, { id: 'update' });
		if (!form.ok) return form.failure;
		const { version, ...words } = form.data;
		const result = unlessNotFound(await dismissUpdate(locals.db, actor, params.id, params.updateId, version, words));
		if (!result.ok) return form.refused(result);
		redirect(303, `/regions/${params.id}/stakeholders?dismissed=1`);
	}
};
