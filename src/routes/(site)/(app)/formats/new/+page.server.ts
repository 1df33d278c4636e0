import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { addOwnFormat, newOwnFormatForm } from '$lib/server/activityFormats';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { ownFormatConstraints, ownFormatSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	...found(newOwnFormatForm(requireActor(locals, url))),
	constraints: ownFormatConstraints
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, ownFormatSchema, { id: 'format' });
		if (!form.ok) return form.failure;
		const added = unlessNotFound(await addOwnFormat(locals.db, actor, form.data));
		if (!added.ok) return form.refused(added, () => ({ maxGroupSize: m.formats_group_size_missing() }));
		redirect(303, `/formats/own/${added.value.id}?created=1`);
	}
};
