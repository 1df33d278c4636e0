import { textRefusalText } from '$lib/presentation/captureText';
import { meetingDebrief, saveDebrief } from '$lib/server/capture';
import { constraintsOf, parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { debriefSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await meetingDebrief(locals.db, requireActor(locals, url), { seriesId: params.id, meetingId: params.meetingId })),
	constraints: constraintsOf(debriefSchema)
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = await parseForm(request, debriefSchema, { id: 'debrief' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await saveDebrief(locals.db, requireActor(locals), { seriesId: params.id, meetingId: params.meetingId, ...form.data }));
		return form.saved(done, (refused) => (refused.code === 'invalid' ? { [refused.field]: textRefusalText(refused.refusal) } : {}));
	}
};
