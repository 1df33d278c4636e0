import type { Problem } from './problem';

/** One planned round as flat arrays, so a swap and its score change cost a few array reads. */
export interface RoundState {
	/** Participant indices, group after group. */
	members: Int32Array;
	/** Where each group starts in `members`; one extra entry closes the last group. */
	start: Int32Array;
	/** Group of each participant, -1 when absent. */
	groupOf: Int32Array;
	/** Position of each participant in `members`. */
	slotOf: Int32Array;
	/** Experts per group. */
	experts: Int32Array;
}

/** The whole plan being searched, with the pair-meeting counts kept up to date. */
export interface SearchState {
	n: number;
	rounds: RoundState[];
	/** Meetings per pair, history included, n × n, symmetric. */
	met: Int32Array;
	distinctPairs: number;
	workFieldClashes: number;
}

export function createSearchState(problem: Problem, groups: readonly number[][][]): SearchState {
	const n = problem.ids.length;
	const rounds = groups.map((round) => {
		const members = Int32Array.from(round.flat());
		const start = new Int32Array(round.length + 1);
		const groupOf = new Int32Array(n).fill(-1);
		const slotOf = new Int32Array(n).fill(-1);
		const experts = new Int32Array(round.length);
		let slot = 0;
		for (const [g, group] of round.entries()) {
			start[g] = slot;
			for (const person of group) {
				groupOf[person] = g;
				slotOf[person] = slot++;
				experts[g]! += problem.expert[person]!;
			}
		}
		start[round.length] = slot;
		return { members, start, groupOf, slotOf, experts };
	});
	const state: SearchState = { n, rounds, met: new Int32Array(0), distinctPairs: 0, workFieldClashes: 0 };
	recount(problem, state);
	return state;
}

/** Recomputes the meeting counts and both scores from the groups. */
export function recount(problem: Problem, state: SearchState): void {
	const { n, rounds } = state;
	const met = Int32Array.from(problem.history);
	let clashes = 0;
	for (const { members, start } of rounds) {
		for (let g = 0; g + 1 < start.length; g++) {
			for (let i = start[g]!; i < start[g + 1]!; i++) {
				const a = members[i]!;
				for (let j = i + 1; j < start[g + 1]!; j++) {
					const b = members[j]!;
					met[a * n + b]! += 1;
					met[b * n + a]! += 1;
					if (problem.workField[a]! >= 0 && problem.workField[a] === problem.workField[b]) clashes++;
				}
			}
		}
	}
	let distinct = 0;
	for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (met[a * n + b]! > 0) distinct++;
	state.met = met;
	state.distinctPairs = distinct;
	state.workFieldClashes = clashes;
}

/**
 * Whether a and b may trade places without fewer groups having an expert: the expert rule
 * comes first (issue 3), so the search never gives up coverage for more pairs.
 */
export function keepsExperts(
	problem: Problem,
	state: SearchState,
	r: number,
	a: number,
	b: number
): boolean {
	const ea = problem.expert[a]!;
	if (ea === problem.expert[b]) return true;
	const { experts, groupOf } = state.rounds[r]!;
	const losing = ea === 1 ? groupOf[a]! : groupOf[b]!;
	const gaining = ea === 1 ? groupOf[b]! : groupOf[a]!;
	return experts[losing]! > 1 || experts[gaining] === 0;
}

export function applySwap(problem: Problem, state: SearchState, r: number, a: number, b: number): void {
	const { n, met } = state;
	const round = state.rounds[r]!;
	const { members, start, groupOf, slotOf, experts } = round;
	const workField = problem.workField;
	const ga = groupOf[a]!;
	const gb = groupOf[b]!;
	let pairs = 0;
	let clashes = 0;
	const move = (mover: number, from: number, to: number, partner: number): void => {
		const dm = workField[mover]!;
		for (let k = start[from]!; k < start[from + 1]!; k++) {
			const x = members[k]!;
			if (x === mover) continue;
			met[mover * n + x]! -= 1;
			met[x * n + mover]! -= 1;
			if (met[mover * n + x] === 0) pairs--;
			if (dm >= 0 && workField[x] === dm) clashes--;
		}
		for (let k = start[to]!; k < start[to + 1]!; k++) {
			const y = members[k]!;
			if (y === partner) continue;
			if (met[mover * n + y] === 0) pairs++;
			met[mover * n + y]! += 1;
			met[y * n + mover]! += 1;
			if (dm >= 0 && workField[y] === dm) clashes++;
		}
	};
	move(a, ga, gb, b);
	move(b, gb, ga, a);
	const slotA = slotOf[a]!;
	const slotB = slotOf[b]!;
	members[slotA] = b;
	members[slotB] = a;
	slotOf[a] = slotB;
	slotOf[b] = slotA;
	groupOf[a] = gb;
	groupOf[b] = ga;
	const shift = problem.expert[a]! - problem.expert[b]!;
	experts[ga]! -= shift;
	experts[gb]! += shift;
	state.distinctPairs += pairs;
	state.workFieldClashes += clashes;
}

/** The groups as participant indices, round by round. */
export function groupsOfState(state: SearchState): number[][][] {
	return state.rounds.map(({ members, start }) =>
		Array.from({ length: start.length - 1 }, (_, g) =>
			Array.from(members.subarray(start[g]!, start[g + 1]!))
		)
	);
}
