import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { organisation } from './organisations';

export const jobStates = ['waiting', 'running', 'done', 'failed'] as const;
export const jobState = pgEnum('job_state', jobStates);

/**
 * Work that runs later (issue 9): claimed with `FOR UPDATE SKIP LOCKED`, so it works the same on
 * PGlite and on PostgreSQL with several instances. A `key` makes enqueueing idempotent.
 */
export const job = pgTable(
	'job',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		key: text('key').unique(),
		payload: jsonb('payload').notNull(),
		state: jobState('state').notNull().default('waiting'),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(0),
		maxAttempts: integer('max_attempts').notNull(),
		/** While running: after this moment another worker may take the job over (its worker died). */
		lockedUntil: timestamp('locked_until', { withTimezone: true }),
		lastError: text('last_error'),
		/** Why a job was given up, as a code the page turns into words: see `JobFailure`. */
		failure: text('failure'),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('job_due_idx').on(t.state, t.runAt), index('job_org_idx').on(t.organisationId, t.createdAt)]
);
