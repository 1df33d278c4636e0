import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { identities, sessionToken } from '$lib/server/auth/identityCache';
import { constraintsOf, field, parseForm, replyFor } from '$lib/server/forms';
import { createAccountForInvitation, joinByInvitation, openInvitation } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

const newAccountSchema = z.object({
	name: field.text(limits.nameMax),
	password: z.string().min(1).min(limits.passwordMin).max(limits.passwordMax)
});

export type NewAccountFields = z.input<typeof newAccountSchema>;

const newAccountConstraints = constraintsOf(newAccountSchema);

/**
 * What the page shows never depends on whether the invited address has an account: only on the
 * invitation and on who is signed in.
 */
export const load: PageServerLoad = async ({ locals, params, getClientAddress }) => {
	// A malformed token never reaches the database nor the counter of tries.
	const opened = tokenShape.test(params.token) ? await openInvitation(locals.db, params.token, getClientAddress()) : null;
	if (!opened?.ok) {
		const waitMinutes = opened?.code === 'tooMany' ? Math.max(1, Math.ceil(opened.waitSeconds / 60)) : 0;
		return { invitation: null, waitMinutes, constraints: newAccountConstraints };
	}
	const open = opened.value;
	const signedIn = locals.user ? { email: locals.user.email, sameAddress: locals.user.email.toLowerCase() === open.email.toLowerCase() } : null;
	return { invitation: open, signedIn, constraints: newAccountConstraints };
};

export const actions: Actions = {
	create: async ({ request, locals, params, getClientAddress }) => {
		const form = await parseForm(request, newAccountSchema, { id: 'create' });
		if (!form.ok) return form.failure;
		if (!tokenShape.test(params.token)) return form.fail({ form: m.invite_invalid() });
		const result = await createAccountForInvitation(locals.db, params.token, { ...form.data, ip: getClientAddress() });
		if (result === 'invalid') return form.fail({ form: m.invite_invalid() });
		if (result !== 'ready') {
			return form.fail({ form: m.login_too_many({ minutes: Math.max(1, Math.ceil(result.tooManyAttempts / 60)) }) });
		}
		return { accountReady: true };
	},
	join: async ({ locals, params, cookies }) => {
		if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(`/invite/${params.token}`)}`);
		const form = replyFor<NewAccountFields, 'join'>('join', {});
		const result = tokenShape.test(params.token) ? await joinByInvitation(locals.db, locals.user, params.token) : 'invalid';
		if (result === 'invalid') return form.fail({ form: m.invite_invalid() });
		if (result === 'otherAddress') return form.fail({ form: m.invite_other_address() });
		// The cached identity still says "no organisation"; the next page must see the membership.
		const token = sessionToken(cookies);
		if (token) identities.forget(token);
		redirect(303, '/series');
	}
};
