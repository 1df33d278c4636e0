import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { contrastRatio, isHexColour, minimumTextContrast } from '$lib/domain/contrast';
import { memberRoles } from '$lib/domain/vocabularies';
import { getLocale } from '$lib/paraglide/runtime';
import { limits } from '$lib/domain/limits';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** Rounded down, so a colour just below the limit never reads as "4,5 op 1". */
const ratioText = (ratio: number) =>
	new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(Math.floor(ratio * 10) / 10);

/** The header text is white (see PageHeader), so the colour behind it has to be dark enough. */
const themeColour = z
	.string()
	.trim()
	.toLowerCase()
	.refine(isHexColour, { error: () => m.organisation_colour_invalid() })
	.superRefine((colour, ctx) => {
		const ratio = contrastRatio(colour, '#ffffff');
		if (ratio !== null && ratio < minimumTextContrast) {
			ctx.addIssue({ code: 'custom', message: m.organisation_colour_too_light({ ratio: ratioText(ratio) }) });
		}
	});

// Field names differ from the invite form's, because both forms share one page and one id space.
export const settingsSchema = z.object({
	organisationName: field.text(limits.nameMax),
	themeColour
});

/** An empty choice means "no person"; anything else must be a person id. */
const optionalPerson = z
	.string()
	.optional()
	.transform((v) => v || null)
	.pipe(field.uuid().nullable());

export const inviteSchema = z.object({
	name: field.text(limits.nameMax),
	email: field.email(),
	role: z.enum(memberRoles, { error: () => m.validation_choice() }),
	personId: optionalPerson
});

export const linkSchema = z.object({ member: field.uuid(), person: optionalPerson });

export const withdrawSchema = z.object({ invitationId: field.uuid() });

export type SettingsFields = FieldsOf<typeof settingsSchema>;
export type InviteFields = FieldsOf<typeof inviteSchema>;
export type LinkFields = FieldsOf<typeof linkSchema>;

export const editSettingsSchema = editSchema(settingsSchema);

export const organisationConstraints = { settings: constraintsOf(settingsSchema), invite: constraintsOf(inviteSchema) };
