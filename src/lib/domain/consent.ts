import type { PersonDetails } from './people';
import { consentPurposes, type ConsentEnd, type ConsentPurpose, type ConsentSource } from './vocabularies';

/*
 * Consent (issue #11 item 1): which of a person's details may be stored, and what withdrawing a
 * consent takes away. A detail that needs a purpose nobody agreed to is refused before it is
 * saved; withdrawing clears exactly the details of that purpose, and withdrawing "taking part"
 * is the person's erasure (what they said in the group stays, without their name).
 */

/** The purpose each detail is stored for. The compiler refuses a detail without one. */
const purposeOfDetail = {
	name: 'takingPart',
	background: 'takingPart',
	affiliation: 'takingPart',
	workField: 'takingPart',
	leadsGroups: 'takingPart',
	email: 'contact',
	phone: 'contact',
	// Living in poverty is the most sensitive thing we hold: stored only to compose the groups.
	livedExperience: 'composition',
	experienceExpert: 'composition'
} as const satisfies Record<keyof PersonDetails, ConsentPurpose>;

export const detailsOf = (purpose: ConsentPurpose) =>
	(Object.keys(purposeOfDetail) as (keyof PersonDetails)[]).filter((key) => purposeOfDetail[key] === purpose);

/** A detail holds something: text that is not empty, or a box that is ticked. */
const holds = (value: PersonDetails[keyof PersonDetails]) => value !== null && value !== false && value !== '';

/** The details that hold something while their purpose has no consent, in the form's order. */
export function withoutConsent(details: PersonDetails, given: ReadonlySet<ConsentPurpose>): (keyof PersonDetails)[] {
	return (Object.keys(purposeOfDetail) as (keyof PersonDetails)[]).filter((key) => holds(details[key]) && !given.has(purposeOfDetail[key]));
}

/** What is left of a person's details once a purpose's consent is withdrawn (not for "taking part": that is erasure). */
export function withdrawnFrom(details: PersonDetails, purpose: Exclude<ConsentPurpose, 'takingPart'>): PersonDetails {
	const cleared = { ...details };
	for (const key of detailsOf(purpose)) {
		if (key === 'livedExperience' || key === 'experienceExpert') cleared[key] = false;
		else if (key === 'email' || key === 'phone') cleared[key] = null;
	}
	return cleared;
}

/** One consent as the register holds it; a withdrawn one stays, as proof of both moments. */
export interface ConsentRecord {
	purpose: ConsentPurpose;
	givenAt: Date;
	givenHow: ConsentSource;
	withdrawnAt: Date | null;
	withdrawnHow: ConsentEnd | null;
}

/** The purposes with a consent in force. */
export function inForce(records: readonly Pick<ConsentRecord, 'purpose' | 'withdrawnAt'>[]): Set<ConsentPurpose> {
	return new Set(records.filter((r) => r.withdrawnAt === null).map((r) => r.purpose));
}

/**
 * Per purpose, in the fixed order: the consent in force if there is one, else the last one
 * withdrawn, else nothing — what the person's page and the participant's page show.
 */
export function consentOverview<R extends ConsentRecord>(records: readonly R[]): { purpose: ConsentPurpose; current: R | null; history: R[] }[] {
	return consentPurposes.map((purpose) => {
		const history = records.filter((r) => r.purpose === purpose).sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime());
		return { purpose, current: history.find((r) => r.withdrawnAt === null) ?? history[0] ?? null, history };
	});
}

/**
 * Which wording of the purposes a consent was given to. Raise it when the explanation of a purpose
 * changes in meaning, so the register shows what each person actually agreed to.
 */
export const consentWording = '2026-12';
