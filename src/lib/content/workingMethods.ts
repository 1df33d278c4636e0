import type { Localised } from './localised';
import { signallingMethods } from './methods/signalling';
import { supportingMethods } from './methods/supporting';
import { stimulatingMethods } from './methods/stimulating';

/**
 * The three groups of working methods (werkwijzen) in seed 004 part 2, in the guide's order:
 * signalling and discussing poverty, supporting so every child can take part, and stimulating
 * children, young people and parents for their chances later.
 */
export const workingMethodGroups = ['signalling', 'supporting', 'stimulating'] as const;
export type WorkingMethodGroup = (typeof workingMethodGroups)[number];

/**
 * The fourteen working methods of seed 004 part 2, in the guide's order. These ids are stable:
 * pages use them in addresses (`/methods/<id>`) and other content (the funds) links to them.
 */
export const workingMethodIds = [
	// signalling (seed 004 §2.1)
	'buildingRelationship',
	'recognisingAndDiscussing',
	'socialEnvironment',
	// supporting (seed 004 §2.2)
	'integralSupport',
	'parentingSupport',
	'informalSupport',
	'materialSupport',
	'financialSelfReliance',
	'debtSupport',
	// stimulating (seed 004 §2.3)
	'financialEducation',
	'healthyLifestyle',
	'resilience',
	'extraLearning',
	'participation'
] as const;
export type WorkingMethodId = (typeof workingMethodIds)[number];

export const isWorkingMethodId = (value: string): value is WorkingMethodId => (workingMethodIds as readonly string[]).includes(value);

/** A heading in a method's "how" with the concrete practices under it. */
export interface PracticeGroup {
	heading: Localised;
	practices: Localised<string[]>;
}

/**
 * One working method, in our own words. Every text is about what a professional or volunteer does
 * in general; nothing here is about, or can be filled in for, one person.
 */
export interface WorkingMethod {
	id: WorkingMethodId;
	group: WorkingMethodGroup;
	name: Localised;
	/** What it is, in a sentence or two. */
	what: Localised;
	/** Why it matters: paragraphs. */
	why: Localised<string[]>;
	/** How: the concrete practices, under the guide's own headings. */
	how: PracticeGroup[];
	/** Working together with others around the family. */
	together: Localised;
	/** What it needs from the organisation and the municipality. */
	preconditions: Localised;
	/** Methods the guide refers to from this one ("see also"), in the order it does. */
	related: WorkingMethodId[];
	/** A whole group the guide refers to ("see the supporting methods"). */
	relatedGroups: WorkingMethodGroup[];
	/** Whether the guide points to the signals list from here. */
	signals: boolean;
	/** Whether the guide points to the overview of funds from here (for the funds finder to link). */
	funds: boolean;
	/** Where in the seeds the facts come from. */
	source: string;
}

/** The name and one-line aim of each group, for the overview page. */
export const workingMethodGroupTexts: Record<WorkingMethodGroup, { name: Localised; aim: Localised }> = {
	signalling: {
		name: { nl: 'Signaleren', en: 'Signalling' },
		aim: {
			nl: 'Armoede op tijd zien en er open over praten, zodat geen kind, jongere of ouder buiten beeld blijft.',
			en: 'Seeing poverty in time and talking about it openly, so no child, young person or parent stays out of sight.'
		}
	},
	supporting: {
		name: { nl: 'Ondersteunen', en: 'Supporting' },
		aim: {
			nl: 'Gezinnen helpen met wat nu nodig is, zodat alle kinderen en jongeren kunnen meedoen.',
			en: 'Helping families with what is needed now, so all children and young people can take part.'
		}
	},
	stimulating: {
		name: { nl: 'Stimuleren', en: 'Stimulating' },
		aim: {
			nl: 'Kinderen, jongeren en ouders sterker maken voor later, zodat armoede niet van ouder op kind overgaat.',
			en: 'Making children, young people and parents stronger for later, so poverty is not passed on from parent to child.'
		}
	}
};

/** All fourteen, in the guide's order. */
export const workingMethods: readonly WorkingMethod[] = [...signallingMethods, ...supportingMethods, ...stimulatingMethods];

/** One method by its id. */
export const workingMethod = (id: WorkingMethodId): WorkingMethod => workingMethods.find((method) => method.id === id)!;

/** The methods of one group, in the guide's order. */
export const methodsInGroup = (group: WorkingMethodGroup): WorkingMethod[] => workingMethods.filter((method) => method.group === group);

/** The methods that refer to `id`: the other direction of `related`. */
export const methodsReferringTo = (id: WorkingMethodId): WorkingMethodId[] =>
	workingMethods.filter((method) => method.related.includes(id)).map((method) => method.id);
