import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { programmeKinds } from '$lib/domain/vocabularies';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

const optionalWords = (max: number) => field.optionalText(max).transform((v) => v ?? '');

export const programmeSchema = z.object({
	name: field.text(limits.nameMax),
	kind: z.enum(programmeKinds),
	description: optionalWords(limits.textMax),
	runBy: optionalWords(limits.textMax),
	contact: optionalWords(limits.nameMax * 2),
	/** A region of the organisation, or empty for none. */
	regionId: z
		.string()
		.optional()
		.transform((v) => (v ? v : null))
		.pipe(z.uuid({ error: () => m.inventory_region_unknown() }).nullable())
});

export type ProgrammeFields = FieldsOf<typeof programmeSchema>;
export const programmeConstraints = constraintsOf(programmeSchema);

/** Adding: the tick "add anyway" goes past the duplicate warning. */
export const addProgrammeSchema = programmeSchema.extend({ anyway: field.checkbox() });

export const editProgrammeSchema = editSchema(programmeSchema);

/** A tick over the version the page showed: a slip of the finger removes nothing. */
export const removeProgrammeSchema = editSchema(z.object({ confirm: z.literal('on', { error: () => m.inventory_remove_confirm_missing() }) }));
