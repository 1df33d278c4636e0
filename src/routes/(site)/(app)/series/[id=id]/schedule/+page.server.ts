import * as m from '$lib/paraglide/messages.js';
import { fieldErrors, parseWithMessages, readRowForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { saveSchedule, scheduleForEditing, todayInAmsterdam, type MeetingChange } from '$lib/server/series';
import { hasStrayFields, meetingRowConstraints, meetingRowSchema, rowsFromForm } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await scheduleForEditing(locals.db, requireActor(locals, url), params.id)),
	today: todayInAmsterdam(),
	constraints: meetingRowConstraints
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await readRowForm(request, 'schedule');
		if (!form.ok) return form.failure;
		if (hasStrayFields(form.form)) return form.fail({ form: m.edit_schedule_unknown_field() });
		const errors: Record<string, string> = {};
		const changes: MeetingChange[] = [];
		for (const row of rowsFromForm(form.form)) {
			const parsed = parseWithMessages(meetingRowSchema, row);
			if (parsed.success) changes.push(parsed.data);
			else for (const [name, message] of Object.entries(fieldErrors(parsed.error))) errors[`${name}:${String(row.id)}`] = message;
		}
		if (Object.keys(errors).length) return form.fail(errors);
		const saved = unlessNotFound(await saveSchedule(locals.db, actor, params.id, form.based, changes));
		return form.saved(saved, (refusal) =>
			refusal.code === 'inPast'
				? Object.fromEntries(refusal.meetingIds.map((id) => [`date:${id}`, m.validation_date_in_past()]))
				: { form: m.series_schedule_invalid() }
		);
	}
};
