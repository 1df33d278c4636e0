import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { field } from '$lib/server/forms';

/** Contact or composition, withdrawn with one button: both are undone by the coordinator on request. */
export const withdrawMineSchema = z.object({
	personId: field.uuid(),
	purpose: z.enum(['contact', 'composition'], { error: () => m.consent_purpose_invalid() })
});

/** Stopping altogether erases the person: a tick, on a page of its own, says they are sure. */
export const stopSchema = z.object({
	personId: field.uuid(),
	confirm: z.literal('on', { error: () => m.consent_mine_confirm_required() })
});
