import type { FundNeed } from '../domain/fundVocabularies';
import { nationalFunds, type NationalFund } from './funds';
import type { WorkingMethodId } from './workingMethods';

/*
 * Which working methods of seed 004 a need for money serves, so a method's page names the funds
 * that pay for it and a fund's page the methods it helps (issue #13: the methods "linked to the
 * funds"). Seed 004 points from material support, financial self-reliance, extra learning, a
 * healthy lifestyle and participation to the overview of funds; the need decides which.
 */
export const methodsForNeed: Readonly<Record<FundNeed, readonly WorkingMethodId[]>> = {
	school: ['extraLearning', 'materialSupport'],
	sportCulture: ['participation', 'healthyLifestyle'],
	birthday: ['participation', 'materialSupport'],
	holiday: ['participation'],
	clothing: ['materialSupport'],
	bike: ['participation', 'materialSupport'],
	laptop: ['extraLearning', 'materialSupport'],
	urgent: ['materialSupport', 'debtSupport'],
	baby: ['materialSupport', 'parentingSupport'],
	pet: ['materialSupport']
};

/** The methods a fund helps, in the methods' own order, each once. */
export function methodsOfFund(fund: NationalFund): WorkingMethodId[] {
	const ids = new Set(fund.offers.flatMap((offer) => offer.needs.flatMap((need) => methodsForNeed[need])));
	return [...ids];
}

/** The national funds that pay for something a method asks, in the funds' own order. */
export function fundsOfMethod(id: WorkingMethodId): NationalFund[] {
	return nationalFunds.filter((fund) => methodsOfFund(fund).includes(id));
}
