import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { editSchema } from '$lib/server/forms';

/** A tick over the version the page showed: a slip of the finger deletes nothing. */
export const deleteRegionSchema = editSchema(z.object({ confirm: z.literal('on', { error: () => m.region_delete_confirm_missing() }) }));
