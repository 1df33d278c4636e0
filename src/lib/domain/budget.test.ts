import { describe, expect, it } from 'vitest';
import { budgetFromTyped, budgetKeys, calculateBudget, defaultBudget, fundingGap, minimumHoursPerMeeting, type BudgetInput } from './budget';

const example: BudgetInput = {
	...defaultBudget,
	seriesPerYear: 2,
	meetingsPerSeries: 4,
	participantsPerMeeting: 10,
	professionalCount: 1,
	professionalHoursPerMeeting: 400,
	professionalTrainingHours: 800,
	professionalRate: 5500,
	expertCount: 1,
	expertHoursPerMeeting: 450,
	expertTrainingHours: 800,
	expertRate: 3333,
	coordinationHours: 1000,
	coordinationRate: 6000,
	recruitment: 25000,
	website: 12000,
	roomPerMeeting: 7500,
	cateringPerMeeting: 4000,
	supplies: 5000,
	onlinePlatform: 15000,
	allowancePerParticipant: 500,
	followUp: 50000
};

const line = (input: BudgetInput, key: string) => calculateBudget(input).lines.find((l) => l.key === key)!;

describe('calculateBudget', () => {
	it('adds up the lines of one series', () => {
		const budget = calculateBudget(example);
		// 16 hours at € 55 = € 880; 8 training hours = € 440.
		expect(line(example, 'professionalMeetings')).toMatchObject({ hours: 1600, rate: 5500, amount: 88000, per: 'series' });
		expect(line(example, 'professionalTraining').amount).toBe(44000);
		// 18 hours at € 33,33 = € 599,94; 8 hours = € 266,64.
		expect(line(example, 'expertMeetings').amount).toBe(59994);
		expect(line(example, 'expertTraining').amount).toBe(26664);
		expect(line(example, 'coordination').amount).toBe(60000);
		expect(line(example, 'room')).toMatchObject({ quantity: 4, price: 7500, amount: 30000 });
		expect(line(example, 'catering').amount).toBe(16000);
		// 4 meetings × 10 participants × € 5.
		expect(line(example, 'allowances')).toMatchObject({ quantity: 40, amount: 20000 });
		expect(budget.perSeries).toEqual({
			personnel: 88000 + 44000 + 59994 + 26664 + 60000,
			materials: 25000 + 30000 + 16000 + 5000 + 20000,
			followUp: 50000,
			total: 278658 + 96000 + 50000
		});
	});

	it('counts the series of a year and what is paid once a year', () => {
		const budget = calculateBudget(example);
		expect(budget.perYear.personnel).toBe(2 * 278658);
		expect(budget.perYear.materials).toBe(2 * 96000 + 12000 + 15000);
		expect(budget.perYear.followUp).toBe(2 * 50000);
		expect(budget.perYear.total).toBe(2 * budget.perSeries.total + 27000);
		expect(budget.perYear.total).toBe(budget.perYear.personnel + budget.perYear.materials + budget.perYear.followUp);
	});

	it('rounds each personnel line once, after adding its hours', () => {
		// 4 × 0,25 hours at € 10,10: one hour, € 10,10; rounding per meeting would make € 10,12.
		const input = { ...example, meetingsPerSeries: 4, expertHoursPerMeeting: 25, expertRate: 1010 };
		expect(line(input, 'expertMeetings').amount).toBe(1010);
		// 3 × 0,25 hours = 0,75 at € 0,03 is 2,25 cents: 2.
		expect(line({ ...input, meetingsPerSeries: 3, expertRate: 3 }, 'expertMeetings').amount).toBe(2);
		// 0,5 hours at € 0,01 is half a cent: 1.
		expect(line({ ...input, meetingsPerSeries: 2, expertRate: 1 }, 'expertMeetings').amount).toBe(1);
	});

	it('is the sum of its lines, in whole cents', () => {
		const budget = calculateBudget(example);
		for (const amount of [...budget.lines.map((l) => l.amount), budget.perYear.total, budget.perSeries.total]) {
			expect(Number.isSafeInteger(amount)).toBe(true);
		}
		const series = budget.lines.filter((l) => l.per === 'series').reduce((s, l) => s + l.amount, 0);
		expect(series).toBe(budget.perSeries.total);
	});

	it('calculates a budget without meetings, and says so', () => {
		const budget = calculateBudget({ ...example, meetingsPerSeries: 0 });
		expect(budget.warnings).toContainEqual({ code: 'noMeetings' });
		expect(line({ ...example, meetingsPerSeries: 0 }, 'room').amount).toBe(0);
		expect(budget.perSeries.total).toBe(44000 + 26664 + 60000 + 25000 + 5000 + 50000);
	});

	it('calculates a year without series, and says so', () => {
		const budget = calculateBudget({ ...example, seriesPerYear: 0 });
		expect(budget.warnings).toContainEqual({ code: 'noSeries' });
		expect(budget.perYear.total).toBe(27000);
	});

	it('starts from nothing: every amount zero', () => {
		const budget = calculateBudget(defaultBudget);
		expect(budget.perYear.total).toBe(0);
		expect(budget.warnings).toEqual([{ code: 'experienceExpertUnpaid' }]);
	});

	it('refuses numbers that are not whole or are negative', () => {
		expect(() => calculateBudget({ ...example, roomPerMeeting: -1 })).toThrow(RangeError);
		expect(() => calculateBudget({ ...example, expertRate: 12.5 })).toThrow(RangeError);
		expect(() => calculateBudget({ ...example, followUp: Number.NaN })).toThrow(RangeError);
	});

	it('holds every key of the input once', () => {
		expect(new Set(budgetKeys).size).toBe(Object.keys(defaultBudget).length);
	});
});

