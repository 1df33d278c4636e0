import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { fundingKinds, fundingStatuses } from '$lib/domain/vocabularies';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

export const fundingSchema = z.object({
	name: field.text(limits.funderNameMax),
	kind: z.enum(fundingKinds),
	status: z.enum(fundingStatuses),
	amount: field.money(limits.fundingAmountMaxCents),
	applicationDeadline: field.optionalDate(),
	reportDue: field.optionalDate(),
	notes: field.optionalText(limits.textMax)
});

export type FundingFields = FieldsOf<typeof fundingSchema>;

export const fundingConstraints = constraintsOf(fundingSchema);

export const editFundingSchema = editSchema(fundingSchema);

/** Removing a source takes a tick, so a slip of the finger removes nothing. */
export const removeFundingSchema = z.object({
	version: field.version(),
	confirm: field.checkbox().refine((v) => v, { error: () => m.funding_remove_required() })
});
