import { z } from 'zod';
import { groupSizeChoiceKeys } from '$lib/domain/groupingSession';
import { field } from '$lib/server/forms';

/** More than any series holds; keeps a tampered form from growing without end. */
const maxPeople = 500;
const people = z.array(field.uuid()).max(maxPeople);

const sizeChoice = z.enum(groupSizeChoiceKeys);

/**
 * The checklist posts a hidden `person` per participant shown, a `present` per ticked box, a
 * `notice` per participant who sent word they would not come (present wins over it), the
 * group size and the attendance version it was loaded with. Strict: a field the page never sends
 * is refused, not silently ignored.
 */
export const attendanceSchema = z.strictObject({ listed: people, present: people, notice: people, size: sizeChoice.optional(), version: field.version() });

export const makeGroupsSchema = attendanceSchema.extend({ size: sizeChoice });

/**
 * Where the agenda's "make groups" link came from (`?size=…&part=…`): the size the checklist starts
 * with and the agenda part the groups are for. Anything odd in the address is left out: the page
 * then starts as it would without them, never with an error.
 */
export const readGroupsFor = (url: URL) => ({
	size: sizeChoice.nullable().catch(null).parse(url.searchParams.get('size')),
	part: z.uuid().nullable().catch(null).parse(url.searchParams.get('part'))
});

export const swapSchema = z.object({ first: field.uuid(), second: field.uuid() });

/** The checklist's fields as the page names them. */
export interface AttendanceFields {
	person: string[];
	present: string[];
	notice: string[];
	size: string;
	version: string;
}

const checklistFields = new Set(['person', 'present', 'notice', 'size', 'version']);

/** Any other field is passed on as it came (last, so it cannot hide behind a known name) for the strict schema to refuse. */
export const attendanceFromForm = (form: FormData) => ({
	listed: form.getAll('person'),
	present: form.getAll('present'),
	notice: form.getAll('notice'),
	size: form.get('size') ?? undefined,
	version: form.get('version') ?? undefined,
	...Object.fromEntries([...form.keys()].filter((key) => !checklistFields.has(key)).map((key) => [key, form.get(key)]))
});
