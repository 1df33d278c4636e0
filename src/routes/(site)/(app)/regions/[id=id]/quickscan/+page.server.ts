import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { regionQuickscan, saveQuickscanRound } from '$lib/server/quickscan';
import { answersOf, quickscanConstraints, quickscanSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await regionQuickscan(locals.db, requireActor(locals, url), params.id)),
	constraints: quickscanConstraints
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, quickscanSchema, { id: 'quickscan' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await saveQuickscanRound(locals.db, actor, params.id, form.data.version, answersOf(form.data)));
		return result.ok ? { round: result.value.round } : form.refused(result);
	}
};
