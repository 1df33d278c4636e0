import { field, parseForm, staleWith } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changePerson, personFor } from '$lib/server/people';
import { personSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await personFor(locals.db, requireActor(locals, url), params.id)),
	created: url.searchParams.has('created')
});

const editSchema = personSchema.extend({ version: field.version() });

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editSchema);
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = unlessNotFound(await changePerson(locals.db, actor, params.id, version, input));
		if (!saved.ok) return staleWith(form.values, saved.changed);
		return { saved: true };
	}
};
