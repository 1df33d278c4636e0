import type { FundCriteria } from './eligibility';
import type { FundApplicant, FundNeed } from './fundVocabularies';

/**
 * An organisation's own local scheme (a children's package, a city pass, a municipal fund) as its
 * form reads it and the repository saves it: the one declaration of that shape. Written once, in
 * the organisation's own words, like an own activity format.
 */
export interface LocalSchemeDetails {
	name: string;
	description: string;
	needs: FundNeed[];
	/** Whole years, both included; both null when age plays no part. */
	ageFrom: number | null;
	ageTo: number | null;
	applicants: FundApplicant[];
	/** The income limit as a percentage of the social minimum; seed 004 names 100 to 130 %. */
	incomeLimitPercent: number | null;
	conditions: string | null;
	howToApply: string;
	link: string | null;
}

/** Every key of `LocalSchemeDetails` once, in the form's order: the compiler refuses a missing or extra one. */
const localSchemeFields = {
	name: true,
	description: true,
	needs: true,
	ageFrom: true,
	ageTo: true,
	applicants: true,
	incomeLimitPercent: true,
	conditions: true,
	howToApply: true,
	link: true
} satisfies Record<keyof LocalSchemeDetails, true>;
export const localSchemeDetailKeys = Object.keys(localSchemeFields) as (keyof LocalSchemeDetails)[];

/** The ages a scheme may name: from birth to young adults (some schemes run to 21 or 27). */
export const schemeAges = { min: 0, max: 30 } as const;
/** An income limit below half or above three times the social minimum is a typing slip. */
export const incomeLimitPercents = { min: 50, max: 300 } as const;

export type LocalSchemeRefusal = 'agesReversed';

/**
 * The scheme as it is kept: one age given means "from" or "up to" (from birth, or with no upper
 * end), neither means any age; an upper end below the lower one is refused.
 */
export function settleLocalScheme(details: LocalSchemeDetails): { ok: true; details: LocalSchemeDetails } | { ok: false; refusal: LocalSchemeRefusal } {
	const { ageFrom, ageTo } = details;
	if (ageFrom === null && ageTo === null) return { ok: true, details };
	const from = ageFrom ?? schemeAges.min;
	const to = ageTo ?? schemeAges.max;
	if (from > to) return { ok: false, refusal: 'agesReversed' };
	return { ok: true, details: { ...details, ageFrom: from, ageTo: to } };
}

/** What the finder matches on: a local scheme is one offer. */
export const localSchemeCriteria = (id: string, details: Pick<LocalSchemeDetails, 'needs' | 'ageFrom' | 'ageTo' | 'applicants'>): FundCriteria => ({
	id,
	offers: [{ needs: details.needs, ages: details.ageFrom === null || details.ageTo === null ? null : { from: details.ageFrom, to: details.ageTo } }],
	applicants: details.applicants
});
