import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './accounts';
import { belongsTo } from './columns';
import { organisation } from './organisations';

/**
 * What happened, recorded in the same transaction as the change itself (issue 9): the live
 * channel sends it, later the timeline and the audit log read it. The payload holds ids and
 * counts only, never names or stories. The id only grows, so a client can say where it stopped.
 */
export const event = pgTable(
	'event',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		/** Null when the system acted (a job, a script). */
		actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
		type: text('type').notNull(),
		/** The meeting, series, … the event is about; also the live channel's topic. */
		subject: uuid('subject').notNull(),
		// The clock at the insert rather than the transaction's start: closer to the commit.
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
		payload: jsonb('payload').notNull().default({})
	},
	(t) => [index('event_subject_idx').on(t.subject, t.id), index('event_organisation_idx').on(t.organisationId, t.id)]
);
