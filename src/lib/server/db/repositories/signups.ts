import { and, asc, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { meeting, organisation, series, seriesPerson, signup } from '../schema';
import { claimVersion } from './versions';

/*
 * The public sign-up (issue #12 item 7): a series' sign-up code and expenses arrangement, and the
 * sign-ups waiting for the coordinator. Every read and write is filtered by the organisation, but
 * for the one public look-up by the unguessable code, which tells the organisation.
 */

/** The series whose sign-up is open under `code`, with what the public page shows of it. */
export async function findSeriesBySignupCode(db: Db, code: string) {
	const rows = await db
		.select({
			id: series.id,
			organisationId: series.organisationId,
			organisationName: organisation.name,
			name: series.name,
			kind: series.kind,
			mode: series.mode,
			expenses: series.expenses
		})
		.from(series)
		.innerJoin(organisation, eq(organisation.id, series.organisationId))
		.where(eq(series.signupCode, code));
	return rows[0] ?? null;
}

/** A series' sign-up code and expenses arrangement, with its version. */
export async function recruitmentOf(db: Db, organisationId: string, seriesId: string) {
	const rows = await db
		.select({ signupCode: series.signupCode, expenses: series.expenses, recruitmentVersion: series.recruitmentVersion })
		.from(series)
		.where(and(eq(series.organisationId, organisationId), eq(series.id, seriesId)));
	return rows[0] ?? null;
}

/** Opens (a new code) or closes (null) a series' sign-up; whether the series was there. */
export async function setSignupCode(db: Db, organisationId: string, seriesId: string, code: string | null): Promise<boolean> {
	const rows = await db
		.update(series)
		.set({ signupCode: code })
		.where(and(eq(series.organisationId, organisationId), eq(series.id, seriesId)))
		.returning({ id: series.id });
	return rows.length > 0;
}

/** Saves the expenses arrangement only over version `expected` (`claimVersion`); the new version or null. */
export function updateExpenses(db: Db, organisationId: string, seriesId: string, expected: number, expenses: string | null) {
	return claimVersion(db, series, 'recruitmentVersion', and(eq(series.organisationId, organisationId), eq(series.id, seriesId)), expected, { expenses });
}

/** The meetings of a series the caller found by its code or checked, for the page and the flyer. */
export function meetingsForCheckedSeries(db: Db, seriesId: string) {
	return db
		.select({ date: meeting.date, startTime: meeting.startTime, durationMinutes: meeting.durationMinutes, location: meeting.location })
		.from(meeting)
		.where(eq(meeting.seriesId, seriesId))
		.orderBy(asc(meeting.number));
}

export type NewSignup = Omit<typeof signup.$inferInsert, 'id' | 'createdAt'>;

/**
 * Stores a sign-up unless the series has one with the same address or number (any case, any
 * separators): the unique indexes decide, so a double submit stores one. The id, or null.
 */
export async function insertSignup(db: Db, values: NewSignup): Promise<string | null> {
	const rows = await db.insert(signup).values(values).onConflictDoNothing().returning({ id: signup.id });
	return rows[0]?.id ?? null;
}

/** The sign-ups of a series the caller checked, oldest first. */
export function signupsForCheckedSeries(db: Db, organisationId: string, seriesId: string) {
	return db
		.select()
		.from(signup)
		.where(and(eq(signup.organisationId, organisationId), eq(signup.seriesId, seriesId)))
		.orderBy(asc(signup.createdAt), asc(signup.id));
}

/** How many sign-ups of a series the caller checked are waiting. */
export async function countSignupsForCheckedSeries(db: Db, organisationId: string, seriesId: string): Promise<number> {
	const rows = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(signup)
		.where(and(eq(signup.organisationId, organisationId), eq(signup.seriesId, seriesId)));
	return rows[0]?.n ?? 0;
}

export async function findSignup(db: Db, organisationId: string, seriesId: string, id: string) {
	const rows = await db
		.select()
		.from(signup)
		.where(and(eq(signup.organisationId, organisationId), eq(signup.seriesId, seriesId), eq(signup.id, id)));
	return rows[0] ?? null;
}

/** Removes a sign-up; whether it was still there (of two clicks at once, one removes it). */
export async function deleteSignup(db: Db, organisationId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(signup)
		.where(and(eq(signup.organisationId, organisationId), eq(signup.id, id)))
		.returning({ id: signup.id });
	return rows.length > 0;
}

/** Adds an accepted person to a series the caller checked, and moves its people's version on. */
export async function addParticipantForCheckedSeries(db: Db, seriesId: string, personId: string): Promise<void> {
	await db.insert(seriesPerson).values({ seriesId, personId, role: 'participant' }).onConflictDoNothing();
	await db.update(series).set({ peopleVersion: sql`${series.peopleVersion} + 1` }).where(eq(series.id, seriesId));
}

/** Sign-ups nobody accepted or declined that came in before `cutoff` (the retention); how many. */
export async function deleteSignupsBefore(db: Db, organisationId: string, cutoff: Date): Promise<number> {
	const rows = await db
		.delete(signup)
		.where(and(eq(signup.organisationId, organisationId), lt(signup.createdAt, cutoff)))
		.returning({ id: signup.id });
	return rows.length;
}

/** Sign-ups with an erased person's address or number: the erasure takes them too; how many. */
export async function deleteSignupsOf(db: Db, organisationId: string, email: string | null, phoneKey: string | null): Promise<number> {
	const matches = [
		email ? sql`lower(${signup.email}) = ${email.toLowerCase()}` : undefined,
		phoneKey ? eq(signup.phoneKey, phoneKey) : undefined
	].filter((c) => c !== undefined);
	if (!matches.length) return 0;
	const rows = await db
		.delete(signup)
		.where(and(eq(signup.organisationId, organisationId), or(...matches)))
		.returning({ id: signup.id });
	return rows.length;
}
