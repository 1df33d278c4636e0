import { describe, expect, it } from 'vitest';
import { fundNeeds } from '../domain/fundVocabularies';
import { fundsOfMethod, methodsForNeed, methodsOfFund } from './fundMethods';
import { nationalFunds } from './funds';
import { workingMethod, workingMethodIds } from './workingMethods';

describe('the funds and the working methods, linked both ways', () => {
	it('gives every need a method, and every fund at least one', () => {
		for (const need of fundNeeds) expect(methodsForNeed[need].length, need).toBeGreaterThan(0);
		for (const fund of nationalFunds) expect(methodsOfFund(fund).length, fund.id).toBeGreaterThan(0);
	});

	it('names funds on every method whose text points to the funds, and only known methods', () => {
		// Three methods point to the funds in general (to discuss, to coordinate, to budget): their
		// page links to the finder, and no single need is theirs.
		for (const id of workingMethodIds) {
			if (workingMethod(id).funds && id !== 'recognisingAndDiscussing' && id !== 'integralSupport' && id !== 'financialSelfReliance') {
				expect(fundsOfMethod(id).length, id).toBeGreaterThan(0);
			}
		}
		for (const fund of nationalFunds) for (const id of methodsOfFund(fund)) expect(workingMethodIds).toContain(id);
	});

	it('reads the same both ways', () => {
		for (const fund of nationalFunds) for (const id of methodsOfFund(fund)) expect(fundsOfMethod(id)).toContain(fund);
	});
});
