import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { isSetUp, runFirstSetup } from '$lib/server/firstRun';
import { setupConstraints, setupSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (await isSetUp(locals.db)) redirect(303, '/login');
	return { constraints: setupConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await parseForm(request, setupSchema, { id: 'setup' });
		if (!form.ok) return form.failure;
		const created = await runFirstSetup(locals.db, locals.auth, form.data);
		if (!created) return form.fail({ form: m.setup_already_done() });
		redirect(303, '/series');
	}
};
