import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { myConsents, withdrawMyConsent } from '$lib/server/consent';
import { parseForm } from '$lib/server/forms';
import { participantCookie } from '$lib/server/participantLinks';
import { stopSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, setHeaders, url }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const people = locals.participants.length ? await myConsents(locals.db, locals.participants) : [];
	const personId = url.searchParams.get('person');
	return { personId: people.some((p) => p.personId === personId) ? personId : null, hasLink: locals.participants.length > 0 };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const form = await parseForm(request, stopSchema, { id: 'stop' });
		if (!form.ok) return form.failure;
		const result = await withdrawMyConsent(locals.db, locals.participants, form.data.personId, 'takingPart');
		if (!result.ok) return form.fail({ form: result.code === 'linkedMember' ? m.consent_mine_member() : m.consent_mine_nothing() });
		// Their links are gone with the erasure; this device forgets them when no other person is left on it.
		if (locals.participants.every((p) => p.personId === form.data.personId)) cookies.delete(participantCookie, { path: '/' });
		redirect(303, '/mijn/toestemming/gewist');
	}
};
