/*
 * A region's plan (issue #12 item 1): the half year of preparation before its first meeting, and
 * the advice on who organises. Pure: dates are ISO strings ('YYYY-MM-DD'), today is passed in.
 */
import type { PartnerKind } from './vocabularies';

/**
 * The steps of the preparation, in order, each with how many weeks before the first meeting it is
 * best done. Preparation takes at least half a year (26 weeks): most of it is finding partners and
 * money, the practical work (room, recruitment, the last check) comes at the end.
 */
export const planSteps = [
	{ key: 'plan', weeksBefore: 26 },
	{ key: 'organiser', weeksBefore: 24 },
	{ key: 'existing', weeksBefore: 22 },
	{ key: 'partners', weeksBefore: 20 },
	{ key: 'funding', weeksBefore: 18 },
	{ key: 'facilitators', weeksBefore: 16 },
	{ key: 'managers', weeksBefore: 12 },
	{ key: 'room', weeksBefore: 10 },
	{ key: 'recruitment', weeksBefore: 8 },
	{ key: 'dates', weeksBefore: 6 },
	{ key: 'welcome', weeksBefore: 2 },
	{ key: 'finalCheck', weeksBefore: 1 }
] as const;

export type PlanStepKey = (typeof planSteps)[number]['key'];
export const planStepKeys: readonly PlanStepKey[] = planSteps.map((s) => s.key);
export const isPlanStepKey = (key: string): key is PlanStepKey => (planStepKeys as readonly string[]).includes(key);

/** What the coordinator changed of a step: its own date instead of the suggested one, and whether it is done. */
export interface StepOverride {
	date?: string | null;
	done?: boolean;
}
export type TimelineOverrides = Partial<Record<PlanStepKey, StepOverride>>;

export interface TimelineStep {
	key: PlanStepKey;
	/** The date counted back from the first meeting; null while no meeting is planned. */
	suggested: string | null;
	/** The date shown: the coordinator's own, else the suggested one. */
	date: string | null;
	/** True when the coordinator chose the date. */
	adjusted: boolean;
	done: boolean;
	/** Not done and its date has passed. A fact about a step, never about a person. */
	late: boolean;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** `date` minus `days` days, as an ISO date. */
export function daysBefore(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}

/** The suggested steps with their dates, counted back from the first meeting (undated without one). */
export function defaultTimeline(firstMeeting: string | null): { key: PlanStepKey; date: string | null }[] {
	const start = firstMeeting && isoDate.test(firstMeeting) ? firstMeeting : null;
	return planSteps.map((s) => ({ key: s.key, date: start ? daysBefore(start, s.weeksBefore * 7) : null }));
}

/** The earliest of the meeting dates of the region's series: where the half year counts back from. */
export function firstMeetingDate(dates: readonly string[]): string | null {
	const valid = dates.filter((d) => isoDate.test(d)).sort();
	return valid[0] ?? null;
}

/** The timeline as the plan shows it: the suggestion, with what the coordinator changed on top. */
export function timeline(firstMeeting: string | null, overrides: TimelineOverrides, today: string): TimelineStep[] {
	return defaultTimeline(firstMeeting).map(({ key, date: suggested }) => {
		const own = overrides[key];
		const ownDate = own?.date && isoDate.test(own.date) ? own.date : null;
		const date = ownDate ?? suggested;
		const done = own?.done === true;
		return { key, suggested, date, adjusted: ownDate !== null && ownDate !== suggested, done, late: !done && date !== null && date < today };
	});
}

/**
 * What is stored of a timeline as submitted: only what differs from the suggestion, so a step whose
 * date was not touched keeps following the first meeting when that moves.
 */
export function overridesFrom(
	firstMeeting: string | null,
	submitted: readonly { key: PlanStepKey; date: string | null; done: boolean }[]
): TimelineOverrides {
	const suggested = new Map(defaultTimeline(firstMeeting).map((s) => [s.key, s.date]));
	const result: TimelineOverrides = {};
	for (const step of submitted) {
		const own: StepOverride = {};
		if (step.date && step.date !== suggested.get(step.key)) own.date = step.date;
		if (step.done) own.done = true;
		if (own.date !== undefined || own.done) result[step.key] = own;
	}
	return result;
}

/** How far the preparation is: steps done of all steps. Counts, for the overview; no score. */
export function timelineProgress(steps: readonly TimelineStep[]): { done: number; total: number; late: number } {
	return { done: steps.filter((s) => s.done).length, total: steps.length, late: steps.filter((s) => s.late).length };
}

/**
 * Advice on who organises (seed 000 §2.3): experience shows that the series go best when an
 * organisation other than the municipality organises them, with the municipality as a partner that
 * supports. This is advice, never a refusal: the plan is saved whatever is chosen.
 */
export type OrganiserAdvice = 'chooseOrganiser' | 'organiserIsMunicipality' | 'municipalityAsPartner';

export function organiserAdvice(input: { organiserKind: PartnerKind | null; partnerKinds: readonly PartnerKind[] }): OrganiserAdvice[] {
	const advice: OrganiserAdvice[] = [];
	if (input.organiserKind === null) advice.push('chooseOrganiser');
	else if (input.organiserKind === 'municipality') advice.push('organiserIsMunicipality');
	if (!input.partnerKinds.includes('municipality')) advice.push('municipalityAsPartner');
	return advice;
}

/**
 * The goals of `after` that were not in `before`: a goal is a line (or a paragraph) of the plan's
 * goals text, compared without case and surrounding spaces. Each is checked on its own against the
 * inventory, so one long text does not look like every programme at once.
 */
export function newGoals(before: string | null, after: string | null): string[] {
	const goalsOf = (text: string | null) =>
		(text ?? '')
			.split(/\n/)
			.map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
			.filter(Boolean);
	const known = new Set(goalsOf(before).map((g) => g.toLowerCase()));
	return [...new Set(goalsOf(after))].filter((g) => !known.has(g.toLowerCase()));
}
