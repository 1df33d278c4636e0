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

export type PersonTraits = {
	id: string;
	/** Lives or lived in poverty; not necessarily trained. */
	livedExperience: boolean;
	/** Trained to use experiential knowledge (a formal qualification). */
	experienceExpert: boolean;
	leadsGroups: boolean;
	background: Background;
	/** Name of the organisation the person takes part for, if any. */
	affiliation: string | null;
	domain: Domain | null;
};
