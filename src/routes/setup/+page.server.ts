import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { failWith, parseForm } from '$lib/server/forms';
import { isSetUp, runFirstSetup } from '$lib/server/firstRun';
import { setupSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (await isSetUp(locals.db)) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await parseForm(request, setupSchema);
		if (!form.ok) return form.failure;
		const created = await runFirstSetup(locals.db, locals.auth, form.data);
		if (!created) return failWith(form.values, { form: m.setup_already_done() });
		redirect(303, '/series');
	}
};
