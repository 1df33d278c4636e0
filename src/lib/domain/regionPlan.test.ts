import { describe, expect, it } from 'vitest';
import { daysBefore, defaultTimeline, firstMeetingDate, newGoals, organiserAdvice, overridesFrom, planSteps, timeline, timelineProgress } from './regionPlan';

describe('defaultTimeline', () => {
	it('counts every step back from the first meeting, the first half a year before', () => {
		const steps = defaultTimeline('2027-03-15');
		expect(steps).toHaveLength(planSteps.length);
		expect(steps[0]).toEqual({ key: 'plan', date: '2026-09-14' });
		expect(steps.at(-1)).toEqual({ key: 'finalCheck', date: '2027-03-08' });
	});

	it('keeps the steps in date order', () => {
		const dates = defaultTimeline('2027-03-15').map((s) => s.date!);
		expect([...dates].sort()).toEqual(dates);
	});

	it('leaves the steps undated while no meeting is planned, or the date is malformed', () => {
		expect(defaultTimeline(null).every((s) => s.date === null)).toBe(true);
		expect(defaultTimeline('15-03-2027').every((s) => s.date === null)).toBe(true);
	});

	it('counts across a year and a leap day', () => {
		expect(daysBefore('2028-03-01', 1)).toBe('2028-02-29');
		expect(daysBefore('2027-01-03', 7)).toBe('2026-12-27');
	});
});

describe('firstMeetingDate', () => {
	it('is the earliest date, and null without any', () => {
		expect(firstMeetingDate(['2027-05-01', '2027-03-15', '2027-04-01'])).toBe('2027-03-15');
		expect(firstMeetingDate([])).toBeNull();
		expect(firstMeetingDate(['nonsense'])).toBeNull();
	});
});

describe('timeline', () => {
	it('shows the suggestion with the coordinator’s own date and done on top', () => {
		const steps = timeline('2027-03-15', { room: { date: '2027-01-10', done: true } }, '2027-02-01');
		const room = steps.find((s) => s.key === 'room')!;
		expect(room).toMatchObject({ suggested: '2027-01-04', date: '2027-01-10', adjusted: true, done: true, late: false });
	});

	it('marks a step late only when it is not done and its date has passed', () => {
		const steps = timeline('2027-03-15', { plan: { done: true } }, '2026-10-01');
		expect(steps.find((s) => s.key === 'plan')!.late).toBe(false);
		expect(steps.find((s) => s.key === 'organiser')!.late).toBe(true);
		expect(steps.find((s) => s.key === 'funding')!.late).toBe(false);
	});

	it('keeps an own date without a first meeting, and nothing is late without a date', () => {
		const steps = timeline(null, { funding: { date: '2026-01-01' } }, '2026-06-01');
		expect(steps.find((s) => s.key === 'funding')).toMatchObject({ date: '2026-01-01', adjusted: true, late: true });
		expect(steps.find((s) => s.key === 'room')).toMatchObject({ date: null, late: false });
	});

	it('ignores a malformed own date', () => {
		const steps = timeline('2027-03-15', { room: { date: 'soon' } }, '2027-01-01');
		expect(steps.find((s) => s.key === 'room')).toMatchObject({ date: '2027-01-04', adjusted: false });
	});
});

describe('overridesFrom', () => {
	it('stores only what differs from the suggestion, so untouched dates follow the first meeting', () => {
		const submitted = defaultTimeline('2027-03-15').map((s) => ({ ...s, done: false }));
		submitted[1] = { ...submitted[1]!, date: '2026-10-01', done: true };
		submitted[2] = { ...submitted[2]!, done: true };
		expect(overridesFrom('2027-03-15', submitted)).toEqual({ organiser: { date: '2026-10-01', done: true }, existing: { done: true } });
	});

	it('is empty when nothing changed', () => {
		expect(overridesFrom('2027-03-15', defaultTimeline('2027-03-15').map((s) => ({ ...s, done: false })))).toEqual({});
	});
});

describe('timelineProgress', () => {
	it('counts done and late steps', () => {
		const steps = timeline('2027-03-15', { plan: { done: true } }, '2026-10-01');
		expect(timelineProgress(steps)).toEqual({ done: 1, total: planSteps.length, late: 1 });
	});
});

describe('organiserAdvice', () => {
	it('asks to choose an organiser, and to involve the municipality as a partner', () => {
		expect(organiserAdvice({ organiserKind: null, partnerKinds: [] })).toEqual(['chooseOrganiser', 'municipalityAsPartner']);
	});

	it('advises against the municipality as the organiser, without refusing it', () => {
		expect(organiserAdvice({ organiserKind: 'municipality', partnerKinds: ['municipality'] })).toEqual(['organiserIsMunicipality']);
	});

	it('has nothing to add when another organisation organises and the municipality is a partner', () => {
		expect(organiserAdvice({ organiserKind: 'welfare', partnerKinds: ['welfare', 'municipality'] })).toEqual([]);
	});
});

describe('the new goals of a save', () => {
	it('are the lines that were not there before, without list marks, once each', () => {
		expect(newGoals(null, 'Huiswerkbegeleiding in Zuid\n\n- Een schuldhulpmaatje per gezin')).toEqual([
			'Huiswerkbegeleiding in Zuid',
			'Een schuldhulpmaatje per gezin'
		]);
		expect(newGoals('Huiswerkbegeleiding in Zuid', '  huiswerkbegeleiding in zuid \n1. Een taalcafé\nEen taalcafé')).toEqual(['Een taalcafé']);
		expect(newGoals('Iets', null)).toEqual([]);
		expect(newGoals('Iets', '\n \n')).toEqual([]);
	});
});
