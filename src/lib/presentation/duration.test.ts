import { describe, expect, it } from 'vitest';
import { clockText } from './duration';

describe('clockText', () => {
	it('reads like a clock', () => {
		expect(clockText(0)).toBe('0:00');
		expect(clockText(245)).toBe('4:05');
		expect(clockText(-130)).toBe('2:10');
		expect(clockText(3720)).toBe('1:02:00');
	});
});
