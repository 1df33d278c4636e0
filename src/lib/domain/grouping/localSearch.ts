import type { Problem } from './problem';
import type { Random } from './random';
import { bestSwap, createScratch, type SwapSearch } from './moves';
import { applySwap, createSearchState, keepsExperts, groupsOfState, type SearchState } from './searchState';
import type { Clock } from './types';

export interface SearchLimits {
	/** Swap evaluations allowed; deterministic, so the same seed gives the same groups. */
	evaluations: number;
	/** Value at which nothing better exists (both bounds reached). */
	target: number;
	/** Weight of one distinct pair against one work-field clash. */
	weight: number;
	/** Optional wall-clock cap, the only source of run-to-run variation. */
	clock?: Clock;
	timeLimitMs: number;
}

export interface SearchOutcome {
	groups: number[][][];
	/** Distinct pairs × weight − work-field clashes of `groups`. */
	value: number;
	timedOut: boolean;
}

/**
 * Whole-plan tabu search after Dotú & Van Hentenryck, "Scheduling social golfers locally"
 * (CPAIOR 2005): each step takes the best swap of two people in different groups of one round,
 * where one of them has a repeated meeting or a same-work-field partner; a swapped pair may not
 * swap back in that round for a random tenure; when the best plan stops improving, the search
 * restarts from it with a few random swaps, and after 30 such restarts without gain it stops.
 */
export function localSearch(
	problem: Problem,
	start: number[][][],
	random: Random,
	limits: SearchLimits
): SearchOutcome {
	const n = problem.ids.length;
	const roundCount = problem.rounds.length;
	const state = createSearchState(problem, start);
	const value = (): number => state.distinctPairs * limits.weight - state.workFieldClashes;
	let best = groupsOfState(state);
	let bestValue = value();
	const tabu = new Int32Array(roundCount * n * n);
	const startedAt = limits.clock?.() ?? 0;
	const stall = 5 * n + 100;
	const patience = 30 * stall;
	let evaluations = 0;
	let iteration = 0;
	let lastGain = 0;
	let lastBest = 0;
	let timedOut = false;
	const movable = problem.rounds.flatMap((round, r) => (round.sizes.length > 1 ? [r] : []));
	if (movable.length === 0) return { groups: best, value: bestValue, timedOut };

	const scratch = createScratch(problem);
	const search: SwapSearch = {
		weight: limits.weight,
		isTabu: (r, a, b) => tabu[(r * n + a) * n + b]! > iteration,
		aspiration: bestValue,
		current: bestValue
	};

	const going = (): boolean =>
		bestValue < limits.target && evaluations < limits.evaluations && iteration - lastBest <= patience;
	while (going()) {
		if (limits.clock && iteration % 64 === 0 && limits.clock() - startedAt > limits.timeLimitMs) {
			timedOut = true;
			break;
		}
		search.aspiration = bestValue;
		search.current = value();
		const step = bestSwap(problem, state, scratch, search, random);
		if (step.conflicts === 0) break;
		evaluations += step.evaluated + 1;
		iteration++;
		const swap = step.swap;
		if (swap) {
			applySwap(problem, state, swap.round, swap.a, swap.b);
			const until = iteration + 4 + random.below(n + 10);
			tabu[(swap.round * n + swap.a) * n + swap.b] = until;
			tabu[(swap.round * n + swap.b) * n + swap.a] = until;
		}
		if (value() > bestValue) {
			bestValue = value();
			best = groupsOfState(state);
			lastGain = iteration;
			lastBest = iteration;
		} else if (!swap || iteration - lastGain > stall) {
			restartNear(problem, state, best, movable, random);
			lastGain = iteration;
		}
	}
	return { groups: best, value: bestValue, timedOut };
}

/** Back to the best plan found, shaken by a few random swaps that keep the expert rule. */
function restartNear(
	problem: Problem,
	state: SearchState,
	best: number[][][],
	movable: number[],
	random: Random
): void {
	const fresh = createSearchState(problem, best);
	state.rounds = fresh.rounds;
	state.met = fresh.met;
	state.distinctPairs = fresh.distinctPairs;
	state.workFieldClashes = fresh.workFieldClashes;
	const swaps = 2 + random.below(Math.max(2, Math.ceil(state.n / 8)));
	for (let s = 0; s < swaps; s++) {
		const r = movable[random.below(movable.length)]!;
		const { members, groupOf } = state.rounds[r]!;
		const a = members[random.below(members.length)]!;
		const b = members[random.below(members.length)]!;
		if (groupOf[a] === groupOf[b] || !keepsExperts(problem, state, r, a, b)) continue;
		applySwap(problem, state, r, a, b);
	}
}
