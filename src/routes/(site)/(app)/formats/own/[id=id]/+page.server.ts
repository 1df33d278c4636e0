import { redirect } from '@sveltejs/kit';
import { ownFormatFor, removeOwnFormat } from '$lib/server/activityFormats';
import { parseForm } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { removeFormatSchema } from '../../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { format, canEdit } = found(await ownFormatFor(locals.db, requireActor(locals, url), params.id));
	return { format, canEdit, created: url.searchParams.has('created'), saved: url.searchParams.has('saved') };
};

export const actions: Actions = {
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeFormatSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		found(await removeOwnFormat(locals.db, actor, params.id));
		redirect(303, '/formats?removed=1');
	}
};
