import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { stakeholderKinds, updateFrequencies } from '$lib/domain/vocabularies';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

export const stakeholderSchema = z.object({
	name: field.text(limits.nameMax),
	kind: z.enum(stakeholderKinds),
	affiliation: field.optionalText(limits.nameMax).transform((v) => v ?? ''),
	email: field.email(),
	frequency: z.enum(updateFrequencies)
});

export type StakeholderFields = FieldsOf<typeof stakeholderSchema>;
export const stakeholderConstraints = constraintsOf(stakeholderSchema);
export const editStakeholderSchema = editSchema(stakeholderSchema);

export const removeStakeholderSchema = editSchema(z.object({ confirm: z.literal('on', { error: () => m.stakeholder_remove_confirm_missing() }) }));

/** A drafted update as the coordinator words it; a message of a few pages at most. */
export const updateSchema = editSchema(
	z.object({
		subject: field.text(limits.nameMax * 2),
		body: field.text(limits.textMax * 5)
	})
);
export type UpdateFields = FieldsOf<typeof updateSchema>;
export const updateConstraints = constraintsOf(updateSchema);
