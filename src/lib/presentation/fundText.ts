import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { AgeRange, ChildAge, FitReason, FundOffer, Miss, NextStep } from '$lib/domain/eligibility';
import type { FundApplicant, FundNeed } from '$lib/domain/fundVocabularies';

/** The funds finder's codes and answers in the reader's words (issue #13 item 3). */

export const fundNeedLabel = (need: FundNeed): string =>
	({
		school: m.funds_need_school(),
		sportCulture: m.funds_need_sportCulture(),
		birthday: m.funds_need_birthday(),
		holiday: m.funds_need_holiday(),
		clothing: m.funds_need_clothing(),
		bike: m.funds_need_bike(),
		laptop: m.funds_need_laptop(),
		urgent: m.funds_need_urgent(),
		baby: m.funds_need_baby(),
		pet: m.funds_need_pet()
	})[need];

export const fundApplicantLabel = (applicant: FundApplicant): string =>
	({
		parent: m.funds_applicant_parent(),
		intermediary: m.funds_applicant_intermediary(),
		school: m.funds_applicant_school(),
		organisation: m.funds_applicant_organisation()
	})[applicant];

/** A label inside a sentence: "Betaalt voor: sport of cultuur." */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);
/** A sentence or list item that starts with a label. */
export const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const list = (words: readonly string[]) => words.map(lowerFirst).join(m.funds_list_separator());
export const needList = (needs: readonly FundNeed[]) => list(needs.map(fundNeedLabel));
export const applicantList = (applicants: readonly FundApplicant[]) => list(applicants.map(fundApplicantLabel));

/** 4.5 as the reader writes it: "4,5" in Dutch. */
export const ageText = (years: number): string => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 2 }).format(years);

export const agesText = (ages: AgeRange | null): string => (ages ? m.funds_ages_value({ from: ages.from, to: ages.to }) : m.funds_ages_any());

/** A fund's ages, per offer when its offers differ. */
export function offersAgesText(offers: readonly FundOffer[]): string[] {
	const distinct = new Set(offers.map((offer) => agesText(offer.ages)));
	if (distinct.size <= 1) return [agesText(offers[0]?.ages ?? null)];
	return offers.map((offer) => m.funds_ages_per_offer({ needs: upperFirst(needList(offer.needs)), ages: agesText(offer.ages) }));
}

export function askedAgeText(age: ChildAge | null): string {
	if (!age) return m.funds_asked_no_age();
	return age.orOlder ? m.funds_asked_age_or_older({ age: ageText(age.years) }) : m.funds_asked_age({ age: ageText(age.years) });
}

export function reasonText(reason: FitReason): string {
	switch (reason.kind) {
		case 'need':
			return m.funds_reason_need({ need: lowerFirst(fundNeedLabel(reason.need)) });
		case 'age':
			return m.funds_reason_age({ from: reason.ages.from, to: reason.ages.to, age: ageText(reason.years) });
		case 'ageIfNotOlder':
			return m.funds_reason_age_if_not_older({ from: reason.ages.from, to: reason.ages.to });
		case 'ageNotGiven':
			return m.funds_reason_age_not_given({ from: reason.ages.from, to: reason.ages.to });
		case 'anyAge':
			return m.funds_reason_any_age();
		case 'applicant':
			return m.funds_reason_applicant({ applicant: lowerFirst(fundApplicantLabel(reason.applicant)) });
	}
}

export function missText(miss: Miss, need: FundNeed): string {
	switch (miss.kind) {
		case 'tooYoung':
			return m.funds_miss_too_young({ from: miss.ages.from, to: miss.ages.to });
		case 'tooOld':
			return m.funds_miss_too_old({ from: miss.ages.from, to: miss.ages.to });
		case 'applicant':
			return m.funds_miss_applicant({ applicants: applicantList(miss.applicants) });
		case 'relatedNeed':
			return m.funds_miss_related_need({ need: lowerFirst(fundNeedLabel(need)), needs: needList(miss.needs) });
	}
}

/** The next step in words; null for "apply", where the fund's own "how to apply" says it. */
export function nextStepText(step: NextStep): string | null {
	switch (step.kind) {
		case 'apply':
			return null;
		case 'askApplicant':
			return m.funds_next_ask_applicant({ applicants: applicantList(step.applicants) });
		case 'applyFromAge':
			return m.funds_next_apply_from_age({ age: step.age });
		case 'askAboutNeed':
			return m.funds_next_ask_about_need({ needs: needList(step.needs) });
		case 'lookElsewhere':
			return m.funds_next_look_elsewhere();
	}
}
