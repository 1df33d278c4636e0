import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import type { AdviceSeverity } from './composition';
import type { HolidayKey, HolidayLookup } from './holidays';
import type { SeriesKind } from './vocabularies';

export const seriesTimeZone = 'Europe/Amsterdam';

export type ScheduleDefaults = {
	meetingCount: number;
	intervalDays: number;
	durationMinutes: number;
	startTime: string;
	/** Whether the kind can end with an extra deciding meeting. */
	offersDecidingMeeting: boolean;
};

// seed 002 "Tijd": sessions of 1.5 to 3 hours, every two to three weeks.
export const networkDurationMinutes = { min: 90, max: 180 } as const;
export const networkIntervalDays = { min: 14, max: 21 } as const;

// Start times: 10:00–12:00 falls in school hours, so parents can come, and in working hours, so
// professionals join as part of their job (seed 000 §3.1 presents taking part as professional
// development). The network is mostly professionals: an afternoon in working hours.
const defaults: Record<SeriesKind, ScheduleDefaults> = {
	// seed 000 §2: four meetings of about two hours; every two weeks runs the series over six weeks,
	// well within its 4 weeks to 4 months. seed 001 §2: a fifth meeting may decide what is taken up.
	ontmoetingen: {
		meetingCount: 4,
		intervalDays: 14,
		durationMinutes: 120,
		startTime: '10:00',
		offersDecidingMeeting: true
	},
	// seed 001 §4: eight follow-up meetings spread over a year. Every seven weeks keeps the weekday
	// and puts the eighth 343 days after the first, so the whole year is used and not overrun.
	actionLearning: {
		meetingCount: 8,
		intervalDays: 49,
		durationMinutes: 120,
		startTime: '10:00',
		offersDecidingMeeting: false
	},
	// seed 002: about five sessions; it warns against long gaps, so the short end of 2–3 weeks.
	// 2.5 hours leaves room for introductions and case work within the 1.5–3 hours.
	professionalNetwork: {
		meetingCount: 5,
		intervalDays: 14,
		durationMinutes: 150,
		startTime: '13:30',
		offersDecidingMeeting: false
	}
};

export function scheduleDefaults(kind: SeriesKind): ScheduleDefaults {
	return { ...defaults[kind] };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Calendar-day arithmetic runs in UTC, which has no daylight saving to skip or repeat a day.
function parseDay(date: string): TZDate | null {
	const match = datePattern.exec(date);
	const day = match && new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 'UTC');
	return day && formatDate(day) === date ? day : null;
}

function calendarDay(date: string): TZDate {
	const day = parseDay(date);
	if (!day) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
	return day;
}

function formatDate(date: Date): string {
	return format(date, 'yyyy-MM-dd');
}

function clock(time: string): [number, number] {
	const match = timePattern.exec(time);
	if (!match) throw new RangeError(`Not a time (HH:MM): ${time}`);
	return [Number(match[1]), Number(match[2])];
}

/**
 * The instant of a wall-clock time in Amsterdam. A time skipped when summer time starts (02:30 on
 * the last Sunday of March) moves an hour on; a repeated one (October) takes the first, summer time.
 */
export function toInstant(date: string, time: string): Date {
	const day = calendarDay(date);
	const [hours, minutes] = clock(time);
	const local = new TZDate(
		day.getFullYear(),
		day.getMonth(),
		day.getDate(),
		hours,
		minutes,
		seriesTimeZone
	);
	return new Date(local.getTime());
}

/** The Amsterdam wall-clock date and time of an instant. */
export function fromInstant(instant: Date): { date: string; time: string } {
	const local = new TZDate(instant.getTime(), seriesTimeZone);
	return { date: formatDate(local), time: format(local, 'HH:mm') };
}

export type PlanInput = {
	kind: SeriesKind;
	startDate: string;
	intervalDays: number;
	startTime: string;
	durationMinutes: number;
	count: number;
	includeDecidingMeeting?: boolean;
};

