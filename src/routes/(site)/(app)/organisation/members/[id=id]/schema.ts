import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { memberRoles } from '$lib/domain/vocabularies';
import { editSchema, type FieldsOf } from '$lib/server/forms';

export const roleSchema = editSchema(z.object({ role: z.enum(memberRoles, { error: () => m.validation_choice() }) }));

export const removeSchema = z.object({
	confirm: z.literal('on', { error: () => m.members_remove_confirm_missing() })
});

export type RoleFields = FieldsOf<typeof roleSchema>;
