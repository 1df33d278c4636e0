import { describe, expect, it } from 'vitest';
import { addCalendarMonths, retentionPlan, type RetentionPerson, type RetentionSeries } from './retention';

const person = (id: string, seriesIds: string[], extra: Partial<RetentionPerson> = {}): RetentionPerson => ({ id, seriesIds, member: false, erased: false, ...extra });
/** 10:00 in Amsterdam in winter. */
const at = (date: string) => new Date(`${date}T09:00:00Z`);

describe('addCalendarMonths', () => {
	it('adds calendar months and keeps the last day of a shorter month', () => {
		expect(addCalendarMonths('2025-03-15', 12)).toBe('2026-03-15');
		expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
		expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
		expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
	});
});

describe('retentionPlan', () => {
	const series: RetentionSeries[] = [
		{ id: 'old', lastMeetingDate: '2025-11-01', extraMonths: 0 },
		{ id: 'soon', lastMeetingDate: '2025-12-27', extraMonths: 0 },
		{ id: 'running', lastMeetingDate: '2027-01-10', extraMonths: 0 },
		{ id: 'empty', lastMeetingDate: null, extraMonths: 0 }
	];

	it('anonymises the participants of a series finished longer ago than the retention', () => {
		const plan = retentionPlan(series, [person('a', ['old'])], at('2026-12-07'), 12);
		expect(plan.due).toEqual([{ personId: 'a', seriesId: 'old', dueDate: '2026-11-01' }]);
		expect(plan.upcoming).toEqual([]);
	});

	it('lists those due within the next month as the notice, not as due', () => {
		const plan = retentionPlan(series, [person('b', ['soon'])], at('2026-12-07'), 12);
		expect(plan.due).toEqual([]);
		expect(plan.upcoming).toEqual([{ personId: 'b', seriesId: 'soon', dueDate: '2026-12-27' }]);
		expect(retentionPlan(series, [person('b', ['soon'])], at('2026-11-26'), 12).upcoming).toEqual([]);
	});

	it('counts the day in Amsterdam: late in the evening of the 31st there it is already the next day', () => {
		const s = [{ id: 's', lastMeetingDate: '2026-01-01', extraMonths: 0 }];
		// Due on 1 January 2027; 23:30 UTC on 31 December 2026 is 00:30 on that day in Amsterdam.
		expect(retentionPlan(s, [person('a', ['s'])], new Date('2026-12-31T22:30:00Z'), 12).due).toEqual([]);
		expect(retentionPlan(s, [person('a', ['s'])], new Date('2026-12-31T23:30:00Z'), 12).due).toHaveLength(1);
	});

	it('keeps a person who is also in a series still running, and takes the latest series otherwise', () => {
		const plan = retentionPlan(series, [person('both', ['old', 'running']), person('two', ['old', 'soon'])], at('2026-12-07'), 12);
		expect(plan.due).toEqual([]);
		expect(plan.upcoming).toEqual([{ personId: 'two', seriesId: 'soon', dueDate: '2026-12-27' }]);
	});

	it('keeps the people of a series with no meetings, members, the erased and people in no series', () => {
		const people = [person('e', ['empty']), person('m', ['old'], { member: true }), person('x', ['old'], { erased: true }), person('n', [])];
		expect(retentionPlan(series, people, at('2026-12-07'), 12)).toEqual({ due: [], upcoming: [] });
	});

	it('follows meetings moved later: the clock starts again from the new last meeting', () => {
		const moved: RetentionSeries[] = [{ id: 'old', lastMeetingDate: '2026-03-01', extraMonths: 0 }];
		expect(retentionPlan(moved, [person('a', ['old'])], at('2026-12-07'), 12)).toEqual({ due: [], upcoming: [] });
		const intoFuture: RetentionSeries[] = [{ id: 'old', lastMeetingDate: '2026-12-20', extraMonths: 0 }];
		expect(retentionPlan(intoFuture, [person('a', ['old'])], at('2027-12-10'), 12).upcoming).toEqual([{ personId: 'a', seriesId: 'old', dueDate: '2027-12-20' }]);
	});

	it('adds the months a coordinator postponed a series by, and takes the series whose retention ends last', () => {
		const postponed: RetentionSeries[] = [
			{ id: 'old', lastMeetingDate: '2025-11-01', extraMonths: 3 },
			{ id: 'later', lastMeetingDate: '2025-11-20', extraMonths: 0 }
		];
		expect(retentionPlan(postponed, [person('a', ['old'])], at('2026-12-07'), 12).due).toEqual([]);
		expect(retentionPlan(postponed, [person('a', ['old', 'later'])], at('2026-11-25'), 12).due).toEqual([]);
		expect(retentionPlan(postponed, [person('a', ['old', 'later'])], at('2027-01-15'), 12).upcoming).toEqual([{ personId: 'a', seriesId: 'old', dueDate: '2027-02-01' }]);
	});

	it('uses the configured number of months', () => {
		expect(retentionPlan(series, [person('a', ['old'])], at('2026-12-07'), 24).due).toEqual([]);
		expect(retentionPlan(series, [person('a', ['old'])], at('2026-12-07'), 1).due).toHaveLength(1);
	});
});
