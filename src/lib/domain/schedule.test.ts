import { describe, it, expect } from 'vitest';
import type { HolidayLookup } from './holidays';
import {
	fromInstant,
	movesIntoPast,
	planMeetings,
	scheduleDefaults,
	scheduleAdvice,
	slotChanged,
	toInstant,
	type ScheduleInput,
	type ScheduleAdvice
} from './schedule';

const noHolidays: HolidayLookup = () => null;
const codes = (advice: ScheduleAdvice[]) => advice.map((w) => w.code);

describe('scheduleDefaults', () => {
	it('follows the guide per kind', () => {
		expect(scheduleDefaults('ontmoetingen')).toEqual({
			meetingCount: 4,
			intervalDays: 14,
			durationMinutes: 120,
			startTime: '10:00',
			offersDecidingMeeting: true
		});
		expect(scheduleDefaults('actionLearning')).toMatchObject({ meetingCount: 8, intervalDays: 49 });
		expect(scheduleDefaults('professionalNetwork')).toMatchObject({
			meetingCount: 5,
			intervalDays: 14,
			durationMinutes: 150
		});
	});

	it('spreads the eight follow-up meetings over just under a year', () => {
		const { meetingCount, intervalDays } = scheduleDefaults('actionLearning');
		const span = (meetingCount - 1) * intervalDays;
		expect(span).toBeGreaterThan(300);
		expect(span).toBeLessThanOrEqual(365);
	});
});

describe('planMeetings', () => {
	const base = {
		kind: 'ontmoetingen',
		startDate: '2027-03-09',
		intervalDays: 14,
		startTime: '19:30',
		durationMinutes: 120,
		count: 4
	} as const;

	it('plans every meeting at the interval, across the change to summer time', () => {
		expect(planMeetings(base)).toEqual([
			{ number: 1, date: '2027-03-09', startTime: '19:30', durationMinutes: 120, deciding: false },
			{ number: 2, date: '2027-03-23', startTime: '19:30', durationMinutes: 120, deciding: false },
			{ number: 3, date: '2027-04-06', startTime: '19:30', durationMinutes: 120, deciding: false },
			{ number: 4, date: '2027-04-20', startTime: '19:30', durationMinutes: 120, deciding: false }
		]);
	});

	it('adds the deciding meeting as the fifth for Ontmoetingen', () => {
		const meetings = planMeetings({ ...base, includeDecidingMeeting: true });
		expect(meetings).toHaveLength(5);
		expect(meetings[4]).toEqual({
			number: 5,
			date: '2027-05-04',
			startTime: '19:30',
			durationMinutes: 120,
			deciding: true
		});
	});

	it('has no deciding meeting for the other kinds', () => {
		const meetings = planMeetings({
			...base,
			kind: 'actionLearning',
			count: 8,
			intervalDays: 49,
			includeDecidingMeeting: true
		});
		expect(meetings).toHaveLength(8);
		expect(meetings.every((m) => !m.deciding)).toBe(true);
		expect(meetings[7]?.date).toBe('2028-02-15');
	});

	it('crosses month and leap-day boundaries by calendar days', () => {
		const meetings = planMeetings({ ...base, startDate: '2028-02-15', intervalDays: 7, count: 3 });
		expect(meetings.map((m) => m.date)).toEqual(['2028-02-15', '2028-02-22', '2028-02-29']);
	});

	it('refuses malformed dates and times', () => {
		expect(() => planMeetings({ ...base, startDate: '2027-02-30' })).toThrow(RangeError);
		expect(() => planMeetings({ ...base, startDate: '9-3-2027' })).toThrow(RangeError);
		expect(() => planMeetings({ ...base, startTime: '24:00' })).toThrow(RangeError);
	});
});

