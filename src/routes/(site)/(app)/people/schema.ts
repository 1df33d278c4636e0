import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import type { PersonDetails } from '$lib/domain/people';
import { backgrounds, memberConsentMethods, workFields, type ConsentPurpose } from '$lib/domain/vocabularies';
import { limits } from '$lib/domain/limits';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** Digits with the usual separators; at least six digits, so a typo like "06-" is caught. */
const phone = z
	.string()
	.trim()
	.max(limits.phoneMax)
	.optional()
	.transform((v) => (v ? v : null))
	.refine((v) => v === null || (/^\+?[0-9 ()./-]+$/.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 6), {
		error: () => m.people_phone_invalid()
	});

/**
 * The person form, new and edit alike: what it reads is a person's details (`PersonDetails`, the
 * one declaration of that shape). Keys in the order the form shows them, so the error summary
 * lists mistakes top to bottom.
 */
export const personSchema = z.object({
	name: field.text(limits.nameMax),
	background: z.enum(backgrounds, { error: () => m.validation_choice() }),
	affiliation: field.optionalText(limits.nameMax),
	workField: z
		.union([z.literal(''), z.enum(workFields)], { error: () => m.validation_choice() })
		.optional()
		.transform((v) => (v ? v : null)),
	livedExperience: field.checkbox(),
	experienceExpert: field.checkbox(),
	leadsGroups: field.checkbox(),
	email: field.optionalEmail(),
	phone
}) satisfies z.ZodType<PersonDetails>;

export const editPersonSchema = editSchema(personSchema);

/**
 * A new person comes with their consent (issue #11): how they gave it, and the purposes. Taking
 * part is required; the other two only for the details that need them (`domain/consent.ts`).
 */
export const newPersonSchema = personSchema.extend({
	consentHow: z.enum(memberConsentMethods, { error: () => m.consent_how_required() }),
	consentTakingPart: field.checkbox(),
	consentContact: field.checkbox(),
	consentComposition: field.checkbox()
});

export type NewPersonFields = FieldsOf<typeof newPersonSchema>;

export const newPersonConstraints = constraintsOf(newPersonSchema);

/** The purposes the new person's form ticked. */
export function consentPurposesOf(data: { consentTakingPart: boolean; consentContact: boolean; consentComposition: boolean }): ConsentPurpose[] {
	const ticked: [ConsentPurpose, boolean][] = [
		['takingPart', data.consentTakingPart],
		['contact', data.consentContact],
		['composition', data.consentComposition]
	];
	return ticked.filter(([, on]) => on).map(([purpose]) => purpose);
}

export type PersonFields = FieldsOf<typeof personSchema>;

/** Computed once: the same for every request. */
export const personConstraints = constraintsOf(personSchema);

/** The list's filter comes from the address bar; anything odd there just means "no filter". */
export const peopleFilterSchema = z.object({
	name: z.string().trim().max(limits.nameMax).catch('').transform((v) => v || null),
	background: z.enum(backgrounds).nullable().catch(null),
	workField: z.enum(workFields).nullable().catch(null)
});

export function readFilter(url: URL) {
	return peopleFilterSchema.parse({
		name: url.searchParams.get('q') ?? '',
		background: url.searchParams.get('background') || null,
		workField: url.searchParams.get('workField') || null
	});
}
