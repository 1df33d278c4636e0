import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { joinCodePurposes } from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, createdAt } from './columns';
import { organisation } from './organisations';
import { meeting } from './series';

export const joinCodePurpose = pgEnum('join_code_purpose', joinCodePurposes);

/**
 * A join code (issue #10): opens one meeting's projector or phone view without an account, until
 * it expires (hours after the meeting) or a facilitator closes it. The code is kept readable,
 * because the facilitator shows it again on the screen; it is short-lived and opens only what the
 * room already sees. A device that joined keeps a signed cookie naming the row, so closing the
 * code ends every device it opened at once.
 */
export const joinCode = pgTable(
	'join_code',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		purpose: joinCodePurpose('purpose').notNull(),
		code: text('code').notNull().unique(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [index('join_code_meeting_idx').on(t.meetingId, t.purpose), index('join_code_org_idx').on(t.organisationId)]
);
