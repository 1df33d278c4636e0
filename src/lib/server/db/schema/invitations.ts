import { type AnyPgColumn, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './accounts';
import { belongsTo, createdAt } from './columns';
import { memberRole, organisation } from './organisations';
import { person } from './people';

export const invitation = pgTable(
	'invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: memberRole('role').notNull(),
		/** The person the new member will be linked to on joining, when the coordinator chose one. */
		personId: uuid('person_id').references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
		/** Only the hash is stored: a leaked database does not leak usable invitation links. */
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('invitation_org_idx').on(t.organisationId)]
);

/** Every message the app sends is kept here; without SMTP it is the only place to read it. */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisation.id, {
			onDelete: 'cascade'
		}),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		error: text('error'),
		createdAt: createdAt()
	},
	(t) => [index('outbox_org_idx').on(t.organisationId, t.createdAt)]
);
