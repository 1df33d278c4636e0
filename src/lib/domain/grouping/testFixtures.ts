import fc from 'fast-check';
import { groupSizes } from './sizes';
import { scoreGrouping, type PlanScore } from './score';
import type { GroupingInput, GroupingParticipant, RoundGroups } from './types';

/** The Social Golfer Problem g-s-w: g groups of s people over w rounds, nobody absent. */
export function golfers(groups: number, size: number, rounds: number): GroupingInput {
	return {
		participants: Array.from({ length: groups * size }, (_, i) => ({ id: `g${i}`, expert: false, workField: null })),
		rounds: Array.from({ length: rounds }, () => ({ absent: [] })),
		groupSize: { min: size, max: size }
	};
}

/** A series of `rounds` meetings with nobody absent. */
export function series(
	participants: GroupingParticipant[],
	rounds: number,
	min: number,
	max: number
): GroupingInput {
	return { participants, rounds: Array.from({ length: rounds }, () => ({ absent: [] })), groupSize: { min, max } };
}

export function people(count: number, experts = 0, workFields: (string | null)[] = [null]): GroupingParticipant[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `p${i}`,
		expert: i < experts,
		workField: workFields[i % workFields.length] ?? null
	}));
}

/** Valid inputs of the given size range, with experts, work fields, absentees and history. */
export function inputs(maxPeople: number, maxRounds: number): fc.Arbitrary<GroupingInput> {
	return fc
		.record({
			participants: fc.array(
				fc.record({ expert: fc.boolean(), workField: fc.constantFrom(null, 'zorg', 'school', 'gemeente') }),
				{ minLength: 1, maxLength: maxPeople }
			),
			rounds: fc.integer({ min: 1, max: maxRounds }),
			min: fc.integer({ min: 1, max: 3 }),
			extra: fc.integer({ min: 0, max: 2 }),
			seed: fc.nat(),
			absentSeeds: fc.array(fc.nat(), { minLength: maxRounds, maxLength: maxRounds }),
			history: fc.array(fc.nat(), { maxLength: 2 })
		})
		.map(({ participants, rounds, min, extra, seed, absentSeeds, history }) => {
			const list = participants.map((p, i) => ({ id: `p${i}`, ...p }));
			const ids = list.map((p) => p.id);
			const absent = (bits: number) => ids.filter((_, i) => (bits >>> i) % 5 === 1 && i < 31);
			return {
				participants: list,
				rounds: Array.from({ length: rounds }, (_, r) => ({ absent: absent(absentSeeds[r] ?? 0) })),
				history: history.map((bits) => chunk(ids.filter((_, i) => (bits >>> i) % 3 !== 0), min + extra)),
				groupSize: { min, max: min + extra },
				seed
			};
		});
}

function chunk(ids: string[], size: number): string[][] {
	return Array.from({ length: Math.ceil(ids.length / size) }, (_, g) => ids.slice(g * size, g * size + size));
}

/** All ways to split `ids` into groups of the given sizes, each way once. */
export function partitions(ids: string[], sizes: number[]): string[][][] {
	if (ids.length === 0) return [[]];
	const [first, ...rest] = ids as [string, ...string[]];
	const results: string[][][] = [];
	for (const size of new Set(sizes)) {
		const remaining = [...sizes];
		remaining.splice(remaining.indexOf(size), 1);
		for (const mates of combinations(rest, size - 1)) {
			const others = rest.filter((id) => !mates.includes(id));
			for (const tail of partitions(others, remaining)) results.push([[first, ...mates], ...tail]);
		}
	}
	return results;
}

function combinations(items: string[], k: number): string[][] {
	if (k === 0) return [[]];
	return items.flatMap((item, i) => combinations(items.slice(i + 1), k - 1).map((tail) => [item, ...tail]));
}

/** The best plan by brute force: most groups with an expert, then distinct pairs, then fewest clashes. */
export function exhaustiveBest(input: GroupingInput): PlanScore {
	const perRound = input.rounds.map(({ absent }) => {
		const present = input.participants.map((p) => p.id).filter((id) => !absent.includes(id));
		return partitions(present, groupSizes(present.length, input.groupSize.min, input.groupSize.max));
	});
	let best: PlanScore | null = null;
	const visit = (r: number, plan: RoundGroups[]): void => {
		if (r === perRound.length) {
			const score = scoreGrouping(input.participants, input.history ?? [], plan);
			if (best === null || compare(score, best) < 0) best = score;
			return;
		}
		for (const round of perRound[r]!) visit(r + 1, [...plan, round]);
	};
	visit(0, []);
	return best!;
}

function compare(x: PlanScore, y: PlanScore): number {
	return (
		x.groupsWithoutExpert - y.groupsWithoutExpert ||
		y.distinctPairs - x.distinctPairs ||
		x.workFieldClashes - y.workFieldClashes
	);
}