export type PlannedMeeting = {
	number: number;
	date: string;
	startTime: string;
	durationMinutes: number;
	deciding: boolean;
};

/**
 * All meetings of a series at a fixed interval. The deciding meeting exists only for
 * `ontmoetingen` (seed 001 §2) and follows the last regular meeting at the same interval.
 */
export function planMeetings(input: PlanInput): PlannedMeeting[] {
	const start = calendarDay(input.startDate);
	// Refuse an impossible start time here rather than when the meetings are turned into instants.
	clock(input.startTime);
	const deciding =
		input.includeDecidingMeeting === true && defaults[input.kind].offersDecidingMeeting;
	const total = input.count + (deciding ? 1 : 0);
	return Array.from({ length: total }, (_, index) => ({
		number: index + 1,
		date: formatDate(addDays(start, index * input.intervalDays)),
		startTime: input.startTime,
		durationMinutes: input.durationMinutes,
		deciding: index >= input.count
	}));
}

/**
 * One rule for every form that sets a date, the new series and the schedule: no date before today.
 * A meeting that already took place keeps its date (`saved`); only moving a date into the past is
 * refused, because nobody can be invited to it any more.
 */
export function movesIntoPast(date: string, today: string, saved: string | null = null): boolean {
	return date < today && date !== saved;
}

export type MeetingSlot = {
	date: string;
	startTime: string;
	durationMinutes: number;
	location: string | null;
	onlineLink: string | null;
};

/**
 * Whether a change moves a meeting in time or place: then its calendar entry gets a higher
 * SEQUENCE (RFC 5545 §3.8.7.4), or calendar apps may keep the old one.
 */
export function slotChanged(before: MeetingSlot, after: MeetingSlot): boolean {
	return (
		before.date !== after.date ||
		before.startTime !== after.startTime ||
		before.durationMinutes !== after.durationMinutes ||
		before.location !== after.location ||
		before.onlineLink !== after.onlineLink
	);
}

export type ScheduleAdviceParams = {
	seriesTooShort: { weeks: number; minWeeks: number };
	seriesTooLong: { weeks: number; maxMonths: number };
	/** `meeting` is the meeting's own number, as in every per-meeting warning. */
	inPast: { meeting: number; date: string };
	onHoliday: { meeting: number; date: string; holiday: HolidayKey };
	outOfOrder: { meeting: number; date: string; previousDate: string };
	sameDay: { meeting: number; date: string };
	durationOutOfRange: { meeting: number; minutes: number; min: number; max: number };
	/** `days`: the gap since the meeting before this one. */
	intervalOutOfRange: { meeting: number; days: number; min: number; max: number };
};

export type ScheduleAdviceCode = keyof ScheduleAdviceParams;

export type ScheduleAdvice<C extends ScheduleAdviceCode = ScheduleAdviceCode> = {
	[K in C]: { code: K; severity: AdviceSeverity; params: ScheduleAdviceParams[K] };
}[C];

export type ScheduleInput = {
	kind: SeriesKind;
	/**
	 * `number` names the meeting in its advice, also when other rows are left out (a date typed
	 * half-way). `savedDate`: the date as stored, which may stay in the past (see movesIntoPast).
	 */
	meetings: { number: number; date: string; savedDate?: string; durationMinutes: number; deciding?: boolean }[];
	today: string;
};

// seed 000 §2: a series of Ontmoetingen runs between four weeks and four months.
const minWeeks = 4;
const maxMonths = 4;

/**
 * The span of a series of Ontmoetingen: seed 000 gives four weeks to four months. The weeks are
 * counted the way people say them: four weekly meetings "take four weeks", so the last meeting's
 * week counts. The deciding meeting closes the series (seed 001 §2, "we sluiten deze reeks af"), so
 * it counts for the upper limit: a fifth meeting nine months on has lost the group. It does not
 * count for the lower limit: the four weeks give room between the four conversations, which a
 * fifth meeting later on does not add.
 */
