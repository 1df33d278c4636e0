import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { changeOwnFormat, ownFormatFor } from '$lib/server/activityFormats';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { editOwnFormatSchema, ownFormatConstraints } from '../../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { format, canEdit, version } = found(await ownFormatFor(locals.db, requireActor(locals, url), params.id));
	// A stakeholder reads the format but has no edit form: the same 404 as a page that is not there.
	if (!canEdit) found({ ok: false, code: 'notFound' });
	return { format, version, constraints: ownFormatConstraints };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editOwnFormatSchema, { id: 'format' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeOwnFormat(locals.db, actor, params.id, version, input)), () => ({
			maxGroupSize: m.formats_group_size_missing()
		}));
		if ('saved' in saved) redirect(303, `/formats/own/${params.id}?saved=1`);
		return saved;
	}
};
