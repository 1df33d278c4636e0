import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { FundApplicant, FundNeed } from '../../../domain/fundVocabularies';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';

/**
 * An organisation's own local scheme (issue #13 item 3): a children's package, a city pass, a
 * municipal fund, in the same structure as the national funds in `content/funds.ts`, written once
 * in the organisation's own words. The finder shows it beside the national funds, to that
 * organisation only. Needs and applicants are codes of `domain/fundVocabularies.ts`; the form
 * checks them.
 */
export const localScheme = pgTable(
	'local_scheme',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		name: text('name').notNull(),
		description: text('description').notNull(),
		needs: text('needs').array().notNull().$type<FundNeed[]>(),
		/** Whole years, both included; both null when age plays no part. */
		ageFrom: integer('age_from'),
		ageTo: integer('age_to'),
		applicants: text('applicants').array().notNull().$type<FundApplicant[]>(),
		/** The income limit as a percentage of the social minimum (often 100 to 130), when there is one. */
		incomeLimitPercent: integer('income_limit_percent'),
		conditions: text('conditions'),
		howToApply: text('how_to_apply').notNull(),
		link: text('link'),
		version: version(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		index('local_scheme_org_idx').on(t.organisationId),
		check('local_scheme_ages', sql`(${t.ageFrom} is null) = (${t.ageTo} is null) and (${t.ageFrom} is null or ${t.ageFrom} <= ${t.ageTo})`)
	]
);
