import { describe, expect, it } from 'vitest';
import { matchFunds, type FinderQuestion } from '../domain/eligibility';
import { fundApplicants, fundNeeds, type FundApplicant, type FundNeed } from '../domain/fundVocabularies';
import { isNationalFundId, nationalFund, nationalFundIds, nationalFunds } from './funds';

const ask = (years: number | null, need: FundNeed, applicant: FundApplicant): FinderQuestion => ({
	age: years === null ? null : { years, orOlder: false },
	need,
	applicant
});
const ids = (list: { fund: { id: string } }[]) => list.map((entry) => entry.fund.id);

describe('the national funds of seed 004', () => {
	it('has one fund per id, in the order of the ids', () => {
		expect(nationalFunds.map((fund) => fund.id)).toEqual([...nationalFundIds]);
		expect(nationalFund('jarigeJob')?.name).toBe('Stichting Jarige Job');
		expect(nationalFund('toString')).toBeNull();
		expect(isNationalFundId('constructor')).toBe(false);
	});

	it('gives every fund an offer with needs, sound ages, applicants and a web link or none', () => {
		for (const fund of nationalFunds) {
			expect(fund.offers.length, fund.id).toBeGreaterThan(0);
			expect(fund.applicants.length, fund.id).toBeGreaterThan(0);
			for (const offer of fund.offers) {
				expect(offer.needs.length, fund.id).toBeGreaterThan(0);
				if (offer.ages) expect(offer.ages.from <= offer.ages.to, fund.id).toBe(true);
			}
			if (fund.link !== null) expect(fund.link, fund.id).toMatch(/^https?:\/\//);
		}
	});

	it('has at least one fund for every need and every applicant', () => {
		for (const need of fundNeeds) expect(nationalFunds.some((fund) => fund.offers.some((offer) => offer.needs.includes(need))), need).toBe(true);
		for (const applicant of fundApplicants) expect(nationalFunds.some((fund) => fund.applicants.includes(applicant)), applicant).toBe(true);
	});

	it('keeps the ages of seed 004: Leergeld 4 to 18, Jeugdfonds under 18, Kinderhulp under 21, Jarige Job 4 to 12', () => {
		const ages = (id: string) => nationalFund(id)!.offers[0]!.ages;
		expect(ages('leergeld')).toEqual({ from: 4, to: 17 });
		expect(ages('jeugdfondsSportCultuur')).toEqual({ from: 0, to: 17 });
		expect(ages('kinderhulp')).toEqual({ from: 0, to: 20 });
		expect(ages('jarigeJob')).toEqual({ from: 4, to: 12 });
		expect(nationalFund('jeugdeducatiefonds')!.applicants).toEqual(['school']);
		expect(nationalFund('urgenteNoden')!.applicants).toEqual(['intermediary']);
		expect(nationalFund('leergeld')!.applicants).toEqual(['parent']);
	});
});

describe('matchFunds over the national funds', () => {
	it('never lists a fund twice, as a fit and as almost', () => {
		for (const fund of nationalFunds) {
			for (const need of fund.offers.flatMap((o) => o.needs)) {
				const answer = matchFunds(nationalFunds, ask(9, need, 'intermediary'));
				const all = [...ids(answer.fits), ...ids(answer.almost)];
				expect(new Set(all).size).toBe(all.length);
			}
		}
	});

	it('finds Jarige Job for a child of 9 whose parent applies for a birthday', () => {
		const answer = matchFunds(nationalFunds, ask(9, 'birthday', 'parent'));
		expect(ids(answer.fits)).toEqual(['jarigeJob']);
		expect(ids(answer.almost)).toEqual(['uitgesteldeKinderfeestjes', 'kinderenVanDeVoedselbank', 'kansarmeKinderen']);
	});

	it('finds Leergeld for a parent, and names Jeugdfonds Sport & Cultuur as almost: an intermediary applies there', () => {
		const answer = matchFunds(nationalFunds, ask(9, 'sportCulture', 'parent'));
		expect(ids(answer.fits)).toEqual(['leergeld']);
		expect(answer.almost.slice(0, 3).map((a) => a.fund.id)).toEqual(['jeugdfondsSportCultuur', 'kinderhulp', 'jeugdeducatiefonds']);
	});

	it('finds Kinderhulp for a young person of 20 and no longer at 21', () => {
		expect(ids(matchFunds(nationalFunds, ask(20, 'laptop', 'intermediary')).fits)).toEqual(['kinderhulp']);
		expect(ids(matchFunds(nationalFunds, ask(21, 'laptop', 'intermediary')).fits)).toEqual([]);
	});

	it('sends a laptop for a primary-school child through the school', () => {
		expect(ids(matchFunds(nationalFunds, ask(8, 'laptop', 'school')).fits)).toEqual(['jeugdeducatiefonds']);
	});
});

