import { sql, type SQL } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Opening } from '../../../domain/socialMap';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';
import { region } from './people';

/*
 * The social map (issue #13): the partner organisations of a region, their services (one location
 * and one named contact each), and the warm handovers members record. Named `map…` so they never
 * read as the tenant `organisation`.
 */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A partner organisation: a debt-help service, a food bank, a sports club. */
export const mapOrganisation = pgTable(
	'map_organisation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		website: text('website'),
		email: text('email'),
		phone: text('phone'),
		/** The id it had in the HSDS file it was imported from; exports use it, so a round trip keeps ids. */
		externalId: uuid('external_id'),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('map_organisation_org_idx').on(t.organisationId)]
);

/**
 * What a partner offers, where, when and with whom to speak. `search` is the Dutch full-text
 * vector (text search configuration `sd_dutch`, migration 0029: Dutch stemming without accents),
 * `fuzzy` the text the typo fallback compares by trigrams; both kept by the database itself.
 */
export const mapService = pgTable(
	'map_service',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		mapOrganisationId: belongsTo('map_organisation_id', () => mapOrganisation.id),
		regionId: uuid('region_id').references(() => region.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		/** Words people search with that the description does not use ("schulden", "voedselpakket"). */
		keywords: text('keywords').notNull().default(''),
		themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
		minAge: integer('min_age'),
		maxAge: integer('max_age'),
		languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
		free: boolean('free').notNull().default(false),
		eligibility: text('eligibility').notNull().default(''),
		locationName: text('location_name').notNull().default(''),
		address: text('address').notNull().default(''),
		/** Four digits and two letters without a space ("8011AB"), or empty. */
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		neighbourhood: text('neighbourhood').notNull().default(''),
		openingHours: jsonb('opening_hours').$type<Opening[]>().notNull().default(sql`'[]'::jsonb`),
		contactName: text('contact_name').notNull().default(''),
		contactRole: text('contact_role').notNull().default(''),
		contactPhone: text('contact_phone').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		/** As on `map_organisation`: the id of the HSDS file it came from. */
		externalId: uuid('external_id'),
		verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
		verifiedBy: text('verified_by').references(() => user.id, { onDelete: 'set null' }),
		version: version(),
		createdAt: createdAt(),
		search: tsvector('search').generatedAlwaysAs(
			(): SQL =>
				sql`setweight(to_tsvector('sd_dutch'::regconfig, ${mapService.name} || ' ' || ${mapService.keywords}), 'A') || setweight(to_tsvector('sd_dutch'::regconfig, ${mapService.description} || ' ' || ${mapService.eligibility}), 'B') || setweight(to_tsvector('sd_dutch'::regconfig, ${mapService.neighbourhood} || ' ' || ${mapService.city} || ' ' || ${mapService.locationName}), 'C')`
		),
		fuzzy: text('fuzzy').generatedAlwaysAs((): SQL => sql`lower(${mapService.name} || ' ' || ${mapService.keywords})`)
	},
	(t) => [
		// By name: the list without a search; by neighbourhood: the filter's choices (an index-only scan).
		index('map_service_org_name_idx').on(t.organisationId, t.name),
		index('map_service_org_neighbourhood_idx').on(t.organisationId, t.neighbourhood),
		index('map_service_provider_idx').on(t.mapOrganisationId),
		index('map_service_search_idx').using('gin', t.search),
		// GiST, not GIN: it answers "most alike first" (`<<->`) from the index, stopping at the first thirty.
		index('map_service_fuzzy_idx').using('gist', sql`${t.fuzzy} gist_trgm_ops`)
	]
);

/**
 * A warm handover: a member brought a resident in touch with a service's named contact. The
 * resident is at most initials; there is no file about them. The member is reminded at `remindAt`
 * to ask how it went, and notes that in a line.
 */
export const warmHandover = pgTable(
	'warm_handover',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		serviceId: belongsTo('service_id', () => mapService.id),
		memberId: text('member_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		contactName: text('contact_name').notNull(),
		initials: text('initials').notNull().default(''),
		remindAt: timestamp('remind_at', { withTimezone: true }).notNull(),
		outcome: text('outcome'),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('warm_handover_member_idx').on(t.organisationId, t.memberId)]
);
