import { groupSizes } from './sizes';
import type { GroupingInput, GroupingNote, GroupingParticipant } from './types';

export const DEFAULT_SEED = 20240403;

/** One round to plan, in participant indices. */
export interface PlannedRound {
	present: number[];
	/** Group sizes, largest first. */
	sizes: number[];
	expertsPresent: number;
}

/** The validated input in index form, which the search works on. */
export interface Problem {
	ids: readonly string[];
	/** 1 for an experience expert. */
	expert: Uint8Array;
	/** Work-field number, or -1 for none. */
	workField: Int32Array;
	rounds: PlannedRound[];
	/** How often each pair met in the rounds already held, n × n, symmetric. */
	history: Int32Array;
	seed: number;
}

/** Builds the index form of input that passed `findInputError`, with notes about what it found. */
export function buildProblem(input: GroupingInput): { problem: Problem; notes: GroupingNote[] } {
	const notes: GroupingNote[] = [];
	const participants = input.participants;
	const index = new Map(participants.map((p, i) => [p.id, i]));
	const history = buildHistory(input, index, notes);
	const rounds = input.rounds.map((planned, round) => {
		const absent = new Set<string>();
		for (const id of planned.absent) {
			if (absent.has(id)) notes.push({ code: 'duplicateAbsent', round, id });
			absent.add(id);
		}
		const present = participants.flatMap((p, i) => (absent.has(p.id) ? [] : [i]));
		const sizes = groupSizes(present.length, input.groupSize.min, input.groupSize.max);
		const expertsPresent = present.filter((i) => participants[i]?.expert).length;
		return { present, sizes, expertsPresent };
	});
	notes.push(...roundNotes(rounds, input.groupSize.min, participants));
	return {
		problem: {
			ids: participants.map((p) => p.id),
			expert: Uint8Array.from(participants, (p) => (p.expert ? 1 : 0)),
			workField: workFieldNumbers(participants),
			rounds,
			history,
			seed: input.seed ?? DEFAULT_SEED
		},
		notes
	};
}

function buildHistory(input: GroupingInput, index: Map<string, number>, notes: GroupingNote[]): Int32Array {
	const n = input.participants.length;
	const met = new Int32Array(n * n);
	for (const [round, groups] of (input.history ?? []).entries()) {
		const seen = new Set<string>();
		for (const group of groups) {
			const members: number[] = [];
			for (const id of group) {
				if (seen.has(id)) notes.push({ code: 'duplicateInHistory', round, id });
				seen.add(id);
				const i = index.get(id);
				if (i === undefined) notes.push({ code: 'unknownInHistory', round, id });
				else if (!members.includes(i)) members.push(i);
			}
			for (const a of members) for (const b of members) if (a !== b) met[a * n + b]! += 1;
		}
	}
	return met;
}

function workFieldNumbers(participants: readonly GroupingParticipant[]): Int32Array {
	const numbers = new Map<string, number>();
	return Int32Array.from(participants, (p) => {
		if (p.workField === null) return -1;
		const known = numbers.get(p.workField);
		if (known !== undefined) return known;
		numbers.set(p.workField, numbers.size);
		return numbers.size - 1;
	});
}

function roundNotes(
	rounds: PlannedRound[],
	min: number,
	participants: readonly GroupingParticipant[]
): GroupingNote[] {
	const notes: GroupingNote[] = [];
	const anyExpert = participants.some((p) => p.expert);
	if (!anyExpert && rounds.length > 0 && participants.length > 0) notes.push({ code: 'noExperts' });
	for (const [round, { present, sizes, expertsPresent }] of rounds.entries()) {
		if (present.length === 0) {
			notes.push({ code: 'nobodyPresent', round });
			continue;
		}
		if (present.length < min) notes.push({ code: 'belowMinimum', round, present: present.length, min });
		else {
			const smallest = sizes[sizes.length - 1] ?? 0;
			if (smallest < min) notes.push({ code: 'groupsBelowMinimum', round, size: smallest, min });
		}
		if (anyExpert && expertsPresent < sizes.length) {
			notes.push({ code: 'notEnoughExperts', round, experts: expertsPresent, groups: sizes.length });
		}
	}
	return notes;
}
