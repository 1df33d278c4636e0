import { z } from 'zod';
import { regionKinds } from '$lib/domain/vocabularies';
import { limits } from '$lib/domain/limits';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

export const regionSchema = z.object({
	name: field.text(limits.nameMax),
	kind: z.enum(regionKinds)
});

export type RegionFields = FieldsOf<typeof regionSchema>;

export const regionConstraints = constraintsOf(regionSchema);

export const editRegionSchema = editSchema(regionSchema);
