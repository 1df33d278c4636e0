import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { planStepKeys, type PlanStepKey } from '$lib/domain/regionPlan';
import { partnerAsks, partnerKinds, partnerStatuses, type PartnerAsk } from '$lib/domain/vocabularies';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** The plan's words: goals, who organises, the initiative group and who arranges what. */
export const planSchema = z.object({
	goals: field.optionalText(limits.textMax),
	organiser: z
		.string()
		.optional()
		.transform((v) => v || null)
		.pipe(z.uuid({ error: () => m.plan_organiser_unknown() }).nullable()),
	initiativeGroup: field.optionalText(limits.textMax),
	roomBy: field.optionalText(limits.nameMax),
	cateringBy: field.optionalText(limits.nameMax),
	communicationBy: field.optionalText(limits.nameMax)
});
export type PlanFields = FieldsOf<typeof planSchema>;
export const planConstraints = constraintsOf(planSchema);
export const editPlanSchema = editSchema(planSchema);

/** A partner: who, what kind, what is asked of them (a tick each) and where that stands. */
export const partnerSchema = z.object({
	name: field.text(limits.nameMax),
	kind: z.enum(partnerKinds),
	status: z.enum(partnerStatuses),
	note: field.optionalText(limits.textMax),
	askPeople: field.checkbox(),
	askRoom: field.checkbox(),
	askMoney: field.checkbox(),
	askReach: field.checkbox()
});
export type PartnerFields = FieldsOf<typeof partnerSchema>;
export const partnerConstraints = constraintsOf(partnerSchema);
export const editPartnerSchema = editSchema(partnerSchema);

const askFields = { people: 'askPeople', room: 'askRoom', money: 'askMoney', reach: 'askReach' } as const satisfies Record<PartnerAsk, string>;

/** The form's ticks as the list of what is asked, in the vocabulary's order. */
export function partnerInput(data: z.output<typeof partnerSchema>) {
	return {
		name: data.name,
		kind: data.kind,
		status: data.status,
		note: data.note,
		asks: partnerAsks.filter((ask) => data[askFields[ask]])
	};
}

export const removePartnerSchema = editSchema(
	z.object({ confirm: field.checkbox().refine((v) => v, { error: () => m.plan_partner_remove_confirm_required() }) })
);

/** One step of the timeline form; its fields arrive as `date:<step>` and `done:<step>`. */
export const stepRowSchema = z.object({
	key: z.enum(planStepKeys as [PlanStepKey, ...PlanStepKey[]]),
	date: z
		.string()
		.optional()
		.transform((v) => v || undefined)
		.pipe(field.date().optional())
		.transform((v) => v ?? null),
	done: field.checkbox()
});

export const stepConstraints = constraintsOf(stepRowSchema);

/** Each step's fields from the form, by the steps the page lists (`step`, repeated). */
export function stepRowsFromForm(form: FormData): Record<string, unknown>[] {
	return form
		.getAll('step')
		.filter((key): key is string => typeof key === 'string')
		.map((key) => ({ key, date: form.get(`date:${key}`) ?? undefined, done: form.get(`done:${key}`) ?? undefined }));
}

/** Whether the form holds a field the page never sends: it would otherwise be silently ignored. */
export function hasStrayStepFields(form: FormData): boolean {
	const listed = new Set(form.getAll('step'));
	return [...form.keys()].some((key) => {
		if (key === 'step' || key === 'version') return false;
		const [name, step] = key.split(':', 2);
		return !(name === 'date' || name === 'done') || !listed.has(step ?? '');
	});
}
