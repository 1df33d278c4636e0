import { redirect } from '@sveltejs/kit';
import { myConsents, withdrawMyConsent } from '$lib/server/consent';
import { parseForm } from '$lib/server/forms';
import { withdrawMineSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, setHeaders, url }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	return { people: locals.participants.length ? await myConsents(locals.db, locals.participants) : null, done: url.searchParams.has('done') };
};

export const actions: Actions = {
	withdraw: async ({ request, locals }) => {
		const form = await parseForm(request, withdrawMineSchema, { id: 'withdraw' });
		if (!form.ok) return form.failure;
		// Not theirs, or gone already: the page then shows what is left, which is the honest answer.
		await withdrawMyConsent(locals.db, locals.participants, form.data.personId, form.data.purpose);
		redirect(303, '/mijn/toestemming?done=1');
	}
};
