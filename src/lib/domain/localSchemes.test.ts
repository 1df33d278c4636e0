import { describe, expect, it } from 'vitest';
import { matchFunds } from './eligibility';
import { localSchemeCriteria, settleLocalScheme, type LocalSchemeDetails } from './localSchemes';

const kindpakket: LocalSchemeDetails = {
	name: 'Kindpakket',
	description: 'Een budget per kind voor kleding, sport en school.',
	needs: ['clothing', 'sportCulture', 'school'],
	ageFrom: 0,
	ageTo: 17,
	applicants: ['parent'],
	incomeLimitPercent: 120,
	conditions: null,
	howToApply: 'Via de website van de gemeente.',
	link: null
};

describe('settleLocalScheme', () => {
	it('keeps a full range, and no range as any age', () => {
		expect(settleLocalScheme(kindpakket)).toEqual({ ok: true, details: kindpakket });
		expect(settleLocalScheme({ ...kindpakket, ageFrom: null, ageTo: null })).toEqual({ ok: true, details: { ...kindpakket, ageFrom: null, ageTo: null } });
	});

	it('reads one age as "from" or "up to"', () => {
		expect(settleLocalScheme({ ...kindpakket, ageFrom: null, ageTo: 17 })).toMatchObject({ ok: true, details: { ageFrom: 0, ageTo: 17 } });
		expect(settleLocalScheme({ ...kindpakket, ageFrom: 4, ageTo: null })).toMatchObject({ ok: true, details: { ageFrom: 4, ageTo: 30 } });
	});

	it('refuses an upper end below the lower one, and takes one age for both', () => {
		expect(settleLocalScheme({ ...kindpakket, ageFrom: 12, ageTo: 4 })).toEqual({ ok: false, refusal: 'agesReversed' });
		expect(settleLocalScheme({ ...kindpakket, ageFrom: 12, ageTo: 12 }).ok).toBe(true);
	});
});

describe('localSchemeCriteria', () => {
	it('makes one offer the finder matches like a national fund', () => {
		const criteria = localSchemeCriteria('k', kindpakket);
		expect(criteria).toEqual({ id: 'k', offers: [{ needs: kindpakket.needs, ages: { from: 0, to: 17 } }], applicants: ['parent'] });
		expect(matchFunds([criteria], { age: { years: 9, orOlder: false }, need: 'clothing', applicant: 'parent' }).fits).toHaveLength(1);
		expect(localSchemeCriteria('k', { ...kindpakket, ageFrom: null, ageTo: null }).offers[0]!.ages).toBeNull();
	});
});
