import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { constraintsOf, field, parseForm } from '$lib/server/forms';
import { requestPasswordReset, resetValidMinutes, type ResetText } from '$lib/server/passwordReset';
import type { Actions, PageServerLoad } from './$types';

const forgotSchema = z.object({ email: field.email() });

export type ForgotFields = z.input<typeof forgotSchema>;

export const load: PageServerLoad = () => ({ constraints: constraintsOf(forgotSchema) });

/** In the language the person asked in: the only one we know for them here. */
const resetText = (): ResetText => ({ subject: m.reset_mail_subject(), body: (text) => m.reset_mail_body(text) });

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const form = await parseForm(request, forgotSchema, { id: 'forgot' });
		if (!form.ok) return form.failure;
		const result = await requestPasswordReset(locals.db, { email: form.data.email, ip: getClientAddress() }, resetText());
		if ('tooManyAttempts' in result) {
			return form.fail({ form: m.reset_request_too_many({ minutes: Math.max(1, Math.ceil(result.tooManyAttempts / 60)) }) });
		}
		// The same answer whether or not the address has an account.
		return { sentTo: form.data.email, minutes: resetValidMinutes };
	}
};
