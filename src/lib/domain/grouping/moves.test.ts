import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { greedyGroups } from './greedy';
import { bestSwap, createScratch } from './moves';
import { buildProblem } from './problem';
import { createRandom } from './random';
import { applySwap, createSchedule, recount, scheduleGroups } from './schedule';
import { inputs } from './testFixtures';

describe('bestSwap and applySwap', () => {
	it('predict exactly the change a swap makes, and keep the counts equal to a recount', () => {
		fc.assert(
			fc.property(inputs(14, 4), fc.integer({ min: 1, max: 30 }), (input, steps) => {
				const { problem } = buildProblem(input);
				const random = createRandom(problem.seed);
				const schedule = createSchedule(problem, greedyGroups(problem, random));
				const scratch = createScratch(problem);
				const weight = 1000;
				const value = () => schedule.distinctPairs * weight - schedule.workFieldClashes;
				for (let step = 0; step < steps; step++) {
					const search = { weight, isTabu: () => false, aspiration: Infinity, current: value() };
					const { swap } = bestSwap(problem, schedule, scratch, search, random);
					if (!swap) break;
					const before = value();
					applySwap(problem, schedule, swap.round, swap.a, swap.b);
					expect(value() - before).toBe(swap.delta);
				}
				const counts = (s: typeof schedule) => ({ met: [...s.met], pairs: s.distinctPairs, clashes: s.workFieldClashes });
				const incremental = counts(schedule);
				const fresh = createSchedule(problem, scheduleGroups(schedule));
				recount(problem, fresh);
				expect(counts(fresh)).toEqual(incremental);
			}),
			{ numRuns: 60 }
		);
	});
});
