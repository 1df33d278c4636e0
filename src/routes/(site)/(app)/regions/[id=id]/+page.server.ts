import { redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { regionPlanFor } from '$lib/server/regionPlans';
import { changeRegion, regionFor } from '$lib/server/regions';
import { regionBudgetSummary } from '$lib/server/budget';
import { regionFundingSummary } from '$lib/server/funding';
import { regionQuickscanSummary } from '$lib/server/quickscan';
import { todayInAmsterdam } from '$lib/server/series';
import { editRegionSchema, regionConstraints } from '../schema';
import type { Actions, PageServerLoad } from './$types';

/**
 * The region's hub: its series, its plan, a line on each preparation page (budget, funding,
 * quickscan), and its name and kind to edit. Each line comes from that page's own summary, so
 * its policy holds: who may not read money gets no amounts (`null`), only the link.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const edit = found(await regionFor(locals.db, actor, params.id));
	const plan = found(await regionPlanFor(locals.db, actor, params.id, todayInAmsterdam()));
	const [budget, funding, quickscan] = await Promise.all([
		regionBudgetSummary(locals.db, actor, params.id),
		regionFundingSummary(locals.db, actor, params.id),
		regionQuickscanSummary(locals.db, actor, params.id)
	]);
	return {
		...edit,
		constraints: regionConstraints,
		series: plan.series.map((s) => ({ id: s.id, name: s.name, kind: s.kind, firstDate: s.meetings[0]?.date ?? null, meetings: s.meetings.length })),
		budget: budget.ok ? { saved: budget.value.saved, perYear: budget.value.perYear.total } : null,
		funding: funding.ok ? { sources: funding.value.sources.length, gap: funding.value.gap.gap } : null,
		quickscan: quickscan.ok ? { rounds: quickscan.value.rounds, needWork: quickscan.value.stillNeedsWork.length } : null,
		plan: { progress: plan.progress, partners: plan.partners.length, firstMeeting: plan.firstMeeting, organiser: plan.organiser?.name ?? null, advice: plan.advice }
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editRegionSchema, { id: 'region' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeRegion(locals.db, actor, params.id, version, input)));
		if ('saved' in saved) redirect(303, '/regions');
		return saved;
	}
};
