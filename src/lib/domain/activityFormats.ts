import type { GroupForm } from './vocabularies';

/**
 * An organisation's own activity format as its form reads it and the repository saves it: the one
 * declaration of that shape. The built-in formats (`content/activityFormats.ts`) carry both
 * languages; an own format is written once, in the organisation's own words.
 */
export interface OwnFormatDetails {
	name: string;
	purpose: string;
	minutes: number;
	groupForm: GroupForm;
	/** For `smallGroups` only: the largest group. */
	maxGroupSize: number | null;
	materials: string[];
	steps: string[];
	prompts: string[];
	onlineVariant: string | null;
}

/** Every key of `OwnFormatDetails` once, in the form's order: the compiler refuses a missing or extra one. */
const ownFormatFields = {
	name: true,
	purpose: true,
	minutes: true,
	groupForm: true,
	maxGroupSize: true,
	materials: true,
	steps: true,
	prompts: true,
	onlineVariant: true
} satisfies Record<keyof OwnFormatDetails, true>;
export const ownFormatDetailKeys = Object.keys(ownFormatFields) as (keyof OwnFormatDetails)[];

/** Seed 000 §4 and seed 002: small groups hold at most five; fewer than two is no group. */
export const smallGroupSize = { min: 2, max: 5 } as const;

export type OwnFormatRefusal = 'groupSizeMissing';

/**
 * The format as it is kept: a largest group only where the format works in small groups (a size
 * typed before switching to another group form is dropped, not refused), and it must be there
 * for small groups, because making groups for that part needs it.
 */
export function settleOwnFormat(details: OwnFormatDetails): { ok: true; details: OwnFormatDetails } | { ok: false; refusal: OwnFormatRefusal } {
	if (details.groupForm !== 'smallGroups') return { ok: true, details: { ...details, maxGroupSize: null } };
	if (details.maxGroupSize === null) return { ok: false, refusal: 'groupSizeMissing' };
	return { ok: true, details };
}
