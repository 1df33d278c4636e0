import { relatedNeeds, type FundApplicant, type FundNeed } from './fundVocabularies';

/*
 * Which funds fit a child's need (issue #13 item 3): a pure function over the funds' criteria, for
 * national funds (`content/funds.ts`) and an organisation's local schemes alike. Nothing about the
 * child is kept: the question goes in, the answer comes out.
 */

/** Whole years, both ends included: "4 tot 18 jaar" is `{ from: 4, to: 17 }`, "4 t/m 12" is `{ from: 4, to: 12 }`. */
export interface AgeRange {
	from: number;
	to: number;
}

/** One thing a fund pays for, for children of these ages; `ages: null` when age plays no part (a baby box, a pet). */
export interface FundOffer {
	needs: readonly FundNeed[];
	ages: AgeRange | null;
}

/** What the matching reads of a fund: what it offers and who may ask. */
export interface FundCriteria {
	id: string;
	offers: readonly FundOffer[];
	applicants: readonly FundApplicant[];
}

/** A child's age as typed: 4.5 is four and a half; "18+" is eighteen or older. */
export interface ChildAge {
	years: number;
	orOlder: boolean;
}

export interface FinderQuestion {
	/** Null when the asker leaves it open (an unborn baby, or the age is not known). */
	age: ChildAge | null;
	need: FundNeed;
	applicant: FundApplicant;
}

/** Why a fund fits, one reason per criterion. */
export type FitReason =
	| { kind: 'need'; need: FundNeed }
	| { kind: 'age'; ages: AgeRange; years: number }
	/** "18+" fits, but only while the young person is not older than `ages.to`. */
	| { kind: 'ageIfNotOlder'; ages: AgeRange }
	| { kind: 'ageNotGiven'; ages: AgeRange }
	| { kind: 'anyAge' }
	| { kind: 'applicant'; applicant: FundApplicant };

/** Why a fund that almost fits does not: exactly one criterion misses, and only by a little. */
export type Miss =
	| { kind: 'tooYoung'; ages: AgeRange }
	| { kind: 'tooOld'; ages: AgeRange }
	| { kind: 'applicant'; applicants: readonly FundApplicant[] }
	| { kind: 'relatedNeed'; needs: readonly FundNeed[] };

/** What the asker does next. */
export type NextStep =
	| { kind: 'apply'; applicant: FundApplicant }
	| { kind: 'askApplicant'; applicants: readonly FundApplicant[] }
	| { kind: 'applyFromAge'; age: number }
	| { kind: 'askAboutNeed'; needs: readonly FundNeed[] }
	| { kind: 'lookElsewhere' };

export interface Fit<F> {
	fund: F;
	reasons: FitReason[];
	next: NextStep;
}

export interface NearMiss<F> {
	fund: F;
	whyNot: Miss;
	next: NextStep;
}

export interface FinderAnswer<F> {
	fits: Fit<F>[];
	almost: NearMiss<F>[];
}

/** How far outside its ages a child may be for a fund to count as "almost": two years. */
export const nearAgeYears = 2;

/** The order of the "almost" list: a different applicant is the easiest to solve, a different need the hardest. */
const missOrder: Record<Miss['kind'], number> = { applicant: 0, tooYoung: 1, tooOld: 2, relatedNeed: 3 };

type AgeCheck = { ok: true; reason: FitReason } | { ok: false; miss: Miss; near: boolean };

function checkAge(ages: AgeRange | null, age: ChildAge | null): AgeCheck {
	if (ages === null) return { ok: true, reason: { kind: 'anyAge' } };
	if (age === null) return { ok: true, reason: { kind: 'ageNotGiven', ages } };
	// A child of 12.9 is still twelve: the upper end counts whole years.
	const whole = Math.floor(age.years);
	if (age.years < ages.from) return { ok: false, miss: { kind: 'tooYoung', ages }, near: ages.from - age.years <= nearAgeYears };
	if (whole > ages.to) return { ok: false, miss: { kind: 'tooOld', ages }, near: whole - ages.to <= nearAgeYears };
	if (age.orOlder) return { ok: true, reason: { kind: 'ageIfNotOlder', ages } };
	return { ok: true, reason: { kind: 'age', ages, years: age.years } };
}

type Outcome = { fits: true; reasons: FitReason[] } | { fits: false; miss: Miss; near: boolean } | { fits: false; miss: null };

