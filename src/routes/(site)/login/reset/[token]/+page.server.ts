import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { constraintsOf, parseForm } from '$lib/server/forms';
import { passwordResetWorks, resetPassword, resetValidMinutes } from '$lib/server/passwordReset';
import { passwordField } from '../../../setup/schema';
import type { Actions, PageServerLoad } from './$types';

/** The same rules as choosing a password on the first-run page and through an invitation. */
const resetSchema = z
	.object({ password: passwordField(), passwordRepeat: z.string() })
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], error: () => m.validation_passwords_differ() });

export type ResetFields = z.input<typeof resetSchema>;

export const load: PageServerLoad = async ({ locals, params }) => ({
	works: await passwordResetWorks(locals.db, params.token),
	minutes: resetValidMinutes,
	constraints: constraintsOf(resetSchema)
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = await parseForm(request, resetSchema, { id: 'reset' });
		if (!form.ok) return form.failure;
		// A link used meanwhile (in another tab) or expired while typing gets the kind page.
		if ((await resetPassword(locals.db, params.token, form.data.password)) === 'invalid') return { invalid: true };
		redirect(303, '/login?reset=1');
	}
};
