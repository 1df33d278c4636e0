import { describe, it, expect } from 'vitest';
import { compositionAdvice, type Advice, type CompositionInput, type PersonTraits } from './composition';
import type { Background } from './vocabularies';

let nextId = 0;
function person(traits: Partial<PersonTraits> = {}): PersonTraits {
	nextId += 1;
	return {
		id: `p${nextId}`,
		livedExperience: false,
		experienceExpert: false,
		leadsGroups: false,
		background: 'professional',
		affiliation: null,
		workField: null,
		...traits
	};
}

const resident = (traits: Partial<PersonTraits> = {}) =>
	person({ background: 'resident', livedExperience: true, ...traits });

function many(count: number, background: Background = 'professional'): PersonTraits[] {
	return Array.from({ length: count }, () => person({ background }));
}

/** A group that meets every rule of seed 000 §3.1: 10 people, 3 residents, 4 backgrounds. */
function goodGroup(): PersonTraits[] {
	return [
		resident(),
		resident(),
		resident(),
		person({ background: 'volunteer' }),
		person({ background: 'civilServant' }),
		...many(4),
		person({ background: 'volunteer' })
	];
}

const goodDuo = (): PersonTraits[] => [
	person({ background: 'professional', leadsGroups: true }),
	resident({ experienceExpert: true })
];

function input(overrides: Partial<CompositionInput> = {}): CompositionInput {
	return {
		kind: 'ontmoetingen',
		mode: 'onLocation',
		participants: goodGroup(),
		facilitators: goodDuo(),
		partnerOrganisations: [],
		...overrides
	};
}

const codes = (advice: Advice[]) => advice.map((a) => a.code);

/** A good group cut short or topped up with professionals; the first 5 already cover 3 backgrounds. */
function groupOfSize(size: number): PersonTraits[] {
	const base = goodGroup();
	return size <= base.length ? base.slice(0, size) : [...base, ...many(size - base.length)];
}

describe('compositionAdvice: a well composed Ontmoetingen series', () => {
	it('gives no advice', () => {
		expect(compositionAdvice(input())).toEqual([]);
	});
});

describe('group size', () => {
	it('warns below 8 and not at 8', () => {
		expect(compositionAdvice(input({ participants: groupOfSize(7) }))).toContainEqual({
			code: 'tooFewParticipants',
			severity: 'warning',
			params: { count: 7, min: 8 }
		});
		expect(codes(compositionAdvice(input({ participants: groupOfSize(8) })))).not.toContain(
			'tooFewParticipants'
		);
	});

	it('warns above 12 on location and not at 12', () => {
		expect(compositionAdvice(input({ participants: groupOfSize(13) }))).toContainEqual({
			code: 'tooManyParticipants',
			severity: 'warning',
			params: { count: 13, max: 12 }
		});
		expect(compositionAdvice(input({ participants: groupOfSize(12) }))).toEqual([]);
	});

	it('warns above 8 online and not at 8, without a second size warning', () => {
		expect(compositionAdvice(input({ mode: 'online', participants: groupOfSize(13) }))).toEqual([
			{ code: 'tooManyOnline', severity: 'warning', params: { count: 13, max: 8 } }
		]);
		expect(compositionAdvice(input({ mode: 'online', participants: groupOfSize(9) }))).toEqual([
			{ code: 'tooManyOnline', severity: 'warning', params: { count: 9, max: 8 } }
		]);
		expect(compositionAdvice(input({ mode: 'online', participants: groupOfSize(8) }))).toEqual([]);
	});

	it('applies the same limits to the action-learning series', () => {
		expect(
			codes(compositionAdvice(input({ kind: 'actionLearning', participants: groupOfSize(13) })))
		).toEqual(['tooManyParticipants']);
		expect(
			codes(compositionAdvice(input({ kind: 'actionLearning', participants: groupOfSize(7) })))
		).toEqual(['tooFewParticipants']);
	});
});

