import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { maxChildAge, parseChildAge, type AgeProblem, type FinderQuestion } from '$lib/domain/eligibility';
import { fundApplicants, fundNeeds, isFundApplicant, isFundNeed } from '$lib/domain/fundVocabularies';
import { incomeLimitPercents, schemeAges, type LocalSchemeDetails } from '$lib/domain/localSchemes';
import { limits } from '$lib/domain/limits';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** The finder's three questions as the address bar holds them. */
export interface FinderValues {
	age: string;
	need: string;
	applicant: string;
}

export type FinderErrors = Partial<Record<keyof FinderValues, string>>;

const ageMessage = (problem: AgeProblem): string =>
	({
		notANumber: m.funds_age_not_a_number(),
		negative: m.funds_age_negative(),
		tooHigh: m.funds_age_too_high({ max: maxChildAge })
	})[problem];

/** What is shown again of a typed value: enough to see the slip, never a page-long echo. */
const shownBack = (value: string | null) => (value ?? '').slice(0, 40);

/**
 * The finder is a GET form (it stores nothing, so it posts nothing): its question comes from the
 * address bar. Before it was asked there is no question and no message; once asked, each field
 * that is missing or odd gets its message and the question is null until all three are right.
 */
export function readFinderQuestion(search: URLSearchParams): { asked: boolean; values: FinderValues; errors: FinderErrors; question: FinderQuestion | null } {
	const values: FinderValues = { age: shownBack(search.get('age')), need: shownBack(search.get('need')), applicant: shownBack(search.get('applicant')) };
	const asked = ['age', 'need', 'applicant'].some((key) => search.has(key));
	if (!asked) return { asked, values, errors: {}, question: null };
	const errors: FinderErrors = {};
	const age = parseChildAge(search.get('age') ?? '');
	if (!age.ok) errors.age = ageMessage(age.problem);
	const need = search.get('need') ?? '';
	if (!isFundNeed(need)) errors.need = m.funds_need_missing();
	const applicant = search.get('applicant') ?? '';
	if (!isFundApplicant(applicant)) errors.applicant = m.funds_applicant_missing();
	const question = age.ok && isFundNeed(need) && isFundApplicant(applicant) ? { age: age.age, need, applicant } : null;
	return { asked, values, errors, question };
}

/** Ticked boxes of one name: none is missing, one is a string, several a list. */
const ticked = <T extends string>(codes: readonly [T, ...T[]], missing: () => string) =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
		.pipe(
			z
				.array(z.enum(codes, { error: () => m.validation_choice() }))
				.min(1, { error: missing })
				.transform((list) => codes.filter((code) => list.includes(code)))
		);

/** Empty is "not given"; otherwise a whole number within `range`. */
const optionalWhole = (range: { min: number; max: number }) =>
	z
		.string()
		.optional()
		.transform((typed, ctx) => {
			const text = typed?.trim() ?? '';
			if (text === '') return null;
			const value = Number(text);
			if (/^\d+$/.test(text) && value >= range.min && value <= range.max) return value;
			ctx.addIssue({ code: 'custom', message: m.validation_number_range({ min: range.min, max: range.max }) });
			return z.NEVER;
		});

/** The local-scheme form, new and edit alike; keys in the order the form shows them. */
export const localSchemeSchema = z.object({
	name: field.text(limits.nameMax),
	description: field.text(limits.textMax),
	needs: ticked(fundNeeds, () => m.funds_local_needs_missing()),
	ageFrom: optionalWhole(schemeAges),
	ageTo: optionalWhole(schemeAges),
	applicants: ticked(fundApplicants, () => m.funds_local_applicants_missing()),
	incomeLimitPercent: optionalWhole(incomeLimitPercents),
	conditions: field.optionalText(limits.textMax),
	howToApply: field.text(limits.textMax),
	link: field.optionalWebLink(limits.urlMax)
}) satisfies z.ZodType<LocalSchemeDetails>;

export const editLocalSchemeSchema = editSchema(localSchemeSchema);

export type LocalSchemeFields = FieldsOf<typeof localSchemeSchema>;

export const localSchemeConstraints = constraintsOf(localSchemeSchema);

/** Removing asks for a tick first, so a slip of the finger removes nothing. */
export const removeLocalSchemeSchema = z.object({
	confirm: z.literal('on', { error: () => m.funds_local_remove_confirm_missing() })
});
