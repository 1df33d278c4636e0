import { domainClashFloor, pairSlots, upperBound } from './bound';
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
/** The rotational start of a uniform plan may use twice the search's evaluations … */
const ROTATIONAL_SHARE = 2;
/** … and most of the time limit, since the search from it is short. */
const ROTATIONAL_SHARE_OF_TIME = 0.7;

/**
 * Plans groups for every round (issue 3): a start (the rotational one for uniform plans, else
 * the greedy one), then whole-schedule local search. Deterministic: the same input and seed give the same
 * groups, because the search stops on counts, never on time: when the plan reaches both bounds,
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
	const weight = problem.rounds.reduce((sum, round) => sum + pairSlots(round.sizes), 0) + 1;
	const timeLimitMs = input.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
	const startedAt = clock?.() ?? 0;
	const rotational = rotationalStart(problem, random, {
		evaluations: ROTATIONAL_SHARE * searchBudget(problem),
		clock,
		timeLimitMs: timeLimitMs * ROTATIONAL_SHARE_OF_TIME
	});
	const search = localSearch(problem, rotational?.groups ?? greedyGroups(problem, random), random, {
		evaluations: searchBudget(problem),
		target: bound * weight - domainClashFloor(problem),
		weight,
		clock,
		timeLimitMs: timeLimitMs - ((clock?.() ?? 0) - startedAt)
	});
	if (rotational?.timedOut || search.timedOut) notes.push({ code: 'timeLimitReached', timeLimitMs });
	const rounds = search.groups.map((round) => toIds(problem, round));
	const { distinctPairs, groupsWithoutExpert, domainClashes } = scoreGrouping(
		input.participants,
		input.history ?? [],
		rounds
	);
	const score = { distinctPairs, upperBound: bound, groupsWithoutExpert, domainClashes };
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
