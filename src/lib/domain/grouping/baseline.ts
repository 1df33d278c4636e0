import { buildProblem, type Problem } from './problem';
import { createRandom, type Random } from './random';
import { scoreGrouping, type PlanScore } from './score';
import type { GroupingInput, RoundGroups } from './types';
import { findInputError } from './validate';

/**
 * Groups at random with the right sizes and the expert rule, one expert per group as far as
 * they go: the yardstick the issue sets ("never worse than the best of 100 random groupings").
 */
export function randomGroups(problem: Problem, random: Random): number[][][] {
	return problem.rounds.map(({ present, sizes }) => {
		const experts = random.shuffle(present.filter((p) => problem.expert[p] === 1));
		const covered = Math.min(experts.length, sizes.length);
		const groups: number[][] = sizes.map((_, g) => (g < covered ? [experts[g]!] : []));
		const others = present.filter((p) => problem.expert[p] === 0);
		const rest = random.shuffle([...experts.slice(covered), ...others]);
		let next = 0;
		for (const [g, size] of sizes.entries()) {
			while (groups[g]!.length < size) groups[g]!.push(rest[next++]!);
		}
		return groups;
	});
}

/** The best of `tries` random groupings by distinct pairs, then fewest clashes; null if refused. */
export function bestOfRandomGroupings(
	input: GroupingInput,
	tries: number,
	seed: number
): PlanScore | null {
	if (findInputError(input)) return null;
	const { problem } = buildProblem(input);
	const random = createRandom(seed);
	let best: PlanScore | null = null;
	for (let t = 0; t < tries; t++) {
		const rounds: RoundGroups[] = randomGroups(problem, random).map((round) =>
			round.map((group) => group.map((i) => problem.ids[i]!))
		);
		const score = scoreGrouping(input.participants, input.history ?? [], rounds);
		if (
			best === null ||
			score.distinctPairs > best.distinctPairs ||
			(score.distinctPairs === best.distinctPairs && score.workFieldClashes < best.workFieldClashes)
		) {
			best = score;
		}
	}
	return best;
}