function spanAdvice(regular: TZDate[], deciding: TZDate[]): ScheduleAdvice[] {
	const byTime = (days: TZDate[]) => [...days].sort((a, b) => a.getTime() - b.getTime());
	const conversations = byTime(regular);
	const all = byTime([...regular, ...deciding]);
	const first = all[0];
	const last = all[all.length - 1];
	if (first === undefined || last === undefined) return [];
	const weeksBetween = (from: TZDate, to: TZDate) => Math.floor(differenceInCalendarDays(to, from) / 7) + 1;
	if (last > addMonths(first, maxMonths)) {
		return [{ code: 'seriesTooLong', severity: 'warning', params: { weeks: weeksBetween(first, last), maxMonths } }];
	}
	const start = conversations[0];
	const end = conversations[conversations.length - 1];
	if (start === undefined || end === undefined || differenceInCalendarDays(end, start) === 0) return [];
	const weeks = weeksBetween(start, end);
	return weeks < minWeeks ? [{ code: 'seriesTooShort', severity: 'warning', params: { weeks, minWeeks } }] : [];
}

/**
 * Advice on the planned dates: never a reason to refuse them, except `inPast`, which
 * says live what the save will refuse (movesIntoPast). A date that is not a real date yet (typed
 * half-way in a form) is skipped: the form's own validation speaks about it. Order: series-wide
 * first, then per meeting in list order.
 */
export function scheduleAdvice(input: ScheduleInput, holidays: HolidayLookup): ScheduleAdvice[] {
	calendarDay(input.today);
	const meetings = input.meetings.flatMap((m) => {
		const day = parseDay(m.date);
		return day ? [{ ...m, day, meeting: m.number }] : [];
	});
	const advice: ScheduleAdvice[] = [];
	if (input.kind === 'ontmoetingen') {
		const days = (deciding: boolean) => meetings.filter((m) => Boolean(m.deciding) === deciding).map((m) => m.day);
		advice.push(...spanAdvice(days(false), days(true)));
	}
	let previous: TZDate | undefined;
	for (const { meeting, date, savedDate, day, durationMinutes } of meetings) {
		if (movesIntoPast(date, input.today, savedDate)) {
			advice.push({ code: 'inPast', severity: 'warning', params: { meeting, date } });
		}
		const holiday = holidays(date);
		if (holiday !== null) {
			advice.push({ code: 'onHoliday', severity: 'warning', params: { meeting, date, holiday } });
		}
		const gap = previous === undefined ? null : differenceInCalendarDays(day, previous);
		if (previous !== undefined && gap !== null && gap < 0) {
			const previousDate = formatDate(previous);
			advice.push({
				code: 'outOfOrder',
				severity: 'warning',
				params: { meeting, date, previousDate }
			});
		} else if (gap === 0) {
			advice.push({ code: 'sameDay', severity: 'warning', params: { meeting, date } });
		}
		if (input.kind === 'professionalNetwork') {
			advice.push(...networkTips(meeting, durationMinutes, gap));
		}
		previous = day;
	}
	return advice;
}

/** seed 002 "Tijd"; tips only, since the seed gives these as a range that works, not a limit. */
function networkTips(meeting: number, minutes: number, gap: number | null): ScheduleAdvice[] {
	const tips: ScheduleAdvice[] = [];
	const duration = networkDurationMinutes;
	if (minutes < duration.min || minutes > duration.max) {
		tips.push({
			code: 'durationOutOfRange',
			severity: 'tip',
			params: { meeting, minutes, ...duration }
		});
	}
	const interval = networkIntervalDays;
	// A gap of zero or less already has its own warning.
	if (gap !== null && gap > 0 && (gap < interval.min || gap > interval.max)) {
		tips.push({
			code: 'intervalOutOfRange',
			severity: 'tip',
			params: { meeting, days: gap, ...interval }
		});
	}
	return tips;
}
