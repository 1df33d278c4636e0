export const backgrounds = [
	'resident',
	'professional',
	'volunteer',
	'civilServant',
	'manager',
	'student'
] as const;
export type Background = (typeof backgrounds)[number];

export const domains = [
	'debtHelp',
	'youth',
	'education',
	'housing',
	'health',
	'socialWork',
	'municipality',
	'faithCommunity',
	'other'
] as const;
export type Domain = (typeof domains)[number];

export const seriesKinds = ['ontmoetingen', 'actionLearning', 'professionalNetwork'] as const;
export type SeriesKind = (typeof seriesKinds)[number];

export const seriesModes = ['onLocation', 'online'] as const;
export type SeriesMode = (typeof seriesModes)[number];

export const regionKinds = ['neighbourhood', 'village', 'city', 'municipality'] as const;
export type RegionKind = (typeof regionKinds)[number];

export const seriesRoles = ['participant', 'facilitator'] as const;
export type SeriesRole = (typeof seriesRoles)[number];

/**
 * A person's details: the one declaration of a person's shape. The person form's schema is checked
 * against it, the repository saves it, the edit form's snapshot and values are made from it.
 */
export interface PersonDetails {
	name: string;
	background: Background;
	/** Name of the organisation the person takes part for, if any. */
	affiliation: string | null;
	domain: Domain | null;
	/** Lives or lived in poverty; not necessarily trained. */
	livedExperience: boolean;
	/** Trained to use experiential knowledge (a formal qualification). */
	experienceExpert: boolean;
	leadsGroups: boolean;
	email: string | null;
	phone: string | null;
}

/** Every key of `PersonDetails` once, in the form's order: the compiler refuses a missing or extra one. */
const personDetailFields = {
	name: true,
	background: true,
	affiliation: true,
	domain: true,
	livedExperience: true,
	experienceExpert: true,
	leadsGroups: true,
	email: true,
	phone: true
} satisfies Record<keyof PersonDetails, true>;

export const personDetailKeys = Object.keys(personDetailFields) as (keyof PersonDetails)[];

export type PersonTraits = { id: string } & Pick<
	PersonDetails,
	'livedExperience' | 'experienceExpert' | 'leadsGroups' | 'background' | 'affiliation' | 'domain'
>;
