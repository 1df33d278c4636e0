import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { postponeRetention, retentionNotice } from '$lib/server/retention';
import { postponeSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => found(await retentionNotice(locals.db, requireActor(locals, url)));

export const actions: Actions = {
	postpone: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, postponeSchema, { id: 'postpone' });
		if (!form.ok) return form.failure;
		return form.saved(unlessNotFound(await postponeRetention(locals.db, actor, form.data.seriesId, form.data.version)));
	}
};
