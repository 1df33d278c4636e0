export interface GroupingParticipant {
	id: string;
	/** A trained experience expert (glossary: ervaringsdeskundige). */
	expert: boolean;
	/** Work field or background; `null` never clashes with anyone. */
	workField: string | null;
}

export interface RoundToPlan {
	absent: readonly string[];
}

export interface GroupSizeBounds {
	min: number;
	max: number;
}

/** One round as groups of participant ids. */
export type RoundGroups = string[][];

export interface GroupingInput {
	participants: readonly GroupingParticipant[];
	rounds: readonly RoundToPlan[];
	/** Rounds already held; every pair that shared a group counts as met. */
	history?: readonly (readonly (readonly string[])[])[];
	groupSize: GroupSizeBounds;
	/** Same input and seed give the same groups. */
	seed?: number;
	/** Wall-clock safety cap; only applies when a clock is passed to `makeGroups`. */
	timeLimitMs?: number;
}

export interface GroupingScore {
	/** Pairs that have shared a group at least once, history included. */
	distinctPairs: number;
	/** No grouping of these rounds can reach more distinct pairs than this. */
	upperBound: number;
	groupsWithoutExpert: number;
	/** Pairs in one group that share a (non-null) work field, summed over the planned rounds. */
	workFieldClashes: number;
}

/** Facts about the result for the UI to explain; codes, never prose. */
export type GroupingNote =
	| { code: 'nobodyPresent'; round: number }
	| { code: 'belowMinimum'; round: number; present: number; min: number }
	| { code: 'groupsBelowMinimum'; round: number; size: number; min: number }
	| { code: 'noExperts' }
	| { code: 'notEnoughExperts'; round: number; experts: number; groups: number }
	| { code: 'duplicateAbsent'; round: number; id: string }
	| { code: 'unknownInHistory'; round: number; id: string }
	| { code: 'duplicateInHistory'; round: number; id: string }
	| { code: 'timeLimitReached'; timeLimitMs: number };

export interface GroupingResult {
	rounds: RoundGroups[];
	score: GroupingScore;
	notes: GroupingNote[];
}

/** Input that cannot be grouped as given; each code says what to change. */
export type GroupingError =
	| { code: 'groupSizeNotWhole'; min: number; max: number }
	| { code: 'minBelowOne'; min: number }
	| { code: 'maxBelowMin'; min: number; max: number }
	| { code: 'duplicateParticipant'; id: string }
	| { code: 'unknownAbsent'; round: number; id: string }
	| { code: 'invalidTimeLimit'; timeLimitMs: number }
	| { code: 'invalidSeed'; seed: number }
	| { code: 'tooManyParticipants'; count: number; max: number }
	| { code: 'tooManyRounds'; count: number; max: number };

export type GroupingOutcome =
	| { ok: true; result: GroupingResult }
	| { ok: false; error: GroupingError };

/** Milliseconds from any fixed origin, e.g. `() => performance.now()`. */
export type Clock = () => number;
