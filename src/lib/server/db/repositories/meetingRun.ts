import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { initialLiveState, type LiveState } from '../../../domain/liveMeeting';
import type { Db } from '../client';
import { meeting, meetingRun } from '../schema';

export async function findRunForCheckedMeeting(db: Db, meetingId: string): Promise<LiveState> {
	const [row] = await db.select({ state: meetingRun.state }).from(meetingRun).where(eq(meetingRun.meetingId, meetingId));
	return row?.state ?? initialLiveState;
}

/** The run's state under its row lock, made first when the meeting has never been run. */
export async function lockRunForCheckedMeeting(tx: Db, meetingId: string): Promise<LiveState> {
	await tx.insert(meetingRun).values({ meetingId, state: initialLiveState }).onConflictDoNothing();
	const [row] = await tx.select({ state: meetingRun.state }).from(meetingRun).where(eq(meetingRun.meetingId, meetingId)).for('update');
	return row!.state;
}

export async function saveRunForCheckedMeeting(tx: Db, meetingId: string, state: LiveState, now: Date) {
	await tx.update(meetingRun).set({ state, updatedAt: now }).where(eq(meetingRun.meetingId, meetingId));
}

/**
 * The meeting of a series that a participant's phone should follow: one that is running or paused,
 * else one planned for `today` (a date in Amsterdam), else none.
 */
export async function currentMeetingForCheckedSeries(db: Db, seriesId: string, today: string): Promise<string | null> {
	const [running] = await db
		.select({ id: meeting.id })
		.from(meetingRun)
		.innerJoin(meeting, eq(meeting.id, meetingRun.meetingId))
		.where(and(eq(meeting.seriesId, seriesId), inArray(sql`${meetingRun.state}->>'status'`, ['running', 'paused'])))
		.orderBy(desc(meetingRun.updatedAt))
		.limit(1);
	if (running) return running.id;
	const [planned] = await db
		.select({ id: meeting.id })
		.from(meeting)
		.where(and(eq(meeting.seriesId, seriesId), eq(meeting.date, today)))
		.orderBy(asc(meeting.number))
		.limit(1);
	return planned?.id ?? null;
}