describe('toInstant and fromInstant', () => {
	it('uses CET (UTC+1) in winter and CEST (UTC+2) in summer', () => {
		expect(toInstant('2027-01-12', '19:00').toISOString()).toBe('2027-01-12T18:00:00.000Z');
		expect(toInstant('2027-06-15', '19:00').toISOString()).toBe('2027-06-15T17:00:00.000Z');
	});

	it('changes offset on the night summer time starts and ends', () => {
		expect(toInstant('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
		expect(toInstant('2027-03-28', '03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
		expect(toInstant('2027-10-31', '03:30').toISOString()).toBe('2027-10-31T02:30:00.000Z');
	});

	it('moves a time that does not exist (02:30 at the start of summer time) an hour on', () => {
		expect(fromInstant(toInstant('2027-03-28', '02:30'))).toEqual({
			date: '2027-03-28',
			time: '03:30'
		});
	});

	it('gives the Amsterdam wall time of an instant, also just after midnight', () => {
		expect(fromInstant(new Date('2027-01-12T18:00:00Z'))).toEqual({
			date: '2027-01-12',
			time: '19:00'
		});
		expect(fromInstant(new Date('2027-06-30T22:15:00Z'))).toEqual({
			date: '2027-07-01',
			time: '00:15'
		});
	});

	it('round-trips wall times through the year', () => {
		for (const date of [
			'2027-01-01',
			'2027-03-27',
			'2027-03-29',
			'2027-07-14',
			'2027-10-30',
			'2027-11-01'
		]) {
			expect(fromInstant(toInstant(date, '19:45'))).toEqual({ date, time: '19:45' });
		}
	});
});

describe('movesIntoPast', () => {
	it('refuses a date before today unless it is the date the meeting already had', () => {
		expect(movesIntoPast('2027-03-14', '2027-03-15')).toBe(true);
		expect(movesIntoPast('2027-03-15', '2027-03-15')).toBe(false);
		expect(movesIntoPast('2027-03-01', '2027-03-15', '2027-03-01')).toBe(false);
		expect(movesIntoPast('2027-03-02', '2027-03-15', '2027-03-01')).toBe(true);
		expect(movesIntoPast('2027-04-01', '2027-03-15', '2027-03-01')).toBe(false);
	});
});

describe('slotChanged', () => {
	const slot = { date: '2027-03-01', startTime: '10:00', durationMinutes: 120, location: 'Buurthuis', onlineLink: null };

	it('is true for a change of date, time, length or place, false otherwise', () => {
		expect(slotChanged(slot, { ...slot })).toBe(false);
		expect(slotChanged(slot, { ...slot, date: '2027-03-02' })).toBe(true);
		expect(slotChanged(slot, { ...slot, startTime: '10:30' })).toBe(true);
		expect(slotChanged(slot, { ...slot, durationMinutes: 90 })).toBe(true);
		expect(slotChanged(slot, { ...slot, location: null })).toBe(true);
		expect(slotChanged(slot, { ...slot, onlineLink: 'https://meet.example.org/a' })).toBe(true);
	});
});

describe('scheduleAdvice', () => {
	const ontmoetingen = (dates: string[], extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
		kind: 'ontmoetingen',
		meetings: dates.map((date, index) => ({ number: index + 1, date, durationMinutes: 120 })),
		today: '2027-01-01',
		...extra
	});

	it('accepts a series of four meetings two weeks apart', () => {
		expect(
			scheduleAdvice(
				ontmoetingen(['2027-03-02', '2027-03-16', '2027-03-30', '2027-04-13']),
				noHolidays
			)
		).toEqual([]);
	});

	it('warns when the series runs less than four weeks; four weekly meetings are fine', () => {
		expect(
			scheduleAdvice(
				ontmoetingen(['2027-03-01', '2027-03-07', '2027-03-14', '2027-03-21']),
				noHolidays
			)
		).toEqual([{ code: 'seriesTooShort', severity: 'warning', params: { weeks: 3, minWeeks: 4 } }]);
		expect(
			scheduleAdvice(
				ontmoetingen(['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']),
				noHolidays
			)
		).toEqual([]);
	});

	it('warns when the series runs more than four months', () => {
		const advice = scheduleAdvice(
			ontmoetingen(['2027-02-01', '2027-03-01', '2027-04-01', '2027-06-02']),
			noHolidays
		);
		expect(advice).toEqual([
			{ code: 'seriesTooLong', severity: 'warning', params: { weeks: 18, maxMonths: 4 } }
		]);
		expect(
			scheduleAdvice(
				ontmoetingen(['2027-02-01', '2027-03-01', '2027-04-01', '2027-06-01']),
				noHolidays
			)
		).toEqual([]);
	});

	it('counts the deciding meeting for the upper limit of the span, not for the lower', () => {
		const regular = (dates: string[]) => dates.map((date, index) => ({ number: index + 1, date, durationMinutes: 120 }));
		const deciding = (date: string) => ({ number: 5, date, durationMinutes: 120, deciding: true });
		const spread = regular(['2027-02-01', '2027-02-15', '2027-03-01', '2027-03-15']);
		expect(scheduleAdvice(ontmoetingen([], { meetings: [...spread, deciding('2027-03-29')] }), noHolidays)).toEqual([]);
		// A lone fifth meeting nine months after the first: the series has lost its group by then.
		expect(scheduleAdvice(ontmoetingen([], { meetings: [...spread, deciding('2027-11-01')] }), noHolidays)).toEqual([
			{ code: 'seriesTooLong', severity: 'warning', params: { weeks: 40, maxMonths: 4 } }
		]);
		// Four conversations within two weeks stay too short, however late the fifth meeting comes.
		const squeezed = regular(['2027-03-01', '2027-03-03', '2027-03-08', '2027-03-10']);
		expect(scheduleAdvice(ontmoetingen([], { meetings: [...squeezed, deciding('2027-04-12')] }), noHolidays)).toEqual([
			{ code: 'seriesTooShort', severity: 'warning', params: { weeks: 2, minWeeks: 4 } }
		]);
	});

	it('does not judge the span of the other kinds', () => {
		const dates = ['2027-03-01', '2027-03-02'];
		expect(scheduleAdvice(ontmoetingen(dates, { kind: 'actionLearning' }), noHolidays)).toEqual(
			[]
		);
	});

	it('names the holiday a meeting falls on', () => {
		const holidays: HolidayLookup = (date) => (date === '2027-04-27' ? 'kingsDay' : null);
		expect(
			scheduleAdvice(
				ontmoetingen(['2027-04-13', '2027-04-27', '2027-05-11', '2027-05-25']),
				holidays
			)
		).toEqual([
			{
				code: 'onHoliday',
				severity: 'warning',
				params: { meeting: 2, date: '2027-04-27', holiday: 'kingsDay' }
			}
		]);
	});

	it('warns about a date before today, not about today itself', () => {
		const input = ontmoetingen(['2027-03-01', '2027-03-15', '2027-03-29', '2027-04-12'], {
			today: '2027-03-15'
		});
		expect(scheduleAdvice(input, noHolidays)).toEqual([
			{ code: 'inPast', severity: 'warning', params: { meeting: 1, date: '2027-03-01' } }
		]);
	});

	it('leaves a meeting that already took place alone, but not one moved into the past', () => {
		const meetings = [
			{ number: 1, date: '2027-03-01', savedDate: '2027-03-01', durationMinutes: 120 },
			{ number: 2, date: '2027-03-08', savedDate: '2027-03-29', durationMinutes: 120 },
			{ number: 3, date: '2027-04-12', savedDate: '2027-04-12', durationMinutes: 120 }
		];
		expect(scheduleAdvice(ontmoetingen([], { meetings, today: '2027-03-15' }), noHolidays)).toEqual([
			{ code: 'inPast', severity: 'warning', params: { meeting: 2, date: '2027-03-08' } }
		]);
	});

	it('warns about meetings out of order and two on one day', () => {
		const input = ontmoetingen([
			'2027-03-01',
			'2027-03-29',
			'2027-03-15',
			'2027-03-15',
			'2027-04-12'
		]);
		expect(scheduleAdvice(input, noHolidays)).toEqual([
			{
				code: 'outOfOrder',
				severity: 'warning',
				params: { meeting: 3, date: '2027-03-15', previousDate: '2027-03-29' }
			},
			{ code: 'sameDay', severity: 'warning', params: { meeting: 4, date: '2027-03-15' } }
		]);
	});

	it('lists series advice first, then each meeting in order', () => {
		const holidays: HolidayLookup = (date) => (date === '2026-12-25' ? 'christmasDay' : null);
		const input = ontmoetingen(['2026-12-25', '2026-12-20', '2027-01-02'], { today: '2027-01-01' });
		expect(codes(scheduleAdvice(input, holidays))).toEqual([
			'seriesTooShort',
			'inPast',
			'onHoliday',
			'inPast',
			'outOfOrder'
		]);
	});

	describe('professional network', () => {
		const network = (meetings: [string, number][]): ScheduleInput => ({
			kind: 'professionalNetwork',
			meetings: meetings.map(([date, durationMinutes], index) => ({ number: index + 1, date, durationMinutes })),
			today: '2027-01-01'
		});

		it('accepts 90 to 180 minutes and 14 to 21 days apart', () => {
			const input = network([
				['2027-03-01', 90],
				['2027-03-15', 180],
				['2027-04-05', 150]
			]);
			expect(scheduleAdvice(input, noHolidays)).toEqual([]);
		});

		it('gives a tip below 90 and above 180 minutes', () => {
			const input = network([
				['2027-03-01', 89],
				['2027-03-15', 181]
			]);
			expect(scheduleAdvice(input, noHolidays)).toEqual([
				{
					code: 'durationOutOfRange',
					severity: 'tip',
					params: { meeting: 1, minutes: 89, min: 90, max: 180 }
				},
				{
					code: 'durationOutOfRange',
					severity: 'tip',
					params: { meeting: 2, minutes: 181, min: 90, max: 180 }
				}
			]);
		});

		it('gives a tip for gaps shorter than 14 or longer than 21 days', () => {
			const input = network([
				['2027-03-01', 150],
				['2027-03-14', 150],
				['2027-04-05', 150]
			]);
			expect(scheduleAdvice(input, noHolidays)).toEqual([
				{
					code: 'intervalOutOfRange',
					severity: 'tip',
					params: { meeting: 2, days: 13, min: 14, max: 21 }
				},
				{
					code: 'intervalOutOfRange',
					severity: 'tip',
					params: { meeting: 3, days: 22, min: 14, max: 21 }
				}
			]);
		});

		it('leaves a gap of zero days to the same-day warning', () => {
			const input = network([
				['2027-03-01', 150],
				['2027-03-01', 150]
			]);
			expect(codes(scheduleAdvice(input, noHolidays))).toEqual(['sameDay']);
		});
	});

	it('names meetings by their own number', () => {
		const input: ScheduleInput = {
			kind: 'ontmoetingen',
			meetings: [
				{ number: 3, date: '2027-03-15', durationMinutes: 120 },
				{ number: 4, date: '2027-03-15', durationMinutes: 120 }
			],
			today: '2027-01-01'
		};
		expect(scheduleAdvice(input, noHolidays)).toContainEqual({
			code: 'sameDay',
			severity: 'warning',
			params: { meeting: 4, date: '2027-03-15' }
		});
	});

	it('skips dates that are not real dates yet and still names the others by their number', () => {
		const holidays: HolidayLookup = (date) => (date === '2027-04-27' ? 'kingsDay' : null);
		const input = ontmoetingen(['2027-03-01', '', '2027-04-27', '2027-04-27'], { today: '2027-03-10' });
		expect(scheduleAdvice(input, holidays)).toEqual([
			{ code: 'inPast', severity: 'warning', params: { meeting: 1, date: '2027-03-01' } },
			{ code: 'onHoliday', severity: 'warning', params: { meeting: 3, date: '2027-04-27', holiday: 'kingsDay' } },
			{ code: 'onHoliday', severity: 'warning', params: { meeting: 4, date: '2027-04-27', holiday: 'kingsDay' } },
			{ code: 'sameDay', severity: 'warning', params: { meeting: 4, date: '2027-04-27' } }
		]);
	});

	it('refuses a malformed today', () => {
		expect(() => scheduleAdvice(ontmoetingen([], { today: '1-1-2027' }), noHolidays)).toThrow(
			RangeError
		);
	});
});
