import { redirect } from '@sveltejs/kit';
import { hundredthsForForm } from '$lib/domain/money';
import { changeFundingSource, fundingSourceFor, removeFundingSource } from '$lib/server/funding';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { editFundingSchema, fundingConstraints, removeFundingSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { region, source } = found(await fundingSourceFor(locals.db, requireActor(locals, url), params.id, params.sourceId));
	return {
		region,
		source,
		// The form shows the amount as it is typed back: "2500" or "2500,50".
		values: {
			name: source.name,
			kind: source.kind,
			status: source.status,
			amount: hundredthsForForm(source.amount),
			applicationDeadline: source.applicationDeadline ?? '',
			reportDue: source.reportDue ?? '',
			notes: source.notes ?? ''
		},
		constraints: fundingConstraints
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editFundingSchema, { id: 'funding' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = form.saved(unlessNotFound(await changeFundingSource(locals.db, actor, params.id, params.sourceId, version, input)));
		if ('saved' in saved) redirect(303, `/regions/${params.id}/funding`);
		return saved;
	},
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeFundingSchema, { id: 'fundingRemove' });
		if (!form.ok) return form.failure;
		const done = form.saved(unlessNotFound(await removeFundingSource(locals.db, actor, params.id, params.sourceId, form.data.version)));
		if ('saved' in done) redirect(303, `/regions/${params.id}/funding`);
		return done;
	}
};
