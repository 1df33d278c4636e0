import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TimelineOverrides } from '../../../domain/regionPlan';
import { partnerKinds, partnerStatuses, type PartnerAsk } from '../../../domain/vocabularies';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';
import { region } from './people';

export const partnerKind = pgEnum('partner_kind', partnerKinds);
export const partnerStatus = pgEnum('partner_status', partnerStatuses);

/**
 * A region's plan (issue #12 item 1), one row per region, made on its first save. `version` guards
 * the plan's words, `timeline_version` the timeline's steps: two forms on one page, saved apart.
 */
export const regionPlan = pgTable(
	'region_plan',
	{
		regionId: uuid('region_id')
			.primaryKey()
			.references(() => region.id, { onDelete: 'cascade' }),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		goals: text('goals'),
		organiserPartnerId: uuid('organiser_partner_id').references((): AnyPgColumn => regionPartner.id, { onDelete: 'set null' }),
		initiativeGroup: text('initiative_group'),
		roomBy: text('room_by'),
		cateringBy: text('catering_by'),
		communicationBy: text('communication_by'),
		/** Only what the coordinator changed of the suggested steps (`domain/regionPlan.ts`). */
		timeline: jsonb('timeline').$type<TimelineOverrides>().notNull().default({}),
		version: version(),
		timelineVersion: version('timeline_version'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('region_plan_org_idx').on(t.organisationId)]
);

/** An organisation the region asks for something (people, a room, money, reach), with where that stands. */
export const regionPartner = pgTable(
	'region_partner',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		regionId: belongsTo('region_id', () => region.id),
		name: text('name').notNull(),
		kind: partnerKind('kind').notNull(),
		asks: text('asks').array().$type<PartnerAsk[]>().notNull().default(sql`'{}'::text[]`),
		status: partnerStatus('status').notNull().default('idea'),
		note: text('note'),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('region_partner_region_idx').on(t.organisationId, t.regionId)]
);
