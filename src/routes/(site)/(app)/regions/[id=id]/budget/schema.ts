import { z } from 'zod';
import { budgetFields, budgetKeys, type BudgetKey } from '$lib/domain/budget';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** Each field of the budget as the domain types it (`budgetFields`): a count, hours or money. */
const numberField = (key: BudgetKey) => {
	const { kind, max } = budgetFields[key];
	return kind === 'money' ? field.money(max) : kind === 'hours' ? field.hours(max) : field.count(max);
};

export const budgetSchema = z.object(Object.fromEntries(budgetKeys.map((key) => [key, numberField(key)])) as Record<BudgetKey, ReturnType<typeof numberField>>);

export type BudgetFields = FieldsOf<typeof budgetSchema>;

export const budgetConstraints = constraintsOf(budgetSchema);

export const editBudgetSchema = editSchema(budgetSchema);
