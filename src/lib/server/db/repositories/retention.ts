import { and, asc, eq, inArray, isNotNull, lt, max, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { claimVersion } from './versions';
import { job, meeting, membership, organisation, outbox, person, series, seriesPerson } from '../schema';

/*
 * What the retention job and its notice read (issue #11 item 3), and the old mail and finished jobs
 * it removes. Every read of people and series is filtered by the organisation.
 */

/** Every organisation: the retention job runs once for the whole installation. */
export async function organisationIds(db: Db): Promise<string[]> {
	return (await db.select({ id: organisation.id }).from(organisation).orderBy(asc(organisation.createdAt))).map((r) => r.id);
}

/** The organisation's series with the date of their last meeting (null without meetings), and their names for the notice. */
export function seriesWithLastMeeting(db: Db, organisationId: string) {
	return db
		.select({
			id: series.id,
			name: series.name,
			lastMeetingDate: max(meeting.date),
			extraMonths: series.retentionExtraMonths,
			retentionVersion: series.retentionVersion
		})
		.from(series)
		.leftJoin(meeting, eq(meeting.seriesId, series.id))
		.where(eq(series.organisationId, organisationId))
		.groupBy(series.id);
}

/** The organisation's people who are in at least one series, with those series and whether a member account is theirs. */
export async function peopleWithSeries(db: Db, organisationId: string) {
	const rows = await db
		.select({
			id: person.id,
			name: person.name,
			erasedAt: person.erasedAt,
			seriesId: seriesPerson.seriesId,
			member: sql<boolean>`exists (select 1 from ${membership} where ${membership.organisationId} = ${organisationId} and ${membership.personId} = ${person.id})`
		})
		.from(person)
		.innerJoin(seriesPerson, eq(seriesPerson.personId, person.id))
		.where(eq(person.organisationId, organisationId))
		.orderBy(asc(person.id));
	const people = new Map<string, { id: string; name: string; erased: boolean; member: boolean; seriesIds: string[] }>();
	for (const r of rows) {
		const p = people.get(r.id) ?? { id: r.id, name: r.name, erased: r.erasedAt !== null, member: r.member, seriesIds: [] };
		p.seriesIds.push(r.seriesId);
		people.set(r.id, p);
	}
	return [...people.values()];
}

/**
 * Mail written before `cutoff`: its body names people, and after the retention nobody needs it.
 * A delivery still waiting for such a message then ends as "gone".
 */
export async function deleteOutboxBefore(db: Db, organisationId: string, cutoff: Date): Promise<number> {
	const rows = await db
		.delete(outbox)
		.where(and(eq(outbox.organisationId, organisationId), lt(outbox.createdAt, cutoff)))
		.returning({ id: outbox.id });
	return rows.length;
}

/** Finished jobs before `cutoff`: a delivery's last error may quote an address. */
export async function deleteFinishedJobsBefore(db: Db, cutoff: Date): Promise<number> {
	const rows = await db
		.delete(job)
		.where(and(inArray(job.state, ['done', 'failed']), isNotNull(job.finishedAt), lt(job.finishedAt, cutoff)))
		.returning({ id: job.id });
	return rows.length;
}

/** Whether a job of `kind` is waiting or running: a daily job keeps one in the queue, no more. */
export async function hasOpenJob(db: Db, kind: string): Promise<boolean> {
	const rows = await db
		.select({ id: job.id })
		.from(job)
		.where(and(eq(job.kind, kind), inArray(job.state, ['waiting', 'running'])))
		.limit(1);
	return rows.length > 0;
}

/** A series' added retention months, for the stale refusal of a postponement; null when the organisation has no such series. */
export async function findSeriesRetention(db: Db, organisationId: string, seriesId: string): Promise<{ extraMonths: number } | null> {
	const [row] = await db
		.select({ extraMonths: series.retentionExtraMonths })
		.from(series)
		.where(and(eq(series.organisationId, organisationId), eq(series.id, seriesId)));
	return row ?? null;
}

/** Adds `months` to the series' retention over its retention version; the new version, or null when it moved on. */
export function postponeSeriesRetention(db: Db, organisationId: string, seriesId: string, expected: number, months: number): Promise<number | null> {
	return claimVersion(db, series, 'retentionVersion', and(eq(series.organisationId, organisationId), eq(series.id, seriesId)), expected, {
		retentionExtraMonths: sql`${series.retentionExtraMonths} + ${months}`
	});
}