describe('lived experience in the group', () => {
	const withResidents = (n: number) => [
		...Array.from({ length: n }, () => resident()),
		...many(3),
		...many(3, 'volunteer'),
		...many(10 - n - 6, 'civilServant')
	];

	it('warns below 2', () => {
		expect(compositionAdvice(input({ participants: withResidents(1) }))).toEqual([
			{ code: 'tooFewLivedExperience', severity: 'warning', params: { count: 1, min: 2 } }
		]);
		expect(codes(compositionAdvice(input({ participants: withResidents(0) })))).toEqual([
			'tooFewLivedExperience'
		]);
	});

	it('gives a tip at exactly 2, nothing at 3', () => {
		expect(compositionAdvice(input({ participants: withResidents(2) }))).toEqual([
			{ code: 'moreLivedExperienceAdvised', severity: 'tip', params: { count: 2, advised: 3 } }
		]);
		expect(compositionAdvice(input({ participants: withResidents(3) }))).toEqual([]);
	});

	it('counts a trained experience expert of any background', () => {
		const participants = [
			resident(),
			person({ background: 'professional', experienceExpert: true }),
			person({ background: 'volunteer', livedExperience: true }),
			...many(4),
			...many(3, 'civilServant')
		];
		expect(compositionAdvice(input({ participants }))).toEqual([]);
	});
});

describe('varied backgrounds', () => {
	it('warns with fewer than 3 backgrounds, listing those present', () => {
		const participants = [resident(), resident(), resident(), ...many(7)];
		expect(compositionAdvice(input({ participants }))).toEqual([
			{
				code: 'fewBackgrounds',
				severity: 'warning',
				params: { count: 2, min: 3, backgrounds: 'resident, professional' }
			}
		]);
	});

	it('is content with exactly 3 backgrounds', () => {
		const participants = [
			resident(),
			resident(),
			resident(),
			...many(6),
			person({ background: 'student' })
		];
		expect(compositionAdvice(input({ participants }))).toEqual([]);
	});
});

describe('the facilitator duo', () => {
	it('warns with one or three facilitators and says how many there are', () => {
		const one = compositionAdvice(input({ facilitators: [resident({ leadsGroups: true })] }));
		expect(one).toEqual([
			{ code: 'facilitatorCount', severity: 'warning', params: { count: 1, expected: 2 } }
		]);
		const three = compositionAdvice(input({ facilitators: [...goodDuo(), person()] }));
		expect(three).toEqual([
			{ code: 'facilitatorCount', severity: 'warning', params: { count: 3, expected: 2 } }
		]);
	});

	it('warns about every missing quality when there are no facilitators yet', () => {
		expect(codes(compositionAdvice(input({ facilitators: [] })))).toEqual([
			'facilitatorCount',
			'noFacilitatorWithLivedExperience',
			'noFacilitatorLeadsGroups'
		]);
	});

	it('warns when neither facilitator has lived experience', () => {
		const facilitators = [person({ leadsGroups: true }), person()];
		expect(codes(compositionAdvice(input({ facilitators })))).toEqual([
			'noFacilitatorWithLivedExperience',
			'duoMix'
		]);
	});

	it('counts lived experience or training as experience expert', () => {
		const lived = [person({ leadsGroups: true }), resident()];
		expect(codes(compositionAdvice(input({ facilitators: lived })))).toEqual(['duoMix']);
		const trained = [
			person({ leadsGroups: true }),
			person({ background: 'volunteer', experienceExpert: true })
		];
		expect(compositionAdvice(input({ facilitators: trained }))).toEqual([]);
	});

	it('warns when no facilitator is experienced in leading groups', () => {
		const facilitators = [person(), resident({ experienceExpert: true })];
		expect(compositionAdvice(input({ facilitators }))).toEqual([
			{ code: 'noFacilitatorLeadsGroups', severity: 'warning', params: {} }
		]);
	});

	it('tips a professional plus a trained experience expert, in either order', () => {
		const twoProfessionals = [person({ leadsGroups: true, livedExperience: true }), person()];
		expect(compositionAdvice(input({ facilitators: twoProfessionals }))).toEqual([
			{ code: 'duoMix', severity: 'tip', params: {} }
		]);
		const twoExperts = [
			resident({ experienceExpert: true, leadsGroups: true }),
			resident({ experienceExpert: true })
		];
		expect(codes(compositionAdvice(input({ facilitators: twoExperts })))).toEqual(['duoMix']);
		const reversed = [resident({ experienceExpert: true }), person({ leadsGroups: true })];
		expect(compositionAdvice(input({ facilitators: reversed }))).toEqual([]);
	});
});

