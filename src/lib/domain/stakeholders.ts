import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { UpdateFrequency } from './vocabularies';

/*
 * Keeping managers and civil servants informed (seed 002 "Betrokkenheid op directieniveau": ask
 * them how and when they want to hear how it goes). Each stakeholder chose a frequency; this
 * module says which updates are due and which period each covers. Dates are Amsterdam calendar
 * dates (`yyyy-MM-dd`), like a meeting's.
 */

export interface StakeholderPlan {
	frequency: UpdateFrequency;
	/** The day the stakeholder was added: nothing from before it is owed to them. */
	addedOn: string;
}

/** A meeting of a series in the region, by its date. */
export interface RegionMeeting {
	id: string;
	seriesId: string;
	date: string;
}

/** One update a stakeholder is owed: after a meeting, for a month, or at the end of a series. */
export interface Occasion {
	/** Unique per stakeholder, so the daily job drafts each update once. */
	key: string;
	/** The day the update is due: the day after the meeting or series, or the 1st of the month. */
	dueOn: string;
	/** The period whose outcomes the update reports, both days included. */
	from: string;
	to: string;
	/** The series it is about, for an update after a meeting or at the end of a series. */
	seriesId: string | null;
}

const day = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
const monthOf = (date: string) => date.slice(0, 7);
const firstOf = (month: string) => `${month}-01`;
const nextMonth = (month: string) => format(addMonths(parseISO(firstOf(month)), 1), 'yyyy-MM');

/** The last meeting of each series. */
function lastMeetings(meetings: readonly RegionMeeting[]): RegionMeeting[] {
	const last = new Map<string, RegionMeeting>();
	for (const m of meetings) {
		const seen = last.get(m.seriesId);
		if (!seen || m.date > seen.date) last.set(m.seriesId, m);
	}
	return [...last.values()];
}

/** Every occasion of a plan, past and future, in date order (months only up to `until`'s month). */
function occasions(plan: StakeholderPlan, meetings: readonly RegionMeeting[], until: string): Occasion[] {
	switch (plan.frequency) {
		case 'afterEveryMeeting':
			return meetings
				.filter((m) => m.date >= plan.addedOn)
				.map((m) => ({ key: `meeting:${m.id}`, dueOn: day(m.date, 1), from: m.date, to: m.date, seriesId: m.seriesId }))
				.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
		case 'endOfSeries': {
			return lastMeetings(meetings)
				.filter((m) => m.date >= plan.addedOn)
				.map((m) => ({
					key: `series:${m.seriesId}`,
					dueOn: day(m.date, 1),
					from: meetings.filter((x) => x.seriesId === m.seriesId).reduce((a, x) => (x.date < a ? x.date : a), m.date),
					to: m.date,
					seriesId: m.seriesId
				}))
				.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
		}
		case 'monthly': {
			const out: Occasion[] = [];
			// The first update reports the month in which the stakeholder was added.
			for (let month = nextMonth(monthOf(plan.addedOn)); firstOf(month) <= firstOf(nextMonth(monthOf(until))); month = nextMonth(month)) {
				const reported = format(addMonths(parseISO(firstOf(month)), -1), 'yyyy-MM');
				out.push({ key: `month:${reported}`, dueOn: firstOf(month), from: firstOf(reported), to: day(firstOf(month), -1), seriesId: null });
			}
			return out;
		}
	}
}

/**
 * The updates due on or before `today` that are not drafted yet (`drafted`: their keys). For a
 * monthly plan only the latest month is due: a coordinator who was away for a quarter gets one
 * update, not three.
 */
export function dueOccasions(plan: StakeholderPlan, meetings: readonly RegionMeeting[], today: string, drafted: ReadonlySet<string>): Occasion[] {
	const due = occasions(plan, meetings, today).filter((o) => o.dueOn <= today);
	const owed = plan.frequency === 'monthly' ? due.slice(-1) : due;
	return owed.filter((o) => !drafted.has(o.key));
}

/** The next update still to come after `today`, for the stakeholders page; null when none is planned. */
export function nextOccasion(plan: StakeholderPlan, meetings: readonly RegionMeeting[], today: string): Occasion | null {
	return occasions(plan, meetings, today).find((o) => o.dueOn > today) ?? null;
}
