import { limits } from './limits';
import { costOfHours, parseCount, parseHours, parseMoney, type Parsed } from './money';

/*
 * A region's budget for Ontmoetingen (issue #12 item 2; seed 000 §2 "Kosten"): personnel,
 * materials and money for follow-up actions, per series and for the region's year of several
 * alike series. One pure function, `calculateBudget`, used by the page as it is typed, by the
 * server on submit and by the plan document. Money in whole cents, hours in hundredths of an hour.
 */

/** The least hours per meeting per facilitator, preparation and debrief included (seed 000 §2). */
export const minimumHoursPerMeeting = 400;

/** What a coordinator fills in; every number a whole, non-negative integer. */
export interface BudgetInput {
	/** Series in the region in a year; the budget counts them alike. */
	seriesPerYear: number;
	meetingsPerSeries: number;
	participantsPerMeeting: number;
	/** Facilitators who are professionals (beroepskracht). */
	professionalCount: number;
	professionalHoursPerMeeting: number;
	/** Training and reading time per professional per series. */
	professionalTrainingHours: number;
	professionalRate: number;
	/** Facilitators with lived experience (ervaringsdeskundige): paid too. */
	expertCount: number;
	expertHoursPerMeeting: number;
	expertTrainingHours: number;
	expertRate: number;
	/** Internal coordination and support per series. */
	coordinationHours: number;
	coordinationRate: number;
	/** Flyers and posters per series. */
	recruitment: number;
	/** An own website, per year. */
	website: number;
	roomPerMeeting: number;
	cateringPerMeeting: number;
	/** Prints, coloured paper, pens, stickers, sticky notes, markers: per series. */
	supplies: number;
	/** Internet and an online platform for online meetings, per year. */
	onlinePlatform: number;
	/** Travel or participation allowance per participant per meeting. */
	allowancePerParticipant: number;
	/** Money for follow-up actions per series: changes are hardly ever free. */
	followUp: number;
}

export type BudgetKey = keyof BudgetInput;

/** The input's fields by what they hold, for forms and parsing. */
export const budgetCountKeys = ['seriesPerYear', 'meetingsPerSeries', 'participantsPerMeeting', 'professionalCount', 'expertCount'] as const satisfies readonly BudgetKey[];
export const budgetHourKeys = [
	'professionalHoursPerMeeting',
	'professionalTrainingHours',
	'expertHoursPerMeeting',
	'expertTrainingHours',
	'coordinationHours'
] as const satisfies readonly BudgetKey[];
export const budgetRateKeys = ['professionalRate', 'expertRate', 'coordinationRate'] as const satisfies readonly BudgetKey[];
export const budgetAmountKeys = [
	'recruitment',
	'website',
	'roomPerMeeting',
	'cateringPerMeeting',
	'supplies',
	'onlinePlatform',
	'allowancePerParticipant',
	'followUp'
] as const satisfies readonly BudgetKey[];
export const budgetKeys = [...budgetCountKeys, ...budgetHourKeys, ...budgetRateKeys, ...budgetAmountKeys] as const;

/**
 * A new region's budget: the approach's own shape (four meetings, eight to twelve participants, a
 * professional and an experience expert each four hours a meeting) and no amounts yet.
 */
export const defaultBudget: BudgetInput = {
	seriesPerYear: 1,
	meetingsPerSeries: 4,
	participantsPerMeeting: 10,
	professionalCount: 1,
	professionalHoursPerMeeting: minimumHoursPerMeeting,
	professionalTrainingHours: 0,
	professionalRate: 0,
	expertCount: 1,
	expertHoursPerMeeting: minimumHoursPerMeeting,
	expertTrainingHours: 0,
	expertRate: 0,
	coordinationHours: 0,
	coordinationRate: 0,
	recruitment: 0,
	website: 0,
	roomPerMeeting: 0,
	cateringPerMeeting: 0,
	supplies: 0,
	onlinePlatform: 0,
	allowancePerParticipant: 0,
	followUp: 0
};

export type BudgetGroup = 'personnel' | 'materials' | 'followUp';

export type BudgetLineKey =
	| 'professionalMeetings'
	| 'professionalTraining'
	| 'expertMeetings'
	| 'expertTraining'
	| 'coordination'
	| 'recruitment'
	| 'room'
	| 'catering'
	| 'supplies'
	| 'allowances'
	| 'followUp'
	| 'website'
	| 'onlinePlatform';

/**
 * One line of the budget. A personnel line says its hours and rate, a material line its quantity
 * and price, so a reader (a funder) can follow the sum. `per` says whether the amount is for one
 * series or for the region's year.
 */
