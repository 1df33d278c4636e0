import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { giveConsent, personConsents, withdrawConsent } from '$lib/server/consent';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { consentHowSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { person, purposes, canErase } = found(await personConsents(locals.db, requireActor(locals, url), params.id));
	return { person, entry: purposes.find((p) => p.purpose === params.purpose)!, canErase, done: url.searchParams.get('done') };
};

export const actions: Actions = {
	give: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, consentHowSchema, { id: 'give' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await giveConsent(locals.db, actor, params.id, params.purpose, form.data.how));
		if (!result.ok) return form.fail({ form: m.consent_erased() });
		redirect(303, `/people/${params.id}/consent/${params.purpose}?done=given`);
	},
	withdraw: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, consentHowSchema, { id: 'withdraw' });
		if (!form.ok) return form.failure;
		// "Taking part" ends by erasure, on its own confirmation page.
		if (params.purpose === 'takingPart') redirect(303, `/people/${params.id}/erase`);
		unlessNotFound(await withdrawConsent(locals.db, actor, params.id, params.purpose, form.data.how));
		redirect(303, `/people/${params.id}/consent/${params.purpose}?done=withdrawn`);
	}
};
