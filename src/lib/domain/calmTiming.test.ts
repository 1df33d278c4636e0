import { describe, expect, it } from 'vitest';
import { isCalmMoment, nextCalmMoment } from './calmTiming';
import { fromInstant, toInstant } from './schedule';

const at = (date: string, time: string) => toInstant(date, time);
const shown = (d: Date) => {
	const { date, time } = fromInstant(d);
	return `${date} ${time}`;
};

describe('calm timing', () => {
	it('lets a message land on a weekday in working hours and on a Friday morning', () => {
		expect(isCalmMoment(at('2027-03-03', '10:00'))).toBe(true); // Wednesday
		expect(isCalmMoment(at('2027-03-05', '11:59'))).toBe(true); // Friday morning
	});

	it('never on a Friday afternoon, in the weekend or at night', () => {
		expect(isCalmMoment(at('2027-03-05', '12:00'))).toBe(false);
		expect(isCalmMoment(at('2027-03-06', '10:00'))).toBe(false);
		expect(isCalmMoment(at('2027-03-07', '10:00'))).toBe(false);
		expect(isCalmMoment(at('2027-03-03', '22:00'))).toBe(false);
	});

	it('moves a Friday afternoon or weekend message to Monday 09:00', () => {
		expect(shown(nextCalmMoment(at('2027-03-05', '14:00')))).toBe('2027-03-08 09:00');
		expect(shown(nextCalmMoment(at('2027-03-07', '23:30')))).toBe('2027-03-08 09:00');
	});

	it('moves an early message to 09:00 the same day, a late one to the next morning', () => {
		expect(shown(nextCalmMoment(at('2027-03-03', '06:15')))).toBe('2027-03-03 09:00');
		expect(shown(nextCalmMoment(at('2027-03-03', '17:00')))).toBe('2027-03-04 09:00');
	});

	it('skips public holidays: Good Friday afternoon to the Tuesday after Easter Monday', () => {
		// 2027: Good Friday 26 March, Easter Monday 29 March.
		expect(shown(nextCalmMoment(at('2027-03-25', '18:00')))).toBe('2027-03-30 09:00');
	});

	it('leaves a calm moment as it is', () => {
		const calm = at('2027-03-04', '13:37');
		expect(nextCalmMoment(calm)).toBe(calm);
	});
});
