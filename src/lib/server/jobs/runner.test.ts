import { describe, expect, it } from 'vitest';
import { retryDelaySeconds } from './runner';

describe('retryDelaySeconds', () => {
	it('doubles from the base and stops growing at 15 minutes', () => {
		expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, 5))).toEqual([5, 10, 20, 40]);
		expect(retryDelaySeconds(20, 5)).toBe(15 * 60);
	});
});
