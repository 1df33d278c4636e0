import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { backgrounds, consentEnds, consentPurposes, consentSources, regionKinds, workFields } from '../../../domain/vocabularies';
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

export const consentPurpose = pgEnum('consent_purpose', consentPurposes);
export const consentSource = pgEnum('consent_source', consentSources);
export const consentEnd = pgEnum('consent_end', consentEnds);

/**
 * The consent register (issue #11 item 1): one row per consent given, kept when it is withdrawn,
 * so the register proves both moments. It holds ids, purposes and times, nothing personal, and
 * stays when the person is erased (the erasure withdraws what was still in force).
 */
export const consent = pgTable(
	'consent',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		personId: belongsTo('person_id', () => person.id),
		purpose: consentPurpose('purpose').notNull(),
		/** The wording of the purposes it was given to (`consentWording`). */
		wording: text('wording').notNull(),
		givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
		givenHow: consentSource('given_how').notNull(),
		/** The member who wrote it down; null when the person gave it online themselves. */
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		withdrawnHow: consentEnd('withdrawn_how'),
		withdrawnRecordedBy: text('withdrawn_recorded_by').references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [
		index('consent_person_idx').on(t.organisationId, t.personId),
		// At most one consent in force per purpose: giving it twice at once keeps one.
		uniqueIndex('consent_in_force_idx')
			.on(t.personId, t.purpose)
			.where(sql`${t.withdrawnAt} is null`)
	]
);
