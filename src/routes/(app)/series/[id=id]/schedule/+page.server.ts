import * as m from '$lib/paraglide/messages.js';
import { failWith, field, fieldErrors, formValues, parseWithMessages, staleWith, type FieldErrors } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { saveSchedule, scheduleForEditing, todayInAmsterdam, type MeetingChange } from '$lib/server/series';
import { hasStrayFields, meetingRowSchema, rowsFromForm } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await scheduleForEditing(locals.db, requireActor(locals, url), params.id)),
	today: todayInAmsterdam()
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await request.formData().catch(() => new FormData());
		const values = formValues(form);
		const version = parseWithMessages(field.version(), form.get('version') ?? undefined);
		if (!version.success) return failWith(values, { form: m.edit_version_missing() });
		if (hasStrayFields(form)) return failWith(values, { form: m.edit_schedule_unknown_field() });
		const errors: FieldErrors = {};
		const changes: MeetingChange[] = [];
		for (const row of rowsFromForm(form)) {
			const parsed = parseWithMessages(meetingRowSchema, row);
			if (parsed.success) changes.push(parsed.data);
			else for (const [name, message] of Object.entries(fieldErrors(parsed.error))) errors[`${name}:${String(row.id)}`] = message;
		}
		if (Object.keys(errors).length) return failWith(values, errors);
		const saved = unlessNotFound(await saveSchedule(locals.db, actor, params.id, version.data, changes));
		if (saved.ok) return { saved: true };
		if (saved.code === 'stale') return staleWith(values, saved.changed);
		if (saved.code === 'inPast') return failWith(values, Object.fromEntries(saved.meetingIds.map((id) => [`date:${id}`, m.validation_date_in_past()])));
		return failWith(values, { form: m.series_schedule_invalid() });
	}
};
