import { z } from 'zod';
import { groupSizeChoiceKeys } from '$lib/domain/groupingSession';
import { field } from '$lib/server/forms';

/** More than any series holds; keeps a tampered form from growing without end. */
const maxPeople = 500;
const people = z.array(field.uuid()).max(maxPeople);

/** The checklist posts a hidden `person` per participant shown and a `present` per ticked box. */
export const attendanceSchema = z.object({ listed: people, present: people });

export const makeGroupsSchema = attendanceSchema.extend({ size: z.enum(groupSizeChoiceKeys) });

export const swapSchema = z.object({ first: field.uuid(), second: field.uuid() });

export const attendanceFromForm = (form: FormData) => ({
	listed: form.getAll('person'),
	present: form.getAll('present'),
	size: form.get('size') ?? undefined
});
