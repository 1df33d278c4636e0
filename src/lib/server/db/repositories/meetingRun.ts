import { eq } from 'drizzle-orm';
import { initialLiveState, type LiveState } from '../../../domain/liveMeeting';
import type { Db } from '../client';
import { meetingRun } from '../schema';

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
