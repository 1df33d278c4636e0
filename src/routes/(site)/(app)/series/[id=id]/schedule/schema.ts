import { z } from 'zod';
import { limits } from '$lib/domain/limits';
import { constraintsOf, field } from '$lib/server/forms';

/** One row of the schedule form; fields arrive as `<name>:<meeting id>`. */
export const meetingRowSchema = z.object({
	id: field.uuid(),
	date: field.date(),
	startTime: field.time(),
	durationMinutes: field.int(limits.durationMin, limits.durationMax),
	location: field.optionalText(limits.nameMax * 2),
	onlineLink: field.optionalWebLink(limits.urlMax)
});

/** Each row's fields take these limits, whatever meeting id their names carry. */
export const meetingRowConstraints = constraintsOf(meetingRowSchema);

const rowFields = ['date', 'startTime', 'durationMinutes', 'location', 'onlineLink'] as const;

export function rowsFromForm(form: FormData): Record<string, unknown>[] {
	return form
		.getAll('meeting')
		.filter((id): id is string => typeof id === 'string')
		.map((id) => ({ id, ...Object.fromEntries(rowFields.map((f) => [f, form.get(`${f}:${id}`) ?? undefined])) }));
}

/**
 * Whether the form holds anything the page never sends, such as the date of a meeting it does not
 * list: such a field would otherwise be silently ignored while the rest is saved.
 */
export function hasStrayFields(form: FormData): boolean {
	const listed = new Set(form.getAll('meeting'));
	const allowed = (key: string) => {
		if (key === 'meeting' || key === 'version') return true;
		const [name, id] = key.split(':', 2);
		return (rowFields as readonly string[]).includes(name ?? '') && listed.has(id ?? '');
	};
	return [...form.keys()].some((key) => !allowed(key));
}

export { rowFields };
