import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { agendaPartKinds } from '$lib/content/meetingSkeleton';
import { limits } from '$lib/domain/limits';
import { editSchema, field, type FieldsOf } from '$lib/server/forms';

/** A meeting is at most `durationMax` long; no part or target goes beyond it. */
const minutes = () => field.int(0, limits.durationMax);

/** The length to fit the agenda to, from the page's address (`?fit=90`) or its apply form. */
export const fitTarget = field.int(1, limits.durationMax);

/** Applying a shown proposal: the target and the agenda version it was made from. */
export const applyFitSchema = z.strictObject({ target: fitTarget, agendaVersion: field.int(1, 2 ** 31 - 1) });

export const moveSchema = z.strictObject({ part: field.uuid() });

/** A new part: blank (a title needed) or from a format (its name and minutes unless typed), of the kind chosen. */
export const addSchema = z.strictObject({
	addKind: z.enum(agendaPartKinds, { error: () => m.validation_choice() }),
	addFormat: z.string().trim().max(60).transform((v) => (v === '' ? null : v)),
	addTitle: field.optionalText(limits.nameMax),
	/** Empty takes the format's minutes. */
	addMinutes: z.union([z.literal('').transform(() => null), minutes()])
});
export type AddFields = FieldsOf<typeof addSchema>;

export const restartSchema = z.strictObject({
	source: z.enum(['standard', 'own']),
	confirm: field.checkbox().refine((v) => v, { error: () => m.agenda_confirm_needed() }),
	agendaVersion: field.int(1, 2 ** 31 - 1)
});
export type RestartFields = FieldsOf<typeof restartSchema>;

export const templateSchema = z.strictObject({ templateName: field.text(limits.nameMax) });
export type TemplateFields = FieldsOf<typeof templateSchema>;

/** One part's edit form. */
export const partSchema = editSchema(
	z.strictObject({
		title: field.text(limits.nameMax),
		yields: field.optionalText(limits.textMax),
		notes: field.optionalText(limits.textMax),
		question: field.optionalText(limits.textMax),
		minutes: minutes(),
		shortest: minutes(),
		longest: minutes(),
		format: z.string().trim().max(60).transform((v) => (v === '' ? null : v))
	})
);
export type PartFields = FieldsOf<typeof partSchema>;

/** The check-in or check-out question: the index of one of the template's, or `own` with the typed one. */
export const questionSchema = editSchema(
	z.strictObject({
		choice: z.string().regex(/^(own|\d{1,2})$/),
		ownQuestion: field.optionalText(limits.textMax)
	})
);
export type QuestionFields = FieldsOf<typeof questionSchema>;

export const removeSchema = z.strictObject({ confirm: field.checkbox().refine((v) => v, { error: () => m.agenda_confirm_needed() }) });
export type RemoveFields = FieldsOf<typeof removeSchema>;
