import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { mapServiceFor, recordHandover, reminderDays, verifyMapService } from '$lib/server/socialMap';
import { handoverConstraints, handoverSchema, verifySchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const page = found(await mapServiceFor(locals.db, requireActor(locals, url), params.id, new Date()));
	return { ...page, reminderDays, constraints: handoverConstraints, saved: url.searchParams.has('saved'), added: url.searchParams.has('added') };
};

export const actions: Actions = {
	handover: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, handoverSchema, { id: 'handover' });
		if (!form.ok) return form.failure;
		const recorded = found(await recordHandover(locals.db, actor, params.id, form.data, new Date()));
		return { handover: { remindAt: recorded.remindAt.toISOString() } };
	},
	verify: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, verifySchema, { id: 'verify', shape: (f) => ({ ...Object.fromEntries(f), serviceId: params.id }) });
		if (!form.ok) return form.failure;
		const saved = form.saved(unlessNotFound(await verifyMapService(locals.db, actor, params.id, form.data.version, new Date())));
		if ('saved' in saved) return { verified: true };
		return saved;
	}
};