describe('professional network', () => {
	const network = (overrides: Partial<CompositionInput> = {}) =>
		input({
			kind: 'professionalNetwork',
			participants: [
				person({ affiliation: 'Schuldhulp Oost' }),
				person({ affiliation: 'GGD Regio' }),
				person({ affiliation: 'Basisschool De Linde', experienceExpert: true }),
				...many(5)
			],
			facilitators: [person({ leadsGroups: true })],
			partnerOrganisations: ['Schuldhulp Oost', 'GGD Regio', 'Basisschool De Linde'],
			...overrides
		});

	it('gives no advice when every partner is there and an experience expert takes part', () => {
		expect(compositionAdvice(network())).toEqual([]);
	});

	it('does not warn above 12, also online, but does below 8', () => {
		const big = network().participants.concat(many(20));
		expect(compositionAdvice(network({ participants: big }))).toEqual([]);
		expect(compositionAdvice(network({ participants: big, mode: 'online' }))).toEqual([]);
		const small = network().participants.slice(0, 7);
		expect(codes(compositionAdvice(network({ participants: small })))).toEqual([
			'tooFewParticipants'
		]);
	});

	it('lists the partner organisations without a fixed participant, matched case-insensitively and trimmed', () => {
		const advice = compositionAdvice(
			network({
				partnerOrganisations: [
					'  schuldhulp oost ',
					'Woonstichting Thuis',
					'GGD REGIO',
					'Kerk Zuid',
					''
				]
			})
		);
		expect(advice).toEqual([
			{
				code: 'partnerWithoutParticipant',
				severity: 'warning',
				params: { count: 2, missing: 'Woonstichting Thuis, Kerk Zuid' }
			}
		]);
	});

	it('names a partner once even if it was entered twice', () => {
		const advice = compositionAdvice(
			network({ partnerOrganisations: ['Kerk Zuid', 'kerk zuid '] })
		);
		expect(advice).toEqual([
			{
				code: 'partnerWithoutParticipant',
				severity: 'warning',
				params: { count: 1, missing: 'Kerk Zuid' }
			}
		]);
	});

	it('warns without any trained experience expert, and counts one among the facilitators', () => {
		const participants = network().participants.map((p) => ({ ...p, experienceExpert: false }));
		expect(compositionAdvice(network({ participants }))).toEqual([
			{ code: 'noExperienceExpert', severity: 'warning', params: {} }
		]);
		const facilitators = [person({ leadsGroups: true }), person({ experienceExpert: true })];
		expect(compositionAdvice(network({ participants, facilitators }))).toEqual([]);
	});

	it('does not count lived experience without training as experience expert', () => {
		const participants = network().participants.map((p) => ({
			...p,
			experienceExpert: false,
			livedExperience: true
		}));
		expect(codes(compositionAdvice(network({ participants })))).toEqual(['noExperienceExpert']);
	});

	it('asks for someone who leads groups but not for a duo', () => {
		expect(codes(compositionAdvice(network({ facilitators: [] })))).toEqual([
			'noFacilitatorLeadsGroups'
		]);
		expect(compositionAdvice(network({ facilitators: many(3) }))).toEqual([
			{ code: 'noFacilitatorLeadsGroups', severity: 'warning', params: {} }
		]);
	});

	it('does not apply the resident and background rules', () => {
		expect(
			compositionAdvice(network({ participants: network().participants.concat(many(2)) }))
		).toEqual([]);
	});
});

describe('order of advice', () => {
	it('is size, group mix, facilitators, network', () => {
		const participants = [person({ affiliation: 'A' })];
		expect(codes(compositionAdvice(input({ participants, facilitators: [] })))).toEqual([
			'tooFewParticipants',
			'tooFewLivedExperience',
			'fewBackgrounds',
			'facilitatorCount',
			'noFacilitatorWithLivedExperience',
			'noFacilitatorLeadsGroups'
		]);
		expect(
			codes(
				compositionAdvice(
					input({
						kind: 'professionalNetwork',
						participants,
						facilitators: [],
						partnerOrganisations: ['B']
					})
				)
			)
		).toEqual([
			'tooFewParticipants',
			'noFacilitatorLeadsGroups',
			'partnerWithoutParticipant',
			'noExperienceExpert'
		]);
	});
});
