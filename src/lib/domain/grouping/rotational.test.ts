import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildProblem } from './problem';
import { createRandom } from './random';
import { rotationalStart, type RotationalLimits } from './rotational';
import { createSearchState } from './searchState';
import { golfers, people, series } from './testFixtures';
import type { GroupingInput } from './types';

const LIMITS: RotationalLimits = { evaluations: 5_000_000, floor: 0, timeLimitMs: 10_000 };

function start(input: GroupingInput, seed = 1, limits: RotationalLimits = LIMITS) {
	const { problem } = buildProblem(input);
	return { problem, start: rotationalStart(problem, createRandom(seed), limits) };
}

// The 32-golfer case (470 of 480 pairs) runs once, through makeGroups in index.test.ts: only this
// start gets there (bench/grouping/README.md), and it takes seconds.
describe('rotationalStart', () => {
	it('plans every present person once per round, in groups of the right size', () => {
		const shapes = fc.record({
			groups: fc.integer({ min: 2, max: 8 }),
			size: fc.integer({ min: 2, max: 5 }),
			rounds: fc.integer({ min: 2, max: 10 }),
			seed: fc.integer({ min: 0, max: 1000 })
		});
		fc.assert(
			fc.property(shapes, ({ groups, size, rounds, seed }) => {
				const input = golfers(groups, size, rounds);
				const { start: plan } = start(input, seed, { evaluations: 20_000, floor: 0, timeLimitMs: 10_000 });
				if (!plan) return groups * size < rounds || groups * size - Math.floor((groups * size) / rounds) * rounds > groups;
				const everyone = input.participants.map((_, i) => i);
				for (const round of plan.groups) {
					expect(round.flat().sort((a, b) => a - b)).toEqual(everyone);
					expect(round.every((group) => group.length === size)).toBe(true);
				}
				return plan.groups.length === rounds;
			}),
			{ numRuns: 80 }
		);
	});

	it.each([
		[5, 3, 7, 105],
		[4, 4, 5, 120],
		[5, 2, 9, 45]
	])('turns a base round into a perfect plan for %i groups of %i over %i rounds', (groups, size, rounds, pairs) => {
		const { problem, start: plan } = start(golfers(groups, size, rounds));
		expect(createSearchState(problem, plan!.groups).distinctPairs).toBe(pairs);
	});

	it('gives the same plan for the same seed', () => {
		expect(start(golfers(4, 3, 5), 7).start).toEqual(start(golfers(4, 3, 5), 7).start);
	});

	it('leaves plans that are not uniform to the greedy start', () => {
		const uniform = series(people(12), 4, 3, 3);
		expect(start(uniform).start).not.toBeNull();
		const absent = { ...uniform, rounds: [{ absent: ['p1'] }, ...uniform.rounds.slice(1)] };
		const history = { ...uniform, history: [[['p0', 'p1', 'p2']]] };
		const experts = series(people(12, 4), 4, 3, 3);
		const unequal = series(people(13), 4, 3, 4);
		const oneRound = series(people(12), 1, 3, 3);
		for (const input of [absent, history, experts, unequal, oneRound]) expect(start(input).start).toBeNull();
	});

	it('stops at the time limit and still returns a whole plan', () => {
		let time = 0;
		const { start: plan } = start(golfers(8, 4, 10), 1, {
			evaluations: 40_000_000,
			floor: 0,
			clock: () => (time += 1000),
			timeLimitMs: 1500
		});
		expect(plan?.timedOut).toBe(true);
		expect(plan?.groups.every((round) => round.flat().length === 32)).toBe(true);
	});
});
