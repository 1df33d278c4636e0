import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { editSchema } from '$lib/server/forms';

/**
 * Erasing asks for a tick, over the version the page showed. A tick rather than typing the name:
 * names with accents or two spellings would trip up the very people doing this duty, while the
 * page already shows whose data goes, and the version refuses the erasure when the person changed.
 */
export const eraseSchema = editSchema(
	z.object({
		confirm: z.literal('on', { error: () => m.privacy_erase_confirm_missing() })
	})
);
