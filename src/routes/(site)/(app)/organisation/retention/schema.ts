import { z } from 'zod';
import { editSchema } from '$lib/server/forms';

/** Postponing names the series, over the retention version the page showed. */
export const postponeSchema = editSchema(z.object({ seriesId: z.uuid() }));
