import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { smallGroupSize, type OwnFormatDetails } from '$lib/domain/activityFormats';
import { limits } from '$lib/domain/limits';
import { groupForms } from '$lib/domain/vocabularies';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** A list typed in a text area, one item a line; empty lines are left out. */
const lines = (required: boolean) =>
	z
		.string()
		.optional()
		.transform((text) =>
			(text ?? '')
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter((line) => line !== '')
		)
		.pipe(
			z
				.array(z.string().max(limits.formatLineMax, { error: () => m.formats_line_too_long({ max: limits.formatLineMax }) }))
				.min(required ? 1 : 0, { error: () => m.formats_steps_required() })
				.max(limits.formatLinesMax, { error: () => m.formats_too_many_lines({ max: limits.formatLinesMax }) })
		);

/** Empty is "not given": only a format in small groups needs its largest group (the use-case checks that). */
const optionalGroupSize = z
	.string()
	.optional()
	.transform((typed, ctx) => {
		const text = typed?.trim() ?? '';
		if (text === '') return null;
		const size = Number(text);
		if (Number.isInteger(size) && size >= smallGroupSize.min && size <= smallGroupSize.max) return size;
		ctx.addIssue({ code: 'custom', message: m.validation_number_range({ min: smallGroupSize.min, max: smallGroupSize.max }) });
		return z.NEVER;
	});

/** The own-format form, new and edit alike; keys in the order the form shows them. */
export const ownFormatSchema = z.object({
	name: field.text(limits.nameMax),
	purpose: field.text(limits.textMax),
	minutes: field.int(1, limits.formatMinutesMax),
	groupForm: z.enum(groupForms, { error: () => m.validation_choice() }),
	maxGroupSize: optionalGroupSize,
	steps: lines(true),
	materials: lines(false),
	prompts: lines(false),
	onlineVariant: field.optionalText(limits.textMax)
}) satisfies z.ZodType<OwnFormatDetails>;

export const editOwnFormatSchema = editSchema(ownFormatSchema);

export type OwnFormatFields = FieldsOf<typeof ownFormatSchema>;

export const ownFormatConstraints = constraintsOf(ownFormatSchema);

/** Removing asks for a tick first, so a slip of the finger removes nothing. */
export const removeFormatSchema = z.object({
	confirm: z.literal('on', { error: () => m.formats_remove_confirm_missing() })
});

/** The library's filter comes from the address bar; anything odd there just means "all group forms". */
export const readGroupFormFilter = (url: URL) => z.enum(groupForms).nullable().catch(null).parse(url.searchParams.get('groupForm') || null);
