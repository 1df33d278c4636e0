import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { seriesRoles } from '$lib/domain/vocabularies';
import { readRowForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { seriesLinkStatus } from '$lib/server/participantLinks';
import { saveSeriesPeople, seriesPeopleForEditing } from '$lib/server/series';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const editing = found(await seriesPeopleForEditing(locals.db, actor, params.id));
	return { ...editing, linked: found(await seriesLinkStatus(locals.db, actor, params.id)) };
};

/** Each person's choice arrives as `role:<person id>` = none | participant | facilitator. */
const choice = z.object({ personId: z.uuid(), role: z.enum(['none', ...seriesRoles]) });

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await readRowForm(request, 'people');
		if (!form.ok) return form.failure;
		// Anything the page does not send (an unknown role, a field without a person, one person
		// twice) means a tampered or broken form: refused as a whole rather than partly ignored.
		const keys = [...form.form.keys()].filter((key) => key !== 'version');
		const choices = keys.map((key) => choice.safeParse({ personId: key.startsWith('role:') ? key.slice(5) : '', role: form.form.get(key) }));
		if (choices.some((c) => !c.success) || new Set(keys).size !== keys.length) {
			return form.fail({ form: m.edit_people_invalid_choice() });
		}
		const members = choices.flatMap((c) => (c.success && c.data.role !== 'none' ? [{ personId: c.data.personId, role: c.data.role }] : []));
		const saved = unlessNotFound(await saveSeriesPeople(locals.db, actor, params.id, form.based, members));
		return form.saved(saved, () => ({ form: m.series_people_invalid() }));
	}
};
