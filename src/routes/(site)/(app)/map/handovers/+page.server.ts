import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { myHandovers, noteHandoverOutcome } from '$lib/server/socialMap';
import { outcomeConstraints, outcomeSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return { handovers: found(await myHandovers(locals.db, requireActor(locals, url))), constraints: outcomeConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		// Each open handover has its own form; its text field carries the handover's id, so no two share an id.
		const form = await parseForm(request, outcomeSchema, {
			id: 'outcome',
			shape: (f) => ({ handoverId: f.get('handoverId'), version: f.get('version'), outcome: f.get(`outcome-${String(f.get('handoverId'))}`) ?? undefined })
		});
		if (!form.ok) return form.failure;
		const saved = form.saved(unlessNotFound(await noteHandoverOutcome(locals.db, actor, form.data.handoverId, form.data.version, form.data.outcome, new Date())));
		if ('saved' in saved) return { noted: true };
		return saved;
	}
};
