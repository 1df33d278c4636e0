import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './accounts';
import { belongsTo, createdAt } from './columns';
import { organisation } from './organisations';
import { person } from './people';
import { series } from './series';

/**
 * A personal link for a participant without an account (issue 9). Only the token's hash is kept;
 * the participant's cookie names the row, so revoking it ends every session it opened at once.
 * At most one link per person per series is active.
 */
export const participantLink = pgTable(
	'participant_link',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		seriesId: belongsTo('series_id', () => series.id),
		personId: belongsTo('person_id', () => person.id),
		tokenHash: text('token_hash').notNull().unique(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('participant_link_active_idx').on(t.seriesId, t.personId).where(sql`${t.revokedAt} is null`),
		index('participant_link_org_idx').on(t.organisationId)
	]
);
