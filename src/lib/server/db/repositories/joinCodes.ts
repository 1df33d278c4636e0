import { and, eq, gt, isNull } from 'drizzle-orm';
import type { JoinCodePurpose } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { joinCode, meeting, series } from '../schema';

const columns = {
	id: joinCode.id,
	organisationId: joinCode.organisationId,
	meetingId: joinCode.meetingId,
	purpose: joinCode.purpose,
	code: joinCode.code,
	expiresAt: joinCode.expiresAt,
	closedAt: joinCode.closedAt
};

/** The meeting's codes that still open something, one per purpose at most. */
export function openJoinCodesForCheckedMeeting(db: Db, meetingId: string, now: Date) {
	return db
		.select(columns)
		.from(joinCode)
		.where(and(eq(joinCode.meetingId, meetingId), isNull(joinCode.closedAt), gt(joinCode.expiresAt, now)));
}

/** Inserts a code; null when the code is taken already (the caller draws another). */
export async function insertJoinCodeForCheckedMeeting(
	db: Db,
	row: { organisationId: string; meetingId: string; purpose: JoinCodePurpose; code: string; createdBy: string; expiresAt: Date }
): Promise<string | null> {
	const [inserted] = await db.insert(joinCode).values(row).onConflictDoNothing({ target: joinCode.code }).returning({ id: joinCode.id });
	return inserted?.id ?? null;
}

export async function closeJoinCodesForCheckedMeeting(db: Db, meetingId: string, now: Date): Promise<number> {
	const closed = await db
		.update(joinCode)
		.set({ closedAt: now })
		.where(and(eq(joinCode.meetingId, meetingId), isNull(joinCode.closedAt)))
		.returning({ id: joinCode.id });
	return closed.length;
}

/** A code as typed (normalised), with the meeting and series it opens; the caller checks its state. */
export async function findJoinCode(db: Db, code: string) {
	const [found] = await db
		.select({ ...columns, seriesId: meeting.seriesId })
		.from(joinCode)
		.innerJoin(meeting, eq(meeting.id, joinCode.meetingId))
		.innerJoin(series, and(eq(series.id, meeting.seriesId), eq(series.organisationId, joinCode.organisationId)))
		.where(eq(joinCode.code, code));
	return found ?? null;
}

export async function findJoinCodeById(db: Db, id: string) {
	const [found] = await db
		.select({ ...columns, seriesId: meeting.seriesId })
		.from(joinCode)
		.innerJoin(meeting, eq(meeting.id, joinCode.meetingId))
		.innerJoin(series, and(eq(series.id, meeting.seriesId), eq(series.organisationId, joinCode.organisationId)))
		.where(eq(joinCode.id, id));
	return found ?? null;
}
