import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestOfRandomGroupings } from './baseline';
import { groupSizes } from './sizes';
import { makeGroups, scoreGrouping, type GroupingInput, type GroupingResult } from './index';
import { exhaustiveBest, golfers, inputs, people, series } from './testFixtures';

function grouped(input: GroupingInput): GroupingResult {
	const outcome = makeGroups(input);
	if (!outcome.ok) throw new Error(`refused: ${outcome.error.code}`);
	return outcome.result;
}

describe('makeGroups on the classic social golfer instances', () => {
	it.each([
		[3, 3, 4, 36],
		[5, 3, 7, 105],
		[4, 4, 5, 120]
	])('finds the perfect plan for %i groups of %i over %i rounds', (groups, size, rounds, pairs) => {
		for (const seed of [1, 2, 3]) {
			const result = grouped({ ...golfers(groups, size, rounds), seed });
			expect(result.score.distinctPairs).toBe(pairs);
			expect(result.score.upperBound).toBe(pairs);
		}
	});

	it('meets at least 470 of the 480 pairs for 32 people in fours over 10 rounds', () => {
		expect(grouped({ ...golfers(8, 4, 10), seed: 2 }).score.distinctPairs).toBeGreaterThanOrEqual(470);
	});
});

describe('makeGroups keeps the rules', () => {
	it('puts everyone present in exactly one group of the right size, and nobody absent', () => {
		fc.assert(
			fc.property(inputs(14, 4), (input) => {
				const result = grouped(input);
				expect(result.rounds).toHaveLength(input.rounds.length);
				for (const [r, round] of result.rounds.entries()) {
					const absent = new Set(input.rounds[r]!.absent);
					const present = input.participants.map((p) => p.id).filter((id) => !absent.has(id));
					expect(round.flat().sort()).toEqual([...present].sort());
					const sizes = round.map((group) => group.length).sort((a, b) => b - a);
					expect(sizes).toEqual(groupSizes(present.length, input.groupSize.min, input.groupSize.max));
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('gives every group an expert whenever there are enough, and otherwise one expert per group', () => {
		fc.assert(
			fc.property(inputs(14, 4), (input) => {
				const result = grouped(input);
				const expert = new Set(input.participants.filter((p) => p.expert).map((p) => p.id));
				for (const round of result.rounds) {
					const experts = round.flat().filter((id) => expert.has(id)).length;
					const covered = round.filter((group) => group.some((id) => expert.has(id))).length;
					expect(covered).toBe(Math.min(experts, round.length));
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('reports a score that matches the groups and stays within the bound', () => {
		fc.assert(
			fc.property(inputs(14, 4), (input) => {
				const { rounds, score } = grouped(input);
				const { upperBound, ...rest } = score;
				expect(rest).toEqual(scoreGrouping(input.participants, input.history ?? [], rounds));
				expect(score.distinctPairs).toBeLessThanOrEqual(upperBound);
			}),
			{ numRuns: 60 }
		);
	});

	it('is never worse than the best of 100 random groupings', () => {
		fc.assert(
			fc.property(inputs(16, 5), (input) => {
				const random = bestOfRandomGroupings(input, 100, 99);
				expect(grouped(input).score.distinctPairs).toBeGreaterThanOrEqual(random!.distinctPairs);
			}),
			{ numRuns: 25 }
		);
	});

	it('matches exhaustive search on tiny instances', () => {
		fc.assert(
			fc.property(inputs(7, 2), (input) => {
				const { groupsWithoutExpert, distinctPairs, workFieldClashes } = grouped(input).score;
				expect({ groupsWithoutExpert, distinctPairs, workFieldClashes }).toEqual(exhaustiveBest(input));
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the same groups for the same seed', () => {
		fc.assert(
			fc.property(inputs(14, 4), (input) => {
				expect(grouped(input)).toEqual(grouped(input));
			}),
			{ numRuns: 20 }
		);
	});
});

describe('makeGroups with experts, work fields and history', () => {
	it('never puts two experts together when there are as many experts as groups, and the bound knows', () => {
		const input = series(people(6, 2), 3, 3, 3);
		const result = grouped(input);
		for (const round of result.rounds) {
			for (const group of round) expect(group.filter((id) => id === 'p0' || id === 'p1')).toHaveLength(1);
		}
		// Without the expert rule the counting bound would allow 15 pairs.
		expect(result.score.upperBound).toBe(14);
		expect(result.score.distinctPairs).toBe(exhaustiveBest(input).distinctPairs);
	});

	it('knows that pairs with an expert each leave the others apart', () => {
		const input = series(people(8, 4), 5, 2, 2);
		const result = grouped(input);
		expect(result.score.upperBound).toBe(16);
		expect(result.score.distinctPairs).toBe(16);
	});

	it('spreads work fields when the pairs allow it', () => {
		const input = {
			participants: people(8, 0, ['zorg', 'school']),
			rounds: [{ absent: [] }],
			groupSize: { min: 2, max: 2 }
		};
		expect(grouped(input).score.workFieldClashes).toBe(0);
	});

	it('counts pairs from history as met and plans new meetings around them', () => {
		const history = [[['g0', 'g1', 'g2'], ['g3', 'g4', 'g5'], ['g6', 'g7', 'g8']]];
		const result = grouped({ ...golfers(3, 3, 3), history });
		expect(result.score.upperBound).toBe(36);
		expect(result.score.distinctPairs).toBe(36);
	});
});

describe('makeGroups with awkward input', () => {
	it('makes one group and says so when fewer are present than the minimum', () => {
		const result = grouped({ ...series(people(4, 1), 1, 4, 5), rounds: [{ absent: ['p3'] }] });
		expect(result.rounds).toEqual([[['p0', 'p1', 'p2']]]);
		expect(result.notes).toContainEqual({ code: 'belowMinimum', round: 0, present: 3, min: 4 });
	});

	it('says so when the maximum forces groups below the minimum', () => {
		const result = grouped({ participants: people(7), rounds: [{ absent: [] }], groupSize: { min: 3, max: 3 } });
		expect(result.notes).toContainEqual({ code: 'groupsBelowMinimum', round: 0, size: 2, min: 3 });
	});

	it('plans an empty round when everybody is absent', () => {
		const rounds = [{ absent: ['p0', 'p1', 'p2'] }, { absent: [] }];
		const result = grouped({ ...series(people(3), 2, 2, 3), rounds });
		expect(result.rounds[0]).toEqual([]);
		expect(result.rounds[1]).toEqual([['p0', 'p1', 'p2']]);
		expect(result.notes).toContainEqual({ code: 'nobodyPresent', round: 0 });
	});

	it('notes missing experts once when there are none, and per round when there are too few', () => {
		const none = grouped(series(people(6), 2, 2, 2));
		expect(none.notes).toEqual([{ code: 'noExperts' }]);
		expect(none.score.groupsWithoutExpert).toBe(6);
		const few = grouped({ participants: people(6, 1), rounds: [{ absent: [] }], groupSize: { min: 2, max: 2 } });
		expect(few.notes).toEqual([{ code: 'notEnoughExperts', round: 0, experts: 1, groups: 3 }]);
		expect(few.score.groupsWithoutExpert).toBe(2);
	});

	it('plans nothing for no rounds and no people', () => {
		expect(grouped({ participants: [], rounds: [], groupSize: { min: 2, max: 3 } }).rounds).toEqual([]);
		expect(grouped(series([], 1, 2, 3)).rounds).toEqual([[]]);
	});

	it('stops at the time limit and says the result may vary', () => {
		let time = 0;
		const clock = () => (time += 1000);
		const outcome = makeGroups({ ...golfers(8, 4, 10), timeLimitMs: 1500 }, clock);
		expect(outcome.ok && outcome.result.notes).toContainEqual({ code: 'timeLimitReached', timeLimitMs: 1500 });
		expect(outcome.ok && outcome.result.rounds.every((round) => round.flat().length === 32)).toBe(true);
	});
});
