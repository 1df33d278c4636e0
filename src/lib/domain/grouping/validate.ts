import type { GroupingError, GroupingInput } from './types';

/** Keeps the pair matrices (participants² per round) small enough for a phone or a small server. */
export const MAX_PARTICIPANTS = 250;
export const MAX_ROUNDS = 60;

/** The first reason the input cannot be grouped as given, or null when it can. */
export function findInputError(input: GroupingInput): GroupingError | null {
	const { min, max } = input.groupSize;
	if (!Number.isInteger(min) || !Number.isInteger(max)) {
		return { code: 'groupSizeNotWhole', min, max };
	}
	if (min < 1) return { code: 'minBelowOne', min };
	if (max < min) return { code: 'maxBelowMin', min, max };
	if (input.timeLimitMs !== undefined && !(input.timeLimitMs > 0)) {
		return { code: 'invalidTimeLimit', timeLimitMs: input.timeLimitMs };
	}
	if (input.seed !== undefined && !Number.isSafeInteger(input.seed)) {
		return { code: 'invalidSeed', seed: input.seed };
	}
	if (input.participants.length > MAX_PARTICIPANTS) {
		return { code: 'tooManyParticipants', count: input.participants.length, max: MAX_PARTICIPANTS };
	}
	if (input.rounds.length > MAX_ROUNDS) {
		return { code: 'tooManyRounds', count: input.rounds.length, max: MAX_ROUNDS };
	}
	const known = new Set<string>();
	for (const participant of input.participants) {
		if (known.has(participant.id)) return { code: 'duplicateParticipant', id: participant.id };
		known.add(participant.id);
	}
	// An unknown absentee is most likely a typo, and grouping the real absentee would be wrong.
	for (const [round, planned] of input.rounds.entries()) {
		const unknown = planned.absent.find((id) => !known.has(id));
		if (unknown !== undefined) return { code: 'unknownAbsent', round, id: unknown };
	}
	return null;
}
