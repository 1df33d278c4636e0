import { z } from 'zod';
import { limits } from '$lib/domain/limits';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** The expenses arrangement of a series, as written on the flyer; versioned like every edit. */
export const expensesSchema = editSchema(z.object({ expenses: field.optionalText(limits.textMax) }));

export type ExpensesFields = FieldsOf<typeof expensesSchema>;

export const expensesConstraints = constraintsOf(expensesSchema);
