import { fromInstant, toInstant } from './schedule';

/*
 * When a reminder may land in someone's mailbox: on a working day, in working hours, and never on a
 * Friday afternoon or in the weekend, when it would wait unread (or spoil the weekend). One rule for
 * every reminder the app sends later; `now` is passed in.
 */

/** The first hour a reminder may arrive, and the hour after which it waits for the next morning. */
export const sendWindow = { from: '09:00', until: '17:00', fridayUntil: '12:00' } as const;

/** ISO weekday (Monday 1 … Sunday 7) of an Amsterdam calendar date. */
export function isoWeekday(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
	return day === 0 ? 7 : day;
}

/** The Amsterdam calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The earliest moment at or after `wanted` that falls in the send window (Amsterdam time): Monday to
 * Thursday 09:00–17:00, Friday 09:00–12:00. A moment outside it moves to the next window's opening.
 */
export function nextSendTime(wanted: Date): Date {
	const { date, time } = fromInstant(wanted);
	const weekday = isoWeekday(date);
	const until = weekday === 5 ? sendWindow.fridayUntil : sendWindow.until;
	if (weekday <= 5 && time >= sendWindow.from && time < until) return wanted;
	if (weekday <= 5 && time < sendWindow.from) return toInstant(date, sendWindow.from);
	let next = addDays(date, 1);
	while (isoWeekday(next) > 5) next = addDays(next, 1);
	return toInstant(next, sendWindow.from);
}
