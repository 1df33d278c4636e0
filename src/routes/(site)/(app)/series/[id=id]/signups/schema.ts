import { z } from 'zod';
import { field, type FieldsOf } from '$lib/server/forms';

/** Accepting or declining names the sign-up; a made-up id is "no longer here", never an error page. */
export const decideSchema = z.object({ signup: field.uuid() });

export type DecideFields = FieldsOf<typeof decideSchema>;
