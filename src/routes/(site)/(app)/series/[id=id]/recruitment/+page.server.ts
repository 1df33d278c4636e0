import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { recruitmentFor, saveExpenses } from '$lib/server/signups';
import { expensesConstraints, expensesSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await recruitmentFor(locals.db, requireActor(locals, url), params.id)),
	constraints: expensesConstraints
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, expensesSchema, { id: 'expenses' });
		if (!form.ok) return form.failure;
		const saved = unlessNotFound(await saveExpenses(locals.db, actor, params.id, form.data.version, form.data.expenses));
		return form.saved(saved, () => ({}));
	}
};
