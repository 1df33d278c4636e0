import type { Problem } from './problem';
import type { Random } from './random';
import { keepsExperts, type SearchState } from './searchState';

export interface Swap {
	round: number;
	a: number;
	b: number;
	/** Change of `distinct pairs × weight − work-field clashes`. */
	delta: number;
}

/** Buffers reused between steps, so a step allocates nothing. */
export interface MoveScratch {
	/** Per (round, person): value lost when the person leaves their group. */
	leave: Float64Array;
	/** Per (round, person): 1 when they met a groupmate before or share a groupmate's work field. */
	conflicted: Uint8Array;
	/** Per group of the round at hand: value gained when the person at hand joins it. */
	join: Float64Array;
}

export function createScratch(problem: Problem): MoveScratch {
	const n = problem.ids.length;
	const groups = problem.rounds.reduce((most, round) => Math.max(most, round.sizes.length), 0);
	return {
		leave: new Float64Array(problem.rounds.length * n),
		conflicted: new Uint8Array(problem.rounds.length * n),
		join: new Float64Array(groups)
	};
}

export interface SwapSearch {
	weight: number;
	/** Whether the swap of a and b in round r is tabu at this step. */
	isTabu: (r: number, a: number, b: number) => boolean;
	/** Tabu swaps are still taken when they reach this value (aspiration). */
	aspiration: number;
	current: number;
}

/**
 * The best swap that moves someone in conflict, ties broken at random, and the number of swaps
 * looked at. A swap's value is split into what each person loses by leaving (computed once per
 * step) and gains by joining (once per person and group), so each candidate costs one pass over
 * the conflicted person's group; after Dotú & Van Hentenryck's conflict-directed neighbourhood.
 */
export function bestSwap(
	problem: Problem,
	state: SearchState,
	scratch: MoveScratch,
	search: SwapSearch,
	random: Random
): { swap: Swap | null; evaluated: number; conflicts: number } {
	const { n, met } = state;
	const { workField, expert } = problem;
	const { leave, conflicted, join } = scratch;
	const weight = search.weight;
	const conflicts = markConflicts(problem, state, scratch, weight);
	let swap: Swap | null = null;
	let ties = 0;
	let evaluated = 0;
	if (conflicts === 0) return { swap, evaluated, conflicts };
	for (const [r, { members, start, groupOf }] of state.rounds.entries()) {
		const base = r * n;
		for (let i = 0; i < members.length; i++) {
			const a = members[i]!;
			if (conflicted[base + a] === 0) continue;
			const ga = groupOf[a]!;
			const da = workField[a]!;
			const rowA = a * n;
			join.fill(0);
			for (let k = 0; k < members.length; k++) {
				const y = members[k]!;
				const gy = groupOf[y]!;
				if (gy === ga) continue;
				join[gy]! += (met[rowA + y] === 0 ? weight : 0) - (da >= 0 && workField[y] === da ? 1 : 0);
			}
			const leaveA = leave[base + a]!;
			for (let k = 0; k < members.length; k++) {
				const b = members[k]!;
				const gb = groupOf[b]!;
				if (gb === ga || (conflicted[base + b] === 1 && b < a)) continue;
				if (expert[a] !== expert[b] && !keepsExperts(problem, state, r, a, b)) continue;
				const db = workField[b]!;
				const rowB = b * n;
				const shared = (met[rowA + b] === 0 ? weight : 0) - (da >= 0 && db === da ? 1 : 0);
				let gain = join[gb]! - shared - leaveA - leave[base + b]!;
				for (let x = start[ga]!, end = start[ga + 1]!; x < end; x++) {
					const other = members[x]!;
					if (other === a) continue;
					gain += (met[rowB + other] === 0 ? weight : 0) - (db >= 0 && workField[other] === db ? 1 : 0);
				}
				evaluated++;
				if (swap !== null && gain < swap.delta) continue;
				if (search.isTabu(r, a, b) && search.current + gain <= search.aspiration) continue;
				if (swap === null || gain > swap.delta) {
					swap = { round: r, a, b, delta: gain };
					ties = 1;
				} else if (random.below(++ties) === 0) swap = { round: r, a, b, delta: gain };
			}
		}
	}
	return { swap, evaluated, conflicts };
}

/** Fills `leave` and `conflicted` for every planned round; returns how many are in conflict. */
function markConflicts(
	problem: Problem,
	state: SearchState,
	scratch: MoveScratch,
	weight: number
): number {
	const { n, met } = state;
	const workField = problem.workField;
	const { leave, conflicted } = scratch;
	let count = 0;
	for (const [r, { members, start }] of state.rounds.entries()) {
		for (let g = 0; g + 1 < start.length; g++) {
			const end = start[g + 1]!;
			for (let i = start[g]!; i < end; i++) {
				const a = members[i]!;
				const da = workField[a]!;
				let single = 0;
				let repeated = 0;
				let clashes = 0;
				for (let j = start[g]!; j < end; j++) {
					const b = members[j]!;
					if (a === b) continue;
					const times = met[a * n + b]!;
					if (times === 1) single++;
					else repeated++;
					if (da >= 0 && workField[b] === da) clashes++;
				}
				leave[r * n + a] = single * weight - clashes;
				const inConflict = repeated > 0 || clashes > 0 ? 1 : 0;
				conflicted[r * n + a] = inConflict;
				count += inConflict;
			}
		}
	}
	return count;
}
