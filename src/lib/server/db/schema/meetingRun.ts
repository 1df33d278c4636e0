import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LiveState } from '../../../domain/liveMeeting';
import { meeting } from './series';

/**
 * A meeting run live (issue #10): the state of `domain/liveMeeting.ts`, kept as it is. One row per
 * meeting, made at its first command; every command takes the row's lock, so two facilitators
 * pressing at once are applied one after the other.
 */
export const meetingRun = pgTable('meeting_run', {
	meetingId: uuid('meeting_id')
		.primaryKey()
		.references(() => meeting.id, { onDelete: 'cascade' }),
	state: jsonb('state').$type<LiveState>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
