import { z } from 'zod';
import { regionKinds } from '$lib/domain/vocabularies';
import { limits } from '$lib/domain/limits';
import { field } from '$lib/server/forms';

export const regionSchema = z.object({
	name: field.text(limits.nameMax),
	kind: z.enum(regionKinds)
});
