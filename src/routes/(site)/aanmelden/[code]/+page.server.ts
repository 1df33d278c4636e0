import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { parseForm } from '$lib/server/forms';
import { signUp, signupPage } from '$lib/server/signups';
import { signupConstraints, signupSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const page = await signupPage(locals.db, params.code);
	// A closed or made-up link is a plain page that says so, never a hint whether it ever worked.
	if (!page.ok) return { page: null, constraints: signupConstraints };
	return { page: page.value, constraints: signupConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		const form = await parseForm(request, signupSchema, { id: 'signup' });
		if (!form.ok) return form.failure;
		const locale = getLocale() === 'en' ? 'en' : 'nl';
		const result = await signUp(locals.db, params.code, form.data, getClientAddress(), locale);
		if (result.ok) return { signedUp: true, mail: Boolean(form.data.email) };
		switch (result.code) {
			case 'notFound':
				// The page then shows that this link does not work (the load finds no open sign-up).
				return form.fail({ form: m.signup_closed() });
			case 'tooMany':
				return form.fail({ form: m.signup_too_many({ minutes: Math.max(1, Math.ceil(result.waitSeconds / 60)) }) });
			case 'expired':
				return form.fail({ form: m.signup_expired() });
			case 'noConsent':
				return form.fail({ consent: m.signup_consent_required() });
			case 'unreachable':
				return form.fail({ email: m.signup_reach_required() });
		}
	}
};
