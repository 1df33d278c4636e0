import { type AnyPgColumn, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { memberRoles } from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, bytea, createdAt, version } from './columns';
import { person } from './people';

export const memberRole = pgEnum('member_role', memberRoles);

/** The tenant: every row below belongs to exactly one organisation. */
export const organisation = pgTable('organisation', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	themeColour: text('theme_colour'),
	logo: bytea('logo'),
	logoType: text('logo_type'),
	/** Guards the name and colour, which two coordinators may edit at once. */
	version: version(),
	createdAt: createdAt()
});

export const membership = pgTable(
	'membership',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: memberRole('role').notNull(),
		/**
		 * The person record this member is, set only by a coordinator or by accepting an invitation
		 * made for that person — never by matching e-mail addresses, which anyone may edit.
		 */
		personId: uuid('person_id').references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
		/** Guards the role, which two coordinators may change at once. */
		version: version(),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('membership_org_user_idx').on(t.organisationId, t.userId),
		uniqueIndex('membership_org_person_idx').on(t.organisationId, t.personId)
	]
);
