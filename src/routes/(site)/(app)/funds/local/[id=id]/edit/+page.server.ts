import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { changeLocalScheme, localSchemeFor } from '$lib/server/funds';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { editLocalSchemeSchema, localSchemeConstraints } from '../../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { scheme, canEdit, version } = found(await localSchemeFor(locals.db, requireActor(locals, url), params.id));
	// A facilitator reads the scheme but has no edit form: the same 404 as a page that is not there.
	if (!canEdit) found({ ok: false, code: 'notFound' });
	return { scheme, version, constraints: localSchemeConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editLocalSchemeSchema, { id: 'scheme' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeLocalScheme(locals.db, actor, params.id, version, input)), () => ({
			ageTo: m.funds_local_ages_reversed()
		}));
		if ('saved' in saved) redirect(303, `/funds/local/${params.id}?saved=1`);
		return saved;
	}
};
