import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { constraintsOf, field, type FieldsOf } from '$lib/server/forms';

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
 * The public sign-up form (issue #12 item 7). `website` is the honeypot, `stamp` the signed
 * moment the form was shown; both are checked by the use-case, which answers a script quietly.
 * The consent is read as a tick here and required by the use-case, with its own message.
 */
export const signupSchema = z.object({
	name: field.text(limits.nameMax),
	email: field.optionalEmail(),
	phone,
	motivation: field.optionalText(limits.textMax),
	consent: field.checkbox(),
	website: z.string().max(500).optional().transform((v) => v ?? ''),
	stamp: z.string().max(200).optional().transform((v) => v ?? '')
});

export type SignupFields = FieldsOf<typeof signupSchema>;

export const signupConstraints = constraintsOf(signupSchema);
