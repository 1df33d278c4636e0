import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { editSchema, type FieldsOf } from '$lib/server/forms';

/** Removing asks for a tick first, and is based on the version shown: a template kept again since stays. */
export const removeTemplateSchema = editSchema(z.object({ confirm: z.literal('on', { error: () => m.agenda_confirm_needed() }) }));
export type RemoveTemplateFields = FieldsOf<typeof removeTemplateSchema>;