describe('budget warnings', () => {
	const codes = (input: BudgetInput) => calculateBudget(input).warnings;

	it('warns below four hours a meeting per facilitator, for each role', () => {
		expect(codes({ ...example, professionalHoursPerMeeting: 399 })).toContainEqual({ code: 'hoursBelowMinimum', role: 'professional', hours: 399 });
		expect(codes({ ...example, expertHoursPerMeeting: 200 })).toContainEqual({ code: 'hoursBelowMinimum', role: 'expert', hours: 200 });
		expect(codes({ ...example, expertHoursPerMeeting: minimumHoursPerMeeting })).toEqual([]);
	});

	it('does not warn about hours of a role nobody fills', () => {
		expect(codes({ ...example, professionalCount: 0, professionalHoursPerMeeting: 0 })).toEqual([]);
	});

	it('advises an experience expert, and paying them', () => {
		expect(codes({ ...example, expertCount: 0 })).toEqual([{ code: 'noExperienceExpert' }]);
		expect(codes({ ...example, expertRate: 0 })).toEqual([{ code: 'experienceExpertUnpaid' }]);
	});
});

describe('fundingGap', () => {
	it('counts granted against the budget, and asked apart', () => {
		const sources = [
			{ status: 'granted', amount: 100000 },
			{ status: 'granted', amount: 50000 },
			{ status: 'asked', amount: 70000 },
			{ status: 'refused', amount: 99999 },
			{ status: 'idea', amount: 12345 }
		];
		expect(fundingGap(300000, sources)).toEqual({ budget: 300000, granted: 150000, pending: 70000, gap: 150000, gapIfPendingGranted: 80000 });
	});

	it('goes below zero when more was granted than needed', () => {
		expect(fundingGap(1000, [{ status: 'granted', amount: 1500 }]).gap).toBe(-500);
	});
});

describe('budgetFromTyped', () => {
	it('reads what is typed the Dutch way, and names what it cannot read', () => {
		const typed = Object.fromEntries(budgetKeys.map((k) => [k, '0'])) as Record<string, string>;
		const { input, unreadable } = budgetFromTyped({ ...typed, meetingsPerSeries: '4', professionalRate: '55,50', expertHoursPerMeeting: '4,5', roomPerMeeting: '1.300', catering: 'x', followUp: 'veel', supplies: '-3' } as never);
		expect(input).toMatchObject({ meetingsPerSeries: 4, professionalRate: 5550, expertHoursPerMeeting: 450, roomPerMeeting: 130000, followUp: 0, supplies: 0 });
		expect(unreadable).toEqual(['supplies', 'followUp']);
	});

	it('refuses absurd numbers per field', () => {
		const typed = Object.fromEntries(budgetKeys.map((k) => [k, '0'])) as Record<string, string>;
		expect(budgetFromTyped({ ...typed, meetingsPerSeries: '13', professionalRate: '501', expertHoursPerMeeting: '25' } as never).unreadable).toEqual([
			'meetingsPerSeries',
			'expertHoursPerMeeting',
			'professionalRate'
		]);
	});
});
