import { and, asc, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditEntry, membership, person, user } from '../schema';

export interface NewAuditEntry {
	organisationId: string;
	traceId: string;
	actorId: string | null;
	operation: string;
	purpose: string;
	personId: string;
	eventId?: number | null;
}

/**
 * The caller has checked the organisation id. One statement for any number of entries; the actor's
 * role is read from their membership in it, so a change recorded deep in a use-case needs no role
 * passed down.
 */
export async function insertAuditEntries(db: Db, entries: readonly NewAuditEntry[]): Promise<void> {
	if (entries.length === 0) return;
	const roleOf = (entry: NewAuditEntry) =>
		entry.actorId
			? sql`(select ${membership.role}::text from ${membership} where ${membership.organisationId} = ${entry.organisationId} and ${membership.userId} = ${entry.actorId})`
			: null;
	await db.insert(auditEntry).values(entries.map((entry) => ({ ...entry, eventId: entry.eventId ?? null, actorRole: roleOf(entry) })));
}

export interface AuditFilter {
	personId?: string;
	actorId?: string;
	/** Inclusive. */
	from?: Date;
	/** Exclusive. */
	before?: Date;
}

export interface AuditRow {
	id: number;
	traceId: string;
	actorId: string | null;
	actorRole: string | null;
	operation: string;
	purpose: string;
	personId: string;
	occurredAt: Date;
	/** Read now, never stored in the entry: an erased person shows as erased, a gone account as null. */
	actorName: string | null;
	personName: string | null;
}

/** One page of the organisation's log, newest first, and how many entries match in all. */
export async function listAuditEntries(db: Db, organisationId: string, filter: AuditFilter, limit: number, offset: number): Promise<{ rows: AuditRow[]; total: number }> {
	const where = and(
		eq(auditEntry.organisationId, organisationId),
		filter.personId ? eq(auditEntry.personId, filter.personId) : undefined,
		filter.actorId ? eq(auditEntry.actorId, filter.actorId) : undefined,
		filter.from ? gte(auditEntry.occurredAt, filter.from) : undefined,
		filter.before ? lt(auditEntry.occurredAt, filter.before) : undefined
	);
	const rows = await db
		.select({
			id: auditEntry.id,
			traceId: auditEntry.traceId,
			actorId: auditEntry.actorId,
			actorRole: auditEntry.actorRole,
			operation: auditEntry.operation,
			purpose: auditEntry.purpose,
			personId: auditEntry.personId,
			occurredAt: auditEntry.occurredAt,
			actorName: user.name,
			personName: person.name
		})
		.from(auditEntry)
		.leftJoin(user, eq(user.id, auditEntry.actorId))
		.leftJoin(person, and(eq(person.id, auditEntry.personId), eq(person.organisationId, auditEntry.organisationId)))
		.where(where)
		.orderBy(desc(auditEntry.id))
		.limit(limit)
		.offset(offset);
	const [total] = await db.select({ n: count() }).from(auditEntry).where(where);
	return { rows, total: total?.n ?? 0 };
}

/** The organisation's members by account, for the log's filter on who acted. */
export function auditActors(db: Db, organisationId: string): Promise<{ userId: string; name: string }[]> {
	return db
		.select({ userId: user.id, name: user.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
}

/**
 * The log's own retention, the one delete its trigger lets through (migration 0024): entries
 * before `cutoff`, in the caller's transaction. The trigger refuses a moment less than a year
 * back, so the statement never asks for one: a later `now` (a test's, a wrong clock) keeps more.
 */
export async function deleteAuditEntriesBefore(tx: Db, cutoff: Date): Promise<number> {
	await tx.execute(
		sql`select set_config('sd.audit_kept_since', least(${cutoff.toISOString()}::timestamptz, clock_timestamp() - interval '12 months 1 minute')::text, true)`
	);
	const rows = await tx
		.delete(auditEntry)
		.where(sql`${auditEntry.occurredAt} < current_setting('sd.audit_kept_since')::timestamptz`)
		.returning({ id: auditEntry.id });
	return rows.length;
}
