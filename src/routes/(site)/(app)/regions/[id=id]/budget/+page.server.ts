import * as m from '$lib/paraglide/messages.js';
import { budgetKeys, budgetFields } from '$lib/domain/budget';
import { hundredthsForForm } from '$lib/domain/money';
import { regionBudgetFor, saveRegionBudget } from '$lib/server/budget';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { budgetConstraints, budgetSchema, editBudgetSchema, type BudgetFields } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const page = found(await regionBudgetFor(locals.db, requireActor(locals, url), params.id));
	// What the form shows: counts as digits, hours and money as "1300,75", which parse back the same.
	const typed = Object.fromEntries(
		budgetKeys.map((key) => [key, budgetFields[key].kind === 'count' ? String(page.input[key]) : hundredthsForForm(page.input[key])])
	) as Record<keyof BudgetFields, string>;
	return { ...page, typed, constraints: budgetConstraints };
};

export const actions: Actions = {
	/** Without a script: the sums of what was typed, nothing saved. The page calculates them from the values it gets back. */
	calculate: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		found(await regionBudgetFor(locals.db, actor, params.id));
		const form = await parseForm(request, budgetSchema, { id: 'budget' });
		if (!form.ok) return form.failure;
		return { id: 'calculated' as const, values: form.values };
	},
	save: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editBudgetSchema, { id: 'budget' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		return form.saved(unlessNotFound(await saveRegionBudget(locals.db, actor, params.id, version, input)), () => ({
			meetingsPerSeries: m.budget_error_no_meetings()
		}));
	}
};
