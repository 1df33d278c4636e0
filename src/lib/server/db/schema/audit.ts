import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { belongsTo } from './columns';
import { organisation } from './organisations';

/**
 * The audit log (issue #11 item 4): one row per view or change of a person's data. Append-only:
 * a trigger (migration `audit`) refuses every UPDATE and DELETE, so not even a bug in the app can
 * rewrite it. For that reason the actor, the person and the event are plain ids without a foreign
 * key: a key's `set null` or `cascade` would be an update or a delete the trigger refuses, and an
 * id alone is no personal data once the person is erased.
 */
export const auditEntry = pgTable(
	'audit_entry',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		/** One per request (Logboek Dataverwerkingen's `trace_id`): the view and the changes it caused share it. */
		traceId: uuid('trace_id').notNull(),
		/** The account that acted; null when the system did. */
		actorId: text('actor_id'),
		/** The actor's role in the organisation at that moment. */
		actorRole: text('actor_role'),
		operation: text('operation').notNull(),
		purpose: text('purpose').notNull(),
		/** The data subject. */
		personId: uuid('person_id').notNull(),
		/** The event a change recorded, when there is one. */
		eventId: bigint('event_id', { mode: 'number' }),
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`)
	},
	(t) => [
		index('audit_entry_person_idx').on(t.organisationId, t.personId, t.id),
		index('audit_entry_organisation_idx').on(t.organisationId, t.id)
	]
);
