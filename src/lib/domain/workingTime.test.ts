import { describe, expect, it } from 'vitest';
import { dutchHolidayLookup } from './holidays';
import { fromInstant, toInstant } from './schedule';
import { workingMoment } from './workingTime';

const isHoliday = dutchHolidayLookup();
const at = (date: string, time: string) => fromInstant(workingMoment(toInstant(date, time), isHoliday));

describe('workingMoment', () => {
	it('keeps a moment in working hours', () => {
		// Wednesday 9 December 2026.
		expect(at('2026-12-09', '10:30')).toEqual({ date: '2026-12-09', time: '10:30' });
		expect(at('2026-12-11', '11:59')).toEqual({ date: '2026-12-11', time: '11:59' });
	});

	it('moves the early morning to nine', () => {
		expect(at('2026-12-09', '06:00')).toEqual({ date: '2026-12-09', time: '09:00' });
	});

	it('moves the evening to the next morning', () => {
		expect(at('2026-12-09', '17:00')).toEqual({ date: '2026-12-10', time: '09:00' });
	});

	it('never lands on Friday afternoon or in the weekend', () => {
		expect(at('2026-12-11', '12:00')).toEqual({ date: '2026-12-14', time: '09:00' });
		expect(at('2026-12-12', '10:00')).toEqual({ date: '2026-12-14', time: '09:00' });
		expect(at('2026-12-13', '23:59')).toEqual({ date: '2026-12-14', time: '09:00' });
	});

	it('skips public holidays', () => {
		// Thursday 24 December 2026 evening: Christmas and Boxing Day, then the weekend; Monday the 28th.
		expect(at('2026-12-24', '18:00')).toEqual({ date: '2026-12-28', time: '09:00' });
		// Easter Monday 2027 is 29 March.
		expect(at('2027-03-29', '10:00')).toEqual({ date: '2027-03-30', time: '09:00' });
	});

	it('keeps Amsterdam time over the clock change', () => {
		// Saturday 27 March 2027; summer time starts on the Sunday; Monday 29 March is Easter Monday.
		expect(at('2027-03-27', '10:00')).toEqual({ date: '2027-03-30', time: '09:00' });
		expect(toInstant('2027-03-30', '09:00').toISOString()).toBe('2027-03-30T07:00:00.000Z');
	});
});