export type BudgetLine = {
	key: BudgetLineKey;
	group: BudgetGroup;
	per: 'series' | 'year';
	amount: number;
} & ({ basis: 'hours'; hours: number; rate: number } | { basis: 'units'; quantity: number; price: number });

export interface Subtotals {
	personnel: number;
	materials: number;
	followUp: number;
	total: number;
}

export type BudgetWarning =
	| { code: 'noMeetings' }
	| { code: 'noSeries' }
	| { code: 'hoursBelowMinimum'; role: 'professional' | 'expert'; hours: number }
	| { code: 'noExperienceExpert' }
	| { code: 'experienceExpertUnpaid' };

export interface Budget {
	lines: BudgetLine[];
	/** One series. */
	perSeries: Subtotals;
	/** The region's year: `seriesPerYear` series plus what is paid once a year. */
	perYear: Subtotals;
	warnings: BudgetWarning[];
}

const hoursLine = (key: BudgetLineKey, hours: number, rate: number): BudgetLine => ({
	key,
	group: 'personnel',
	per: 'series',
	basis: 'hours',
	hours,
	rate,
	amount: costOfHours(rate, hours)
});

const unitsLine = (key: BudgetLineKey, group: BudgetGroup, per: 'series' | 'year', quantity: number, price: number): BudgetLine => ({
	key,
	group,
	per,
	basis: 'units',
	quantity,
	price,
	amount: quantity * price
});

const sumOf = (lines: BudgetLine[], group: BudgetGroup) => lines.filter((l) => l.group === group).reduce((sum, l) => sum + l.amount, 0);

function subtotals(lines: BudgetLine[]): Subtotals {
	const personnel = sumOf(lines, 'personnel');
	const materials = sumOf(lines, 'materials');
	const followUp = sumOf(lines, 'followUp');
	return { personnel, materials, followUp, total: personnel + materials + followUp };
}

