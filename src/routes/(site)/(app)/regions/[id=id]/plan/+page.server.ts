import * as m from '$lib/paraglide/messages.js';
import { fieldErrors, parseForm, parseWithMessages, readRowForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { addRegionPartner, regionPlanFor, saveRegionPlan, saveRegionTimeline, type StepInput } from '$lib/server/regionPlans';
import { todayInAmsterdam } from '$lib/server/series';
import {
	editPlanSchema,
	hasStrayStepFields,
	partnerConstraints,
	partnerInput,
	partnerSchema,
	planConstraints,
	stepConstraints,
	stepRowSchema,
	stepRowsFromForm
} from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await regionPlanFor(locals.db, requireActor(locals, url), params.id, todayInAmsterdam())),
	constraints: planConstraints,
	partnerConstraints,
	stepConstraints
});

export const actions: Actions = {
	plan: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editPlanSchema, { id: 'plan' });
		if (!form.ok) return form.failure;
		const { version, organiser, ...words } = form.data;
		const result = unlessNotFound(await saveRegionPlan(locals.db, actor, params.id, version, { ...words, organiserPartnerId: organiser }));
		const saved = form.saved(result, () => ({ organiser: m.plan_organiser_unknown() }));
		return 'saved' in saved && result.ok ? { ...saved, savedForm: 'plan' as const, similar: result.value.similar } : saved;
	},
	timeline: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await readRowForm(request, 'timeline');
		if (!form.ok) return form.failure;
		if (hasStrayStepFields(form.form)) return form.fail({ form: m.plan_timeline_incomplete() });
		const errors: Record<string, string> = {};
		const steps: StepInput[] = [];
		for (const row of stepRowsFromForm(form.form)) {
			const parsed = parseWithMessages(stepRowSchema, row);
			if (parsed.success) steps.push(parsed.data);
			else for (const [name, message] of Object.entries(fieldErrors(parsed.error))) errors[name === 'key' ? 'form' : `${name}:${String(row.key)}`] = message;
		}
		if (Object.keys(errors).length) return form.fail(errors);
		const result = unlessNotFound(await saveRegionTimeline(locals.db, actor, params.id, form.based, steps, todayInAmsterdam()));
		const saved = form.saved(result, () => ({ form: m.plan_timeline_incomplete() }));
		return 'saved' in saved ? { ...saved, savedForm: 'timeline' as const } : saved;
	},
	partner: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, partnerSchema, { id: 'partner' });
		if (!form.ok) return form.failure;
		found(await addRegionPartner(locals.db, actor, params.id, partnerInput(form.data)));
		return { partnerAdded: true };
	}
};
