import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/limits';
import { failWith, field, parseForm } from '$lib/server/forms';
import { acceptInvitation, openInvitation } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

export const load: PageServerLoad = async ({ locals, params }) => {
	const open = tokenShape.test(params.token) ? await openInvitation(locals.db, params.token) : null;
	if (!open) return { invitation: null };
	return {
		invitation: { name: open.name, email: open.email, organisationName: open.organisationName },
		hasAccount: open.hasAccount
	};
};

const acceptSchema = z.object({
	name: field.text(limits.nameMax),
	password: z.string().min(1).min(limits.passwordMin).max(limits.passwordMax)
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = await parseForm(request, acceptSchema);
		if (!form.ok) return form.failure;
		if (!tokenShape.test(params.token)) return failWith(form.values, { form: m.invite_invalid() });
		const result = await acceptInvitation(locals.db, locals.auth, params.token, form.data);
		if (result === 'invalid') return failWith(form.values, { form: m.invite_invalid() });
		if (result === 'wrongPassword') return failWith(form.values, { password: m.invite_wrong_password() });
		redirect(303, '/series');
	}
};
