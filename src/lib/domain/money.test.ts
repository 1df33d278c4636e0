import { describe, expect, it } from 'vitest';
import { costOfHours, hundredthsForForm, parseCount, parseHours, parseMoney } from './money';

const max = 100_000_000;

describe('parseMoney', () => {
	it.each([
		['1.300,75', 130075],
		['1300,75', 130075],
		['1300', 130000],
		['1.300', 130000],
		['€ 1.300,75', 130075],
		['0,5', 50],
		['12.50', 1250],
		['12.5', 1250],
		['1.234.567,89', 123456789],
		['  25 ', 2500],
		['0', 0],
		['007', 700]
	])('reads %s as %i cents', (text, cents) => {
		expect(parseMoney(text, 1e12)).toEqual({ ok: true, value: cents });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['twaalf', 'letters'],
		['12abc', 'letters'],
		['1e5', 'letters'],
		['-5', 'negative'],
		['−5,00', 'negative'],
		['1,234', 'format'],
		['1.30,75', 'format'],
		['1,2,3', 'format'],
		['12.345.6', 'format'],
		['1.000.000,01', 'tooMuch'],
		['99999999999999999999', 'tooMuch']
	])('refuses %j as %s', (text, problem) => {
		expect(parseMoney(text, max)).toEqual({ ok: false, problem });
	});

	it('takes exactly the maximum', () => {
		expect(parseMoney('1.000.000,00', max)).toEqual({ ok: true, value: max });
	});
});

describe('parseHours and parseCount', () => {
	it('reads hours in hundredths', () => {
		expect(parseHours('4', 2400)).toEqual({ ok: true, value: 400 });
		expect(parseHours('4,5', 2400)).toEqual({ ok: true, value: 450 });
		expect(parseHours('3.75', 2400)).toEqual({ ok: true, value: 375 });
		expect(parseHours('25', 2400)).toEqual({ ok: false, problem: 'tooMuch' });
		expect(parseHours('vier', 2400)).toEqual({ ok: false, problem: 'letters' });
	});

	it('reads counts as digits only', () => {
		expect(parseCount('4', 12)).toEqual({ ok: true, value: 4 });
		expect(parseCount('0', 12)).toEqual({ ok: true, value: 0 });
		expect(parseCount('4,5', 12)).toEqual({ ok: false, problem: 'format' });
		expect(parseCount('-1', 12)).toEqual({ ok: false, problem: 'negative' });
		expect(parseCount('13', 12)).toEqual({ ok: false, problem: 'tooMuch' });
		expect(parseCount('10000000000', 12)).toEqual({ ok: false, problem: 'tooMuch' });
		expect(parseCount('', 12)).toEqual({ ok: false, problem: 'empty' });
	});
});

describe('costOfHours: the one rounding', () => {
	it('multiplies exactly when there is nothing to round', () => {
		expect(costOfHours(3500, 1600)).toBe(56000);
	});

	it('rounds half a cent up', () => {
		// 0,5 hours at € 0,01 is half a cent: up to one cent.
		expect(costOfHours(1, 50)).toBe(1);
		// 0,49 hours at € 0,01 is 0,49 cent: down to nothing.
		expect(costOfHours(1, 49)).toBe(0);
		// 1,25 hours at € 33,33 is € 41,6625: € 41,66.
		expect(costOfHours(3333, 125)).toBe(4166);
		// 0,25 hours at € 10,10 is € 2,525: € 2,53.
		expect(costOfHours(1010, 25)).toBe(253);
	});

	it('stays exact where floating point would not (0,1 + 0,2)', () => {
		expect(costOfHours(10, 30)).toBe(3);
		expect(costOfHours(2999, 333)).toBe(9987);
	});

	it('refuses what is not a whole, non-negative number', () => {
		expect(() => costOfHours(-1, 100)).toThrow(RangeError);
		expect(() => costOfHours(1.5, 100)).toThrow(RangeError);
	});
});

describe('hundredthsForForm', () => {
	it('writes back what parses to the same value', () => {
		for (const value of [0, 5, 50, 400, 130075, 100_000_000]) {
			const text = hundredthsForForm(value);
			expect(parseMoney(text, 1e12)).toEqual({ ok: true, value });
		}
		expect(hundredthsForForm(130075)).toBe('1300,75');
		expect(hundredthsForForm(450)).toBe('4,50');
		expect(hundredthsForForm(400)).toBe('4');
	});
});