/** One offer against the question: a fit, one near miss, or too far off to show. */
function judgeOffer(offer: FundOffer, question: FinderQuestion, applicantFits: boolean, applicants: readonly FundApplicant[]): Outcome {
	const needFits = offer.needs.includes(question.need);
	const related = needFits ? [] : offer.needs.filter((need) => relatedNeeds[question.need].includes(need));
	if (!needFits && related.length === 0) return { fits: false, miss: null };
	const age = checkAge(offer.ages, question.age);
	const misses: { miss: Miss; near: boolean }[] = [];
	if (!needFits) misses.push({ miss: { kind: 'relatedNeed', needs: related }, near: true });
	if (!age.ok) misses.push({ miss: age.miss, near: age.near });
	if (!applicantFits) misses.push({ miss: { kind: 'applicant', applicants }, near: true });
	if (misses.length === 0 && age.ok) {
		return { fits: true, reasons: [{ kind: 'need', need: question.need }, age.reason, { kind: 'applicant', applicant: question.applicant }] };
	}
	if (misses.length > 1) return { fits: false, miss: null };
	return { fits: false, ...misses[0]! };
}

function nextFor(miss: Miss): NextStep {
	switch (miss.kind) {
		case 'applicant':
			return { kind: 'askApplicant', applicants: miss.applicants };
		case 'tooYoung':
			return { kind: 'applyFromAge', age: miss.ages.from };
		case 'tooOld':
			return { kind: 'lookElsewhere' };
		case 'relatedNeed':
			return { kind: 'askAboutNeed', needs: miss.needs };
	}
}

/**
 * The funds that fit the question, each with its reasons and the next step, and those that almost
 * fit, each with the one reason they do not. A fund with several offers (clothing for every child,
 * birthday boxes for primary-school age) is judged by its best offer. Fits keep the order of
 * `funds`; near misses are ordered by kind of miss, then by that order, so the answer is stable.
 */
export function matchFunds<F extends FundCriteria>(funds: readonly F[], question: FinderQuestion): FinderAnswer<F> {
	const fits: Fit<F>[] = [];
	const almost: (NearMiss<F> & { order: number })[] = [];
	funds.forEach((fund, order) => {
		const applicantFits = fund.applicants.includes(question.applicant);
		const outcomes = fund.offers.map((offer) => judgeOffer(offer, question, applicantFits, fund.applicants));
		const fit = outcomes.find((o) => o.fits);
		if (fit?.fits) {
			fits.push({ fund, reasons: fit.reasons, next: { kind: 'apply', applicant: question.applicant } });
			return;
		}
		const near = outcomes
			.flatMap((o) => (!o.fits && o.miss && o.near ? [o.miss] : []))
			.sort((a, b) => missOrder[a.kind] - missOrder[b.kind])[0];
		if (near) almost.push({ fund, whyNot: near, next: nextFor(near), order });
	});
	almost.sort((a, b) => missOrder[a.whyNot.kind] - missOrder[b.whyNot.kind] || a.order - b.order);
	return { fits, almost: almost.map(({ order: _order, ...rest }) => rest) };
}

/** What is wrong with a typed age. */
export type AgeProblem = 'notANumber' | 'negative' | 'tooHigh';

/** The highest age the finder takes: funds stop long before, but a typo should get a clear answer, not a silent miss. */
export const maxChildAge = 99;

/**
 * A typed age: "9", "4.5" and "4,5" (a Dutch decimal comma), "18+" (eighteen or older), with or
 * without "jaar"/"years" after it. Empty is no age. Anything else is a problem the form names.
 */
export function parseChildAge(typed: string): { ok: true; age: ChildAge | null } | { ok: false; problem: AgeProblem } {
	const text = typed.trim().toLowerCase();
	if (text === '') return { ok: true, age: null };
	const match = /^(-?)\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*(\+?)\s*(?:jaar|jr\.?|j|years?|yrs?|y)?\s*(\+?)$/u.exec(text);
	if (!match) return { ok: false, problem: 'notANumber' };
	const [, minus, whole, fraction, plusBefore, plusAfter] = match;
	if (minus) return { ok: false, problem: 'negative' };
	const years = Number(`${whole}.${fraction ?? '0'}`);
	if (years > maxChildAge) return { ok: false, problem: 'tooHigh' };
	return { ok: true, age: { years, orOlder: plusBefore === '+' || plusAfter === '+' } };
}
