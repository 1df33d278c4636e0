import { auditPageSize, purposeOf, type AuditOperation } from '../domain/audit';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { auditActors, insertAuditEntries, listAuditEntries, type AuditFilter } from './db/repositories/audit';
import { findPerson, listPeople } from './db/repositories/people';
import { fail, ok } from './result';
import { traceId } from './trace';

/*
 * The audit log (issue #11 item 4; see "Audit log" in docs/ARCHITECTURE.md). Changes write their
 * entry with their event (`recordEvent`); views write theirs here, after the page's data was
 * allowed and loaded, so a refused or missing page records nothing.
 */

/**
 * Records that `actor` saw these people's data. One insert; it never fails the page: a log that cannot
 * be written is reported in the server's log and the page is still answered, because refusing
 * people their work over it would do more harm than the missing line.
 */
export async function recordView(db: Db, actor: Actor, operation: Extract<AuditOperation, `${string}.viewed`>, personIds: readonly string[]): Promise<void> {
	const trace = traceId();
	try {
		await insertAuditEntries(
			db,
			personIds.map((personId) => ({ organisationId: actor.organisationId, traceId: trace, actorId: actor.userId, operation, purpose: purposeOf(operation), personId }))
		);
	} catch (error) {
		console.error('audit entry not written', { operation, trace, error });
	}
}

export interface AuditQuery extends AuditFilter {
	/** Part of a name: the people it finds, to choose one as `personId`. */
	personName?: string;
	/** From 1. */
	page: number;
}

/** The coordinator's page: one page of entries, the filters' choices and the chosen person. */
export async function auditLog(db: Db, actor: Actor, query: AuditQuery) {
	if (!can.readAuditLog(actor)) return fail('notFound');
	const { personName, page, ...filter } = query;
	// A person of another organisation is no person here: the filter then finds nothing.
	const chosen = filter.personId ? await findPerson(db, actor.organisationId, filter.personId) : null;
	const { rows, total } = await listAuditEntries(db, actor.organisationId, filter, auditPageSize, (page - 1) * auditPageSize);
	return ok({
		entries: rows,
		total,
		pages: Math.max(1, Math.ceil(total / auditPageSize)),
		person: chosen && { id: chosen.id, name: chosen.name },
		found: personName ? (await listPeople(db, actor.organisationId, { name: personName, background: null, workField: null })).map((p) => ({ id: p.id, name: p.name })) : null,
		actors: await auditActors(db, actor.organisationId)
	});
}
