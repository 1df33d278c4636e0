import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { groupForms } from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';

export const groupForm = pgEnum('group_form', groupForms);

/**
 * An organisation's own activity format, beside the built-in ones in `content/activityFormats.ts`.
 * An agenda part names a format by text: a built-in code, or this row's uuid.
 */
export const activityFormat = pgTable(
	'activity_format',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		name: text('name').notNull(),
		purpose: text('purpose').notNull(),
		minutes: integer('minutes').notNull(),
		groupForm: groupForm('group_form').notNull(),
		/** Only for `smallGroups`: the largest group. */
		maxGroupSize: integer('max_group_size'),
		materials: text('materials').array().notNull().default([]),
		steps: text('steps').array().notNull().default([]),
		prompts: text('prompts').array().notNull().default([]),
		onlineVariant: text('online_variant'),
		version: version(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('activity_format_org_idx').on(t.organisationId)]
);
