import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BudgetInput } from '../../../domain/budget';
import { fundingKinds, fundingStatuses } from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';
import { region } from './people';

/**
 * A region's budget (issue #12): what the coordinator typed, as the domain's `BudgetInput`
 * (whole cents and hundredths of hours). The totals are never stored: `calculateBudget` makes them
 * from this, on the page and on the server alike. No row yet is the default budget at version 1.
 */
export const regionBudget = pgTable(
	'region_budget',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		regionId: belongsTo('region_id', () => region.id),
		input: jsonb('input').$type<BudgetInput>().notNull(),
		version: version(),
		updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('region_budget_region_idx').on(t.regionId), index('region_budget_org_idx').on(t.organisationId)]
);

export const fundingKind = pgEnum('funding_kind', fundingKinds);
export const fundingStatus = pgEnum('funding_status', fundingStatuses);

/** Where a region's money may come from: a fund, the municipality, a business, help in kind. */
export const fundingSource = pgTable(
	'funding_source',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		regionId: belongsTo('region_id', () => region.id),
		name: text('name').notNull(),
		kind: fundingKind('kind').notNull(),
		status: fundingStatus('status').notNull(),
		/** Whole cents: asked, granted or (in kind) what it is worth. */
		amount: integer('amount').notNull(),
		applicationDeadline: date('application_deadline', { mode: 'string' }),
		reportDue: date('report_due', { mode: 'string' }),
		notes: text('notes'),
		version: version(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('funding_source_region_idx').on(t.organisationId, t.regionId)]
);