function assertWhole(input: BudgetInput): void {
	for (const key of budgetKeys) {
		const value = input[key];
		if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${key} must be a whole, non-negative number`);
	}
}

/** Advice on the budget; it never stops a calculation. */
export function budgetWarnings(input: BudgetInput): BudgetWarning[] {
	const warnings: BudgetWarning[] = [];
	if (input.meetingsPerSeries === 0) warnings.push({ code: 'noMeetings' });
	if (input.seriesPerYear === 0) warnings.push({ code: 'noSeries' });
	if (input.professionalCount > 0 && input.professionalHoursPerMeeting < minimumHoursPerMeeting) {
		warnings.push({ code: 'hoursBelowMinimum', role: 'professional', hours: input.professionalHoursPerMeeting });
	}
	if (input.expertCount === 0) warnings.push({ code: 'noExperienceExpert' });
	else {
		if (input.expertHoursPerMeeting < minimumHoursPerMeeting) warnings.push({ code: 'hoursBelowMinimum', role: 'expert', hours: input.expertHoursPerMeeting });
		if (input.expertRate === 0) warnings.push({ code: 'experienceExpertUnpaid' });
	}
	return warnings;
}

/**
 * The budget of `input`. Per series: the facilitators' hours for every meeting and their training,
 * coordination, recruitment, room and catering per meeting, supplies, allowances per participant
 * per meeting, and follow-up money. Per year: that times the series in a year, plus the website and
 * the online platform once. Zero meetings or series is a warning, not an error: the sums are then
 * simply smaller.
 */
export function calculateBudget(input: BudgetInput): Budget {
	assertWhole(input);
	const meetings = input.meetingsPerSeries;
	const seriesLines: BudgetLine[] = [
		hoursLine('professionalMeetings', input.professionalCount * meetings * input.professionalHoursPerMeeting, input.professionalRate),
		hoursLine('professionalTraining', input.professionalCount * input.professionalTrainingHours, input.professionalRate),
		hoursLine('expertMeetings', input.expertCount * meetings * input.expertHoursPerMeeting, input.expertRate),
		hoursLine('expertTraining', input.expertCount * input.expertTrainingHours, input.expertRate),
		hoursLine('coordination', input.coordinationHours, input.coordinationRate),
		unitsLine('recruitment', 'materials', 'series', 1, input.recruitment),
		unitsLine('room', 'materials', 'series', meetings, input.roomPerMeeting),
		unitsLine('catering', 'materials', 'series', meetings, input.cateringPerMeeting),
		unitsLine('supplies', 'materials', 'series', 1, input.supplies),
		unitsLine('allowances', 'materials', 'series', meetings * input.participantsPerMeeting, input.allowancePerParticipant),
		unitsLine('followUp', 'followUp', 'series', 1, input.followUp)
	];
	const yearLines: BudgetLine[] = [
		unitsLine('website', 'materials', 'year', 1, input.website),
		unitsLine('onlinePlatform', 'materials', 'year', 1, input.onlinePlatform)
	];
	const perSeries = subtotals(seriesLines);
	const once = subtotals(yearLines);
	const times = input.seriesPerYear;
	const perYear = {
		personnel: perSeries.personnel * times + once.personnel,
		materials: perSeries.materials * times + once.materials,
		followUp: perSeries.followUp * times + once.followUp,
		total: perSeries.total * times + once.total
	};
	return { lines: [...seriesLines, ...yearLines], perSeries, perYear, warnings: budgetWarnings(input) };
}

/** What funding covers of a year's budget: the gap after what was granted, and after what is still asked as well. */
export interface FundingGap {
	budget: number;
	granted: number;
	/** Asked and not yet answered. */
	pending: number;
	/** Budget minus granted; below zero when more was granted than needed. */
	gap: number;
	/** The gap if everything still asked is granted. */
	gapIfPendingGranted: number;
}

export function fundingGap(budgetTotal: number, sources: readonly { status: string; amount: number }[]): FundingGap {
	const granted = sources.filter((s) => s.status === 'granted').reduce((sum, s) => sum + s.amount, 0);
	const pending = sources.filter((s) => s.status === 'asked').reduce((sum, s) => sum + s.amount, 0);
	return { budget: budgetTotal, granted, pending, gap: budgetTotal - granted, gapIfPendingGranted: budgetTotal - granted - pending };
}

/** How each field is typed and the most it may hold (`limits.ts`): page and server read it alike. */
export type BudgetFieldKind = 'count' | 'hours' | 'money';

export const budgetFields: Record<BudgetKey, { kind: BudgetFieldKind; max: number }> = {
	seriesPerYear: { kind: 'count', max: limits.budgetSeriesPerYearMax },
	meetingsPerSeries: { kind: 'count', max: limits.meetingCountMax },
	participantsPerMeeting: { kind: 'count', max: limits.budgetParticipantsMax },
	professionalCount: { kind: 'count', max: limits.budgetFacilitatorsMax },
	expertCount: { kind: 'count', max: limits.budgetFacilitatorsMax },
	professionalHoursPerMeeting: { kind: 'hours', max: limits.budgetHoursPerMeetingMax },
	expertHoursPerMeeting: { kind: 'hours', max: limits.budgetHoursPerMeetingMax },
	professionalTrainingHours: { kind: 'hours', max: limits.budgetHoursMax },
	expertTrainingHours: { kind: 'hours', max: limits.budgetHoursMax },
	coordinationHours: { kind: 'hours', max: limits.budgetHoursMax },
	professionalRate: { kind: 'money', max: limits.budgetRateMaxCents },
	expertRate: { kind: 'money', max: limits.budgetRateMaxCents },
	coordinationRate: { kind: 'money', max: limits.budgetRateMaxCents },
	recruitment: { kind: 'money', max: limits.budgetAmountMaxCents },
	website: { kind: 'money', max: limits.budgetAmountMaxCents },
	roomPerMeeting: { kind: 'money', max: limits.budgetAmountMaxCents },
	cateringPerMeeting: { kind: 'money', max: limits.budgetAmountMaxCents },
	supplies: { kind: 'money', max: limits.budgetAmountMaxCents },
	onlinePlatform: { kind: 'money', max: limits.budgetAmountMaxCents },
	allowancePerParticipant: { kind: 'money', max: limits.budgetAmountMaxCents },
	followUp: { kind: 'money', max: limits.budgetAmountMaxCents }
};

/** One field of the budget as typed. */
export function parseBudgetField(key: BudgetKey, text: string): Parsed {
	const { kind, max } = budgetFields[key];
	return kind === 'count' ? parseCount(text, max) : kind === 'hours' ? parseHours(text, max) : parseMoney(text, max);
}

/**
 * The budget of what is typed right now, for the page's live sums: a field not (yet) readable
 * counts as nothing and is named in `unreadable`. The server parses the same way and refuses instead.
 */
export function budgetFromTyped(typed: Partial<Record<BudgetKey, string>>): { input: BudgetInput; unreadable: BudgetKey[] } {
	const input = { ...defaultBudget };
	const unreadable: BudgetKey[] = [];
	for (const key of budgetKeys) {
		const parsed = parseBudgetField(key, typed[key] ?? '');
		if (parsed.ok) input[key] = parsed.value;
		else {
			input[key] = 0;
			unreadable.push(key);
		}
	}
	return { input, unreadable };
}
