import type { PersonDetails } from './people';
import { backgrounds, type SeriesKind, type SeriesMode } from './vocabularies';

/** What the composition advice reads of a person. */
export type PersonTraits = { id: string } & Pick<
	PersonDetails,
	'livedExperience' | 'experienceExpert' | 'leadsGroups' | 'background' | 'affiliation' | 'workField'
>;

/** Parameters per advice code; the UI turns them into text (see $lib/presentation/adviceText). */
export type AdviceParams = {
	tooFewParticipants: { count: number; min: number };
	tooManyParticipants: { count: number; max: number };
	tooManyOnline: { count: number; max: number };
	tooFewLivedExperience: { count: number; min: number };
	moreLivedExperienceAdvised: { count: number; advised: number };
	/** `backgrounds`: the background codes present, comma-joined in vocabulary order. */
	fewBackgrounds: { count: number; min: number; backgrounds: string };
	facilitatorCount: { count: number; expected: number };
	noFacilitatorWithLivedExperience: Record<never, never>;
	noFacilitatorLeadsGroups: Record<never, never>;
	duoMix: Record<never, never>;
	/** `missing`: the partner organisations without a participant, comma-joined as entered. */
	partnerWithoutParticipant: { count: number; missing: string };
	noExperienceExpert: Record<never, never>;
};

export type AdviceCode = keyof AdviceParams;
export type AdviceSeverity = 'warning' | 'tip';

export type Advice<C extends AdviceCode = AdviceCode> = {
	[K in C]: { code: K; severity: AdviceSeverity; params: AdviceParams[K] };
}[C];

export type CompositionInput = {
	kind: SeriesKind;
	mode: SeriesMode;
	participants: PersonTraits[];
	facilitators: PersonTraits[];
	partnerOrganisations: string[];
};

type KindRules = {
	minParticipants: number;
	maxParticipants: number | null;
	maxOnline: number | null;
	mixedGroup: boolean;
	duo: boolean;
	network: boolean;
};

const groupRules: KindRules = {
	// seed 000 §3.1: 8 to 12 participants; online at most 8.
	minParticipants: 8,
	maxParticipants: 12,
	maxOnline: 8,
	mixedGroup: true,
	duo: true,
	network: false
};

const rulesByKind: Record<SeriesKind, KindRules> = {
	ontmoetingen: groupRules,
	// seed 001 §2: the same group and the same duo carry on into the follow-up meetings.
	actionLearning: groupRules,
	// seed 002: the network talks in subgroups of at most five that change every session, so a big
	// group (also online) is normal and there is no upper limit. Below 8 there are too few people to
	// keep meeting new ones. It is mostly professionals, so the resident and background rules give
	// way to its own: a fixed participant per partner and an experience expert. It has a project team
	// rather than a fixed duo, so only "someone leads groups" applies to its facilitators.
	professionalNetwork: {
		minParticipants: 8,
		maxParticipants: null,
		maxOnline: null,
		mixedGroup: false,
		duo: false,
		network: true
	}
};

// seed 000 §3.1: at least two residents with lived experience, three is better.
const minLivedExperience = 2;
const advisedLivedExperience = 3;
// seed 000 §3.1 wants the group as mixed as possible and names residents, professionals and
// volunteers at the least: three backgrounds.
const minBackgrounds = 3;
const facilitatorsExpected = 2;

const hasLivedExperience = (p: PersonTraits) => p.livedExperience || p.experienceExpert;
const normalise = (name: string) => name.trim().toLocaleLowerCase('nl');

function sizeAdvice(rules: KindRules, mode: SeriesMode, count: number): Advice[] {
	if (count < rules.minParticipants) {
		return [
			{
				code: 'tooFewParticipants',
				severity: 'warning',
				params: { count, min: rules.minParticipants }
			}
		];
	}
	if (mode === 'online' && rules.maxOnline !== null && count > rules.maxOnline) {
		return [
			{ code: 'tooManyOnline', severity: 'warning', params: { count, max: rules.maxOnline } }
		];
	}
	if (rules.maxParticipants !== null && count > rules.maxParticipants) {
		return [
			{
				code: 'tooManyParticipants',
				severity: 'warning',
				params: { count, max: rules.maxParticipants }
			}
		];
	}
	return [];
}

