import { describe, expect, it } from 'vitest';
import { fromInstant, toInstant } from './schedule';
import { isoWeekday, nextSendTime } from './sendTime';

const at = (date: string, time: string) => fromInstant(nextSendTime(toInstant(date, time)));

describe('nextSendTime', () => {
	it('keeps a moment inside working hours', () => {
		expect(at('2026-12-08', '10:15')).toEqual({ date: '2026-12-08', time: '10:15' });
	});
	it('moves an early morning to nine and an evening to the next morning', () => {
		expect(at('2026-12-08', '06:00')).toEqual({ date: '2026-12-08', time: '09:00' });
		expect(at('2026-12-08', '17:00')).toEqual({ date: '2026-12-09', time: '09:00' });
	});
	it('never sends on a Friday afternoon or in the weekend', () => {
		expect(isoWeekday('2026-12-11')).toBe(5);
		expect(at('2026-12-11', '11:59')).toEqual({ date: '2026-12-11', time: '11:59' });
		expect(at('2026-12-11', '12:00')).toEqual({ date: '2026-12-14', time: '09:00' });
		expect(at('2026-12-12', '10:00')).toEqual({ date: '2026-12-14', time: '09:00' });
		expect(at('2026-12-13', '23:30')).toEqual({ date: '2026-12-14', time: '09:00' });
	});
	it('holds across the change to winter time', () => {
		expect(at('2026-10-24', '10:00')).toEqual({ date: '2026-10-26', time: '09:00' });
	});
});
