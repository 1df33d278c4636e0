import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { backgrounds, regionKinds, workFields } from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';

export const regionKind = pgEnum('region_kind', regionKinds);
export const background = pgEnum('background', backgrounds);
export const workField = pgEnum('work_field', workFields);

export const region = pgTable(
	'region',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		name: text('name').notNull(),
		kind: regionKind('kind').notNull(),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('region_org_idx').on(t.organisationId)]
);

export const person = pgTable(
	'person',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		name: text('name').notNull(),
		email: text('email'),
		phone: text('phone'),
		livedExperience: boolean('lived_experience').notNull().default(false),
		experienceExpert: boolean('experience_expert').notNull().default(false),
		leadsGroups: boolean('leads_groups').notNull().default(false),
		background: background('background').notNull(),
		affiliation: text('affiliation'),
		workField: workField('work_field'),
		version: version(),
		/** Lets a facilitator keep editing someone they added until that person is in a series. */
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		/**
		 * Set when a coordinator erased the person (issue #11): the row stays, without any personal
		 * data, because the group's attendance and groups point to it.
		 */
		erasedAt: timestamp('erased_at', { withTimezone: true })
	},
	(t) => [
		index('person_org_idx').on(t.organisationId),
		index('person_email_idx').on(t.email),
		// One person per e-mail address within an organisation, whatever its case; many have none.
		uniqueIndex('person_org_email_idx')
			.on(t.organisationId, sql`lower(${t.email})`)
			.where(sql`${t.email} is not null`)
	]
);
