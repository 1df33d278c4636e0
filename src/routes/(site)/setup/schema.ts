import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { constraintsOf, field, type FieldsOf } from '$lib/server/forms';

export const passwordField = () => z.string().min(1).min(limits.passwordMin).max(limits.passwordMax);

export const setupSchema = z
	.object({
		organisationName: field.text(limits.nameMax),
		name: field.text(limits.nameMax),
		email: field.email(),
		password: passwordField(),
		passwordRepeat: z.string()
	})
	.refine((v) => v.password === v.passwordRepeat, {
		path: ['passwordRepeat'],
		error: () => m.validation_passwords_differ()
	});

export type SetupFields = FieldsOf<typeof setupSchema>;

export const setupConstraints = constraintsOf(setupSchema);
