import type { Background, WorkField } from './vocabularies';

/**
 * A person's details: the one declaration of a person's shape. The person form's schema is checked
 * against it, the repository saves it, the edit form's snapshot and values are made from it, and the
 * composition advice reads its traits from it.
 */
export interface PersonDetails {
	name: string;
	background: Background;
	/** Name of the organisation the person takes part for, if any. */
	affiliation: string | null;
	workField: WorkField | null;
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
	workField: true,
	livedExperience: true,
	experienceExpert: true,
	leadsGroups: true,
	email: true,
	phone: true
} satisfies Record<keyof PersonDetails, true>;

export const personDetailKeys = Object.keys(personDetailFields) as (keyof PersonDetails)[];
