import { workFieldClashFloor, pairSlots, upperBound } from './bound';
import { greedyGroups } from './greedy';
import { localSearch } from './localSearch';
import { buildProblem, type Problem } from './problem';
import { createRandom } from './random';
import { rotationalStart } from './rotational';
import { scoreGrouping } from './score';
import type { Clock, GroupingInput, GroupingOutcome, RoundGroups } from './types';
import { findInputError } from './validate';

export { groupSizes } from './sizes';
export { scoreGrouping, type PlanScore } from './score';
export { MAX_PARTICIPANTS, MAX_ROUNDS } from './validate';
export { DEFAULT_SEED } from './problem';
export type * from './types';

export const DEFAULT_TIME_LIMIT_MS = 10_000;

/** Swap evaluations per unit of instance size; see `searchBudget`. */
const EVALUATIONS_PER_UNIT = 2_000;
const MAX_EVALUATIONS = 60_000_000;
/** The rotational start of a uniform plan may use three times the search's evaluations … */
const ROTATIONAL_SHARE = 3;
/** … and most of the time left, since a cut-short search from it still keeps its start. */
const ROTATIONAL_SHARE_OF_TIME = 0.9;

/**
 * Plans groups for every round (issue 3): whole-plan local search from a greedy start, and
 * for a uniform plan that search stops short of the bound, once more from a rotational start
 * (`rotational.ts`), keeping the better. Deterministic: the same input and seed give the same
 * groups, because the searches stop on counts, never on time: when the plan reaches both bounds,
 * when it stops improving, or on an evaluation budget derived from the instance. Only when a
 * clock is passed does `timeLimitMs` (default 10 s) cap the run as a safety net; a result cut
 * short that way carries a `timeLimitReached` note, as it may differ between runs and machines.
 */
export function makeGroups(input: GroupingInput, clock?: Clock): GroupingOutcome {
	const error = findInputError(input);
	if (error) return { ok: false, error };
	const { problem, notes } = buildProblem(input);
	const random = createRandom(problem.seed);
	const bound = upperBound(problem);
	const slots = problem.rounds.reduce((sum, round) => sum + pairSlots(round.sizes), 0);
	const timeLimitMs = input.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
	const startedAt = clock?.() ?? 0;
	const timeLeft = (): number => timeLimitMs - ((clock?.() ?? 0) - startedAt);
	const limits = {
		evaluations: searchBudget(problem),
		target: bound * (slots + 1) - workFieldClashFloor(problem),
		weight: slots + 1,
		clock
	};
	let search = localSearch(problem, greedyGroups(problem, random), random, { ...limits, timeLimitMs });
	let timedOut = search.timedOut;
	if (search.value < limits.target && !timedOut) {
		const rotational = rotationalStart(problem, random, {
			evaluations: ROTATIONAL_SHARE * searchBudget(problem),
			floor: slots - bound,
			clock,
			timeLimitMs: timeLeft() * ROTATIONAL_SHARE_OF_TIME
		});
		if (rotational) {
			const second = localSearch(problem, rotational.groups, random, { ...limits, timeLimitMs: timeLeft() });
			if (second.value > search.value) search = second;
			timedOut = rotational.timedOut || second.timedOut;
		}
	}
	if (timedOut) notes.push({ code: 'timeLimitReached', timeLimitMs });
	const rounds = search.groups.map((round) => toIds(problem, round));
	const { distinctPairs, groupsWithoutExpert, workFieldClashes } = scoreGrouping(
		input.participants,
		input.history ?? [],
		rounds
	);
	const score = { distinctPairs, upperBound: bound, groupsWithoutExpert, workFieldClashes };
	return { ok: true, result: { rounds, score, notes } };
}

/**
 * One unit is the cost of looking at every swap of one round once (present²), so a meeting of
 * twelve gets a few tens of milliseconds and a 32-person, 10-round plan about a second.
 */
function searchBudget(problem: Problem): number {
	const units = problem.rounds.reduce((sum, round) => sum + round.present.length ** 2, 0);
	return Math.min(MAX_EVALUATIONS, EVALUATIONS_PER_UNIT * units);
}

/** Members in participant order, groups by their first member, so output reads stably. */
function toIds(problem: Problem, round: number[][]): RoundGroups {
	return round
		.map((group) => [...group].sort((a, b) => a - b))
		.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
		.map((group) => group.map((i) => problem.ids[i]!));
}
