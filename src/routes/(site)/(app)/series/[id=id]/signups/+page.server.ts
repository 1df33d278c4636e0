import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { acceptSignup, declineSignup, setSignupOpen, signupsFor } from '$lib/server/signups';
import { signupRetentionDays } from '$lib/domain/signup';
import { decideSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await signupsFor(locals.db, requireActor(locals, url), params.id)),
	retentionDays: signupRetentionDays
});

export const actions: Actions = {
	open: async ({ locals, params }) => {
		found(await setSignupOpen(locals.db, requireActor(locals), params.id, true));
		return { opened: true };
	},
	close: async ({ locals, params }) => {
		found(await setSignupOpen(locals.db, requireActor(locals), params.id, false));
		return { closed: true };
	},
	accept: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, decideSchema, { id: 'decide' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await acceptSignup(locals.db, actor, params.id, form.data.signup));
		if (!result.ok) return form.fail({ form: result.code === 'emailTaken' ? m.signup_email_taken() : m.signup_gone() });
		return { accepted: result.value };
	},
	decline: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, decideSchema, { id: 'decide' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await declineSignup(locals.db, actor, params.id, form.data.signup));
		if (!result.ok) return form.fail({ form: m.signup_gone() });
		return { declined: true };
	}
};
