import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
	it('repeats its sequence for the same seed and differs for another', () => {
		const draw = (seed: number) => {
			const random = createRandom(seed);
			return Array.from({ length: 5 }, () => random.next());
		};
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	it('stays below the bound and shuffles into a permutation', () => {
		const random = createRandom(7);
		const draws = Array.from({ length: 1000 }, () => random.below(6));
		expect(draws.every((d) => Number.isInteger(d) && d >= 0 && d < 6)).toBe(true);
		expect(new Set(draws).size).toBe(6);
		const items = Array.from({ length: 20 }, (_, i) => i);
		expect(random.shuffle([...items]).sort((a, b) => a - b)).toEqual(items);
	});
});
