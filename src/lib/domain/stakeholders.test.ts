import { describe, expect, it } from 'vitest';
import { dueOccasions, nextOccasion, type RegionMeeting } from './stakeholders';

const meetings: RegionMeeting[] = [
	{ id: 'm1', seriesId: 's1', date: '2027-02-10' },
	{ id: 'm2', seriesId: 's1', date: '2027-03-10' },
	{ id: 'm3', seriesId: 's1', date: '2027-04-07' },
	{ id: 'n1', seriesId: 's2', date: '2027-03-20' }
];
const none = new Set<string>();

describe('dueOccasions', () => {
	it('after every meeting: the day after each meeting since the stakeholder was added', () => {
		const due = dueOccasions({ frequency: 'afterEveryMeeting', addedOn: '2027-03-01' }, meetings, '2027-03-21', none);
		expect(due.map((o) => [o.key, o.dueOn, o.from, o.to])).toEqual([
			['meeting:m2', '2027-03-11', '2027-03-10', '2027-03-10'],
			['meeting:n1', '2027-03-21', '2027-03-20', '2027-03-20']
		]);
	});

	it('is not due on the day of the meeting itself, and never twice', () => {
		expect(dueOccasions({ frequency: 'afterEveryMeeting', addedOn: '2027-03-01' }, meetings, '2027-03-10', none)).toEqual([]);
		expect(dueOccasions({ frequency: 'afterEveryMeeting', addedOn: '2027-03-01' }, meetings, '2027-03-12', new Set(['meeting:m2']))).toEqual([]);
	});

	it('at the end of a series: the day after its last meeting, covering the whole series', () => {
		const plan = { frequency: 'endOfSeries', addedOn: '2027-01-01' } as const;
		expect(dueOccasions(plan, meetings, '2027-04-07', none).map((o) => o.key)).toEqual(['series:s2']);
		const due = dueOccasions(plan, meetings, '2027-04-08', none);
		expect(due.map((o) => [o.key, o.dueOn, o.from, o.to, o.seriesId])).toEqual([
			['series:s2', '2027-03-21', '2027-03-20', '2027-03-20', 's2'],
			['series:s1', '2027-04-08', '2027-02-10', '2027-04-07', 's1']
		]);
	});

	it('monthly: on the 1st, about the month before, only the latest when several were missed', () => {
		const plan = { frequency: 'monthly', addedOn: '2026-12-15' } as const;
		expect(dueOccasions(plan, meetings, '2026-12-31', none)).toEqual([]);
		expect(dueOccasions(plan, meetings, '2027-01-01', none)).toEqual([{ key: 'month:2026-12', dueOn: '2027-01-01', from: '2026-12-01', to: '2026-12-31', seriesId: null }]);
		expect(dueOccasions(plan, meetings, '2027-03-05', none).map((o) => [o.key, o.to])).toEqual([['month:2027-02', '2027-02-28']]);
	});
});

describe('nextOccasion', () => {
	it('names the next update for each frequency', () => {
		expect(nextOccasion({ frequency: 'afterEveryMeeting', addedOn: '2027-01-01' }, meetings, '2027-03-15')?.dueOn).toBe('2027-03-21');
		expect(nextOccasion({ frequency: 'endOfSeries', addedOn: '2027-01-01' }, meetings, '2027-03-25')?.key).toBe('series:s1');
		expect(nextOccasion({ frequency: 'monthly', addedOn: '2027-01-01' }, meetings, '2027-03-15')?.dueOn).toBe('2027-04-01');
		expect(nextOccasion({ frequency: 'endOfSeries', addedOn: '2027-01-01' }, meetings, '2027-05-01')).toBeNull();
	});
});
