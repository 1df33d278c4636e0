import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { event } from '../schema';

export interface EventRow {
	id: number;
	organisationId: string;
	type: string;
	subject: string;
	occurredAt: Date;
	payload: unknown;
}

/** The caller has checked the organisation id: it comes from the use-case that made the change. */
export async function insertEvent(
	tx: Db,
	values: { organisationId: string; actorId: string | null; type: string; subject: string; payload: unknown }
): Promise<EventRow> {
	const [row] = await tx.insert(event).values(values).returning();
	return row!;
}

/** Queued in the caller's transaction: PostgreSQL and PGlite deliver it on commit, never after a rollback. */
export async function notify(tx: Db, channel: string, message: string): Promise<void> {
	await tx.execute(sql`select pg_notify(${channel}, ${message})`);
}

const columns = {
	id: event.id,
	organisationId: event.organisationId,
	type: event.type,
	subject: event.subject,
	occurredAt: event.occurredAt,
	payload: event.payload
};

/** The events about one subject after `afterId`, oldest first; at most `limit`, the newest ones. */
export async function eventsSince(db: Db, organisationId: string, subject: string, afterId: number, limit: number): Promise<EventRow[]> {
	const rows = await db
		.select(columns)
		.from(event)
		.where(and(eq(event.organisationId, organisationId), eq(event.subject, subject), gt(event.id, afterId)))
		.orderBy(desc(event.id))
		.limit(limit);
	return rows.reverse();
}

/** The newest event id about one subject, or 0. */
export async function latestEventId(db: Db, organisationId: string, subject: string): Promise<number> {
	const [row] = await db
		.select({ id: event.id })
		.from(event)
		.where(and(eq(event.organisationId, organisationId), eq(event.subject, subject)))
		.orderBy(desc(event.id))
		.limit(1);
	return row?.id ?? 0;
}
