import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
	programmeKinds,
	quickscanThemes,
	readinessStatuses,
	stakeholderKinds,
	stakeholderUpdateStates,
	updateFrequencies
} from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';
import { region } from './people';

/*
 * Preparing a region (issue #12 items 4–6): the readiness scan, the inventory of what is already
 * there, and the stakeholders who want to be kept informed, with the updates drafted for them.
 */

export const quickscanTheme = pgEnum('quickscan_theme', quickscanThemes);
export const readinessStatus = pgEnum('readiness_status', readinessStatuses);
export const programmeKind = pgEnum('programme_kind', programmeKinds);
export const stakeholderKind = pgEnum('stakeholder_kind', stakeholderKinds);
export const updateFrequency = pgEnum('update_frequency', updateFrequencies);
export const stakeholderUpdateState = pgEnum('stakeholder_update_state', stakeholderUpdateStates);

/**
 * One dated round of a region's quickscan. A save adds the next round and never changes an earlier
 * one, so the history is the rows. `number` counts per region; its unique index is what makes a
 * save based on an older round stale (two coordinators saving at once make one round, not two).
 */
export const quickscanRound = pgTable(
	'quickscan_round',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		regionId: belongsTo('region_id', () => region.id),
		number: integer('number').notNull(),
		answeredBy: text('answered_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('quickscan_round_region_number_idx').on(t.regionId, t.number), index('quickscan_round_org_idx').on(t.organisationId)]
);

export const quickscanAnswer = pgTable(
	'quickscan_answer',
	{
		roundId: belongsTo('round_id', () => quickscanRound.id),
		theme: quickscanTheme('theme').notNull(),
		status: readinessStatus('status'),
		present: text('present').notNull().default(''),
		strengthen: text('strengthen').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.roundId, t.theme] })]
);

/** An existing local programme, project or consultation table on (child) poverty (seed 002 "Wat is er al?"). */
export const programme = pgTable(
	'programme',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		/** Optional: an entry may serve the whole organisation's area. A removed region leaves the entry. */
		regionId: uuid('region_id').references(() => region.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		kind: programmeKind('kind').notNull(),
		description: text('description').notNull().default(''),
		/** The organisations running it, as names: partners need no account or record here. */
		runBy: text('run_by').notNull().default(''),
		contact: text('contact').notNull().default(''),
		version: version(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('programme_org_idx').on(t.organisationId)]
);

/** A manager or civil servant of a region who wants to be kept informed, and how often. */
export const stakeholder = pgTable(
	'stakeholder',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		regionId: belongsTo('region_id', () => region.id),
		name: text('name').notNull(),
		kind: stakeholderKind('kind').notNull(),
		/** The organisation they work for, as a name. */
		affiliation: text('affiliation').notNull().default(''),
		email: text('email').notNull(),
		frequency: updateFrequency('frequency').notNull(),
		/** The Amsterdam date they were added: no update is owed for what happened before. */
		addedOn: date('added_on', { mode: 'string' }).notNull(),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('stakeholder_org_region_idx').on(t.organisationId, t.regionId)]
);

/**
 * An update for a stakeholder, drafted by the daily job from the region's outcomes for the
 * coordinator to edit and send. `occasion` (`meeting:<id>`, `series:<id>`, `month:yyyy-MM`) is
 * unique per stakeholder, so each update is drafted once, also by two instances at once.
 */
export const stakeholderUpdate = pgTable(
	'stakeholder_update',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		stakeholderId: belongsTo('stakeholder_id', () => stakeholder.id),
		occasion: text('occasion').notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		periodFrom: date('period_from', { mode: 'string' }).notNull(),
		periodTo: date('period_to', { mode: 'string' }).notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		state: stakeholderUpdateState('state').notNull().default('draft'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		sentBy: text('sent_by').references(() => user.id, { onDelete: 'set null' }),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('stakeholder_update_occasion_idx').on(t.stakeholderId, t.occasion), index('stakeholder_update_org_idx').on(t.organisationId, t.state)]
);
