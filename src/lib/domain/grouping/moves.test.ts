import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { greedyGroups } from './greedy';
import { bestSwap, createScratch } from './moves';
import { buildProblem } from './problem';
import { createRandom } from './random';
import { applySwap, createSearchState, recount, groupsOfState } from './searchState';
import { inputs } from './testFixtures';

describe('bestSwap and applySwap', () => {
	it('predict exactly the change a swap makes, and keep the counts equal to a recount', () => {
		fc.assert(
			fc.property(inputs(14, 4), fc.integer({ min: 1, max: 30 }), (input, steps) => {
				const { problem } = buildProblem(input);
				const random = createRandom(problem.seed);
				const state = createSearchState(problem, greedyGroups(problem, random));
				const scratch = createScratch(problem);
				const weight = 1000;
				const value = () => state.distinctPairs * weight - state.workFieldClashes;
				for (let step = 0; step < steps; step++) {
					const search = { weight, isTabu: () => false, aspiration: Infinity, current: value() };
					const { swap } = bestSwap(problem, state, scratch, search, random);
					if (!swap) break;
					const before = value();
					applySwap(problem, state, swap.round, swap.a, swap.b);
					expect(value() - before).toBe(swap.delta);
				}
				const counts = (s: typeof state) => ({ met: [...s.met], pairs: s.distinctPairs, clashes: s.workFieldClashes });
				const incremental = counts(state);
				const fresh = createSearchState(problem, groupsOfState(state));
				recount(problem, fresh);
				expect(counts(fresh)).toEqual(incremental);
			}),
			{ numRuns: 60 }
		);
	});
});
