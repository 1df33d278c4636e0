import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { staleServices, verifyMapService } from '$lib/server/socialMap';
import { verifySchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return found(await staleServices(locals.db, requireActor(locals, url), new Date()));
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, verifySchema, { id: 'verify' });
		if (!form.ok) return form.failure;
		const saved = form.saved(unlessNotFound(await verifyMapService(locals.db, actor, form.data.serviceId, form.data.version, new Date())));
		if ('saved' in saved) return { verified: true };
		return saved;
	}
};
