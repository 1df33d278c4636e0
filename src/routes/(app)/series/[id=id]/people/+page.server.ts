import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { seriesRoles } from '$lib/domain/people';
import { failWith, formValues } from '$lib/server/forms';
import { requireActor } from '$lib/server/guard';
import { saveSeriesMembers, seriesMembersForEditing } from '$lib/server/series';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	seriesMembersForEditing(locals.db, requireActor(locals, url), params.id);

/** Each person's choice arrives as `role:<person id>` = none | participant | facilitator. */
const choice = z.object({ personId: z.uuid(), role: z.enum(['none', ...seriesRoles]) });

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData().catch(() => new FormData());
		const values = formValues(form);
		const choices = [...form.entries()]
			.filter(([key]) => key.startsWith('role:'))
			.map(([key, value]) => choice.safeParse({ personId: key.slice(5), role: value }));
		if (choices.some((c) => !c.success)) return failWith(values, { form: m.series_people_invalid() });
		const members = choices
			.flatMap((c) => (c.success && c.data.role !== 'none' ? [{ personId: c.data.personId, role: c.data.role }] : []));
		if (!(await saveSeriesMembers(locals.db, actor, params.id, members))) {
			return failWith(values, { form: m.series_people_invalid() });
		}
		return { saved: true };
	}
};