function mixedGroupAdvice(participants: PersonTraits[]): Advice[] {
	const advice: Advice[] = [];
	// Any participant with lived experience counts (seed 000 §3.1 also says "deelnemers"), and a
	// trained experience expert has it by definition.
	const lived = participants.filter(hasLivedExperience).length;
	if (lived < minLivedExperience) {
		advice.push({
			code: 'tooFewLivedExperience',
			severity: 'warning',
			params: { count: lived, min: minLivedExperience }
		});
	} else if (lived < advisedLivedExperience) {
		advice.push({
			code: 'moreLivedExperienceAdvised',
			severity: 'tip',
			params: { count: lived, advised: advisedLivedExperience }
		});
	}
	const present = backgrounds.filter((b) => participants.some((p) => p.background === b));
	if (present.length < minBackgrounds) {
		advice.push({
			code: 'fewBackgrounds',
			severity: 'warning',
			params: { count: present.length, min: minBackgrounds, backgrounds: present.join(', ') }
		});
	}
	return advice;
}

function facilitatorAdvice(rules: KindRules, facilitators: PersonTraits[]): Advice[] {
	const advice: Advice[] = [];
	if (rules.duo) {
		// seed 000 §3.1: two facilitators, at least one with personal experience of poverty.
		if (facilitators.length !== facilitatorsExpected) {
			advice.push({
				code: 'facilitatorCount',
				severity: 'warning',
				params: { count: facilitators.length, expected: facilitatorsExpected }
			});
		}
		if (!facilitators.some(hasLivedExperience)) {
			advice.push({ code: 'noFacilitatorWithLivedExperience', severity: 'warning', params: {} });
		}
	}
	if (!facilitators.some((f) => f.leadsGroups)) {
		advice.push({ code: 'noFacilitatorLeadsGroups', severity: 'warning', params: {} });
	}
	if (
		rules.duo &&
		facilitators.length === facilitatorsExpected &&
		!isProfessionalAndExpertDuo(facilitators)
	) {
		// seed 000 §2: "beroepskracht én ervaringsdeskundige" works best.
		advice.push({ code: 'duoMix', severity: 'tip', params: {} });
	}
	return advice;
}

function isProfessionalAndExpertDuo([a, b]: PersonTraits[]): boolean {
	if (!a || !b) return false;
	const fits = (expert: PersonTraits, professional: PersonTraits) =>
		expert.experienceExpert && professional.background === 'professional';
	return fits(a, b) || fits(b, a);
}

function networkAdvice(input: CompositionInput): Advice[] {
	const advice: Advice[] = [];
	// seed 002 "De agenda's": at least one fixed participant per organisation, for continuity.
	const represented = new Set(
		input.participants.flatMap((p) => (p.affiliation === null ? [] : [normalise(p.affiliation)]))
	);
	const seen = new Set<string>();
	const missing: string[] = [];
	for (const name of input.partnerOrganisations) {
		const key = normalise(name);
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		if (!represented.has(key)) missing.push(name.trim());
	}
	if (missing.length > 0) {
		advice.push({
			code: 'partnerWithoutParticipant',
			severity: 'warning',
			params: { count: missing.length, missing: missing.join(', ') }
		});
	}
	// seed 002 "Indeling": an experience expert in every subgroup, so at least one is needed.
	if (![...input.participants, ...input.facilitators].some((p) => p.experienceExpert)) {
		advice.push({ code: 'noExperienceExpert', severity: 'warning', params: {} });
	}
	return advice;
}

/**
 * The guide's composition advice for a series. Advice only, never a reason to block saving:
 * seed 000 §3.1 ("Variaties") calls its own rules a description of what worked, not rules. Results come in a fixed order: group size,
 * group mix, facilitators, then the professional-network rules.
 */
export function compositionAdvice(input: CompositionInput): Advice[] {
	const rules = rulesByKind[input.kind];
	return [
		...sizeAdvice(rules, input.mode, input.participants.length),
		...(rules.mixedGroup ? mixedGroupAdvice(input.participants) : []),
		...facilitatorAdvice(rules, input.facilitators),
		...(rules.network ? networkAdvice(input) : [])
	];
}
