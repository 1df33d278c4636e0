import { describe, expect, it } from 'vitest';
import { formatHours, formatMoney } from './money';

describe('formatMoney', () => {
	it('writes Dutch money', () => {
		expect(formatMoney(130075, 'nl')).toBe('€ 1.300,75');
		expect(formatMoney(0, 'nl')).toBe('€ 0,00');
		expect(formatMoney(5, 'nl')).toBe('€ 0,05');
		expect(formatMoney(100_000_000, 'nl')).toBe('€ 1.000.000,00');
		expect(formatMoney(-130075, 'nl')).toBe('-€ 1.300,75');
	});

	it('writes English money', () => {
		expect(formatMoney(130075, 'en')).toBe('€1,300.75');
		expect(formatMoney(99, 'en')).toBe('€0.99');
		expect(formatMoney(-100, 'en')).toBe('-€1.00');
	});

	it('refuses what is not whole cents', () => {
		expect(() => formatMoney(1.5, 'nl')).toThrow(RangeError);
	});
});

describe('formatHours', () => {
	it('writes hours held in hundredths', () => {
		expect(formatHours(400, 'nl')).toBe('4');
		expect(formatHours(450, 'nl')).toBe('4,5');
		expect(formatHours(1225, 'nl')).toBe('12,25');
		expect(formatHours(450, 'en')).toBe('4.5');
	});
});
