import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupSizes } from './sizes';

describe('groupSizes', () => {
	it.each([
		[0, 2, 3, []],
		[1, 2, 3, [1]],
		[7, 2, 3, [3, 2, 2]],
		[8, 2, 2, [2, 2, 2, 2]],
		[9, 2, 2, [2, 2, 2, 2, 1]],
		[12, 3, 5, [4, 4, 4]],
		[11, 3, 5, [4, 4, 3]],
		[4, 5, 5, [4]],
		[60, 3, 5, Array.from({ length: 12 }, () => 5)]
	])('splits %i people with min %i and max %i into %j', (present, min, max, sizes) => {
		expect(groupSizes(present, min, max)).toEqual(sizes);
	});

	it('uses the fewest groups within the maximum, sizes differing by at most one', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 8 }), fc.nat(8), (present, min, extra) => {
				const max = min + extra;
				const sizes = groupSizes(present, min, max);
				expect(sizes.reduce((a, b) => a + b, 0)).toBe(present);
				if (present < min) expect(sizes).toEqual([present]);
				else {
					expect(sizes.length).toBe(Math.ceil(present / max));
					expect(Math.max(...sizes)).toBeLessThanOrEqual(max);
				}
				expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
				expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
			})
		);
	});
});
