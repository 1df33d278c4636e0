import { z } from 'zod';
import { limits } from '$lib/domain/limits';
import { editSchema, type FieldsOf } from '$lib/server/forms';

/** Each answer may stay empty: the duo fills in what they have; the save is versioned. */
const answer = () => z.string().trim().max(limits.textMax);

export const debriefSchema = editSchema(z.object({ wentWell: answer(), couldDiffer: answer(), changeNext: answer() }));
export type DebriefFields = FieldsOf<typeof debriefSchema>;
