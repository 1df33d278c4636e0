import { auditedSubject, purposeOf } from '../../domain/audit';
import type { Db } from '../db';
import { insertAuditEntries } from '../db/repositories/audit';
import { insertEvent, notify, type EventRow } from '../db/repositories/events';
import { traceId } from '../trace';
import { eventChannel, type EventType, type NewEvent, type RecordedEvent } from './types';

export const toRecorded = (row: EventRow): RecordedEvent => ({
	id: row.id,
	organisationId: row.organisationId,
	type: row.type as EventType,
	subject: row.subject,
	occurredAt: row.occurredAt.toISOString(),
	payload: row.payload as RecordedEvent['payload']
});

/**
 * Records what happened inside the use-case's transaction (`withTransaction`): the event exists
 * exactly when the change does, and its notification reaches the live channel only after the
 * commit. The message stays far below NOTIFY's 8000-byte limit: ids and counts only. A change of
 * a person's data (`auditedSubject`) also writes its audit entry here, in the same transaction, so
 * no such change can be recorded without one.
 */
export async function recordEvent(tx: Db, input: NewEvent): Promise<RecordedEvent> {
	const recorded = toRecorded(await insertEvent(tx, input));
	const audited = auditedSubject(input.type, input.subject, input.payload);
	if (audited) {
		await insertAuditEntries(tx, [
			{
				organisationId: input.organisationId,
				traceId: traceId(),
				actorId: input.actorId,
				operation: audited.operation,
				purpose: purposeOf(audited.operation),
				personId: audited.personId,
				eventId: recorded.id
			}
		]);
	}
	await notify(tx, eventChannel, JSON.stringify(recorded));
	return recorded;
}
