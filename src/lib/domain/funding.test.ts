import { describe, expect, it } from 'vitest';
import { plannedReminders, reminderStillHolds } from './funding';
import { dutchHolidayLookup } from './holidays';
import { fromInstant, toInstant } from './schedule';

const isHoliday = dutchHolidayLookup();
// Monday 7 December 2026, 10:00 in Amsterdam.
const now = toInstant('2026-12-07', '10:00');
const shown = (r: { about: string; date: string; runAt: Date }) => ({ about: r.about, date: r.date, runAt: fromInstant(r.runAt) });

describe('plannedReminders', () => {
	it('reminds of a deadline fourteen days ahead, at nine', () => {
		const planned = plannedReminders({ status: 'idea', applicationDeadline: '2027-02-03', reportDue: null }, now, isHoliday);
		expect(planned.map(shown)).toEqual([{ about: 'deadline', date: '2027-02-03', runAt: { date: '2027-01-20', time: '09:00' } }]);
	});

	it('moves a reminder off the weekend', () => {
		// 14 days before Saturday 6 February 2027 is Saturday 23 January: Monday the 25th.
		const planned = plannedReminders({ status: 'idea', applicationDeadline: '2027-02-06', reportDue: null }, now, isHoliday);
		expect(fromInstant(planned[0]!.runAt)).toEqual({ date: '2027-01-25', time: '09:00' });
	});

	it('reminds at once of a date within fourteen days, at a working moment', () => {
		const friday = toInstant('2026-12-11', '15:00');
		const planned = plannedReminders({ status: 'idea', applicationDeadline: '2026-12-18', reportDue: null }, friday, isHoliday);
		expect(fromInstant(planned[0]!.runAt)).toEqual({ date: '2026-12-14', time: '09:00' });
	});

	it('plans nothing for a date gone by', () => {
		expect(plannedReminders({ status: 'idea', applicationDeadline: '2026-12-06', reportDue: null }, now, isHoliday)).toEqual([]);
	});

	it('reminds of a deadline only while the application is an idea, and of a report only once granted', () => {
		const dates = { applicationDeadline: '2027-03-01', reportDue: '2027-06-01' };
		expect(plannedReminders({ status: 'asked', ...dates }, now, isHoliday)).toEqual([]);
		expect(plannedReminders({ status: 'refused', ...dates }, now, isHoliday)).toEqual([]);
		expect(plannedReminders({ status: 'idea', ...dates }, now, isHoliday).map((r) => r.about)).toEqual(['deadline']);
		expect(plannedReminders({ status: 'granted', ...dates }, now, isHoliday).map((r) => r.about)).toEqual(['report']);
	});
});

describe('reminderStillHolds', () => {
	it('holds only for the same date and a status that still calls for it', () => {
		const source = { status: 'idea' as const, applicationDeadline: '2027-03-01', reportDue: null };
		expect(reminderStillHolds(source, 'deadline', '2027-03-01', '2027-02-15')).toBe(true);
		expect(reminderStillHolds(source, 'deadline', '2027-03-01', '2027-03-01')).toBe(true);
		expect(reminderStillHolds({ ...source, applicationDeadline: '2027-03-08' }, 'deadline', '2027-03-01', '2027-02-15')).toBe(false);
		expect(reminderStillHolds({ ...source, status: 'asked' }, 'deadline', '2027-03-01', '2027-02-15')).toBe(false);
	});

	it('does not remind of a date already gone', () => {
		const source = { status: 'idea' as const, applicationDeadline: '2027-03-01', reportDue: null };
		expect(reminderStillHolds(source, 'deadline', '2027-03-01', '2027-03-02')).toBe(false);
	});
});
