import { index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agendaPartKinds, type AgendaPartKind } from '../../../content/meetingSkeleton';
import { user } from './accounts';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';
import { meeting } from './series';

export const agendaPartKind = pgEnum('agenda_part_kind', agendaPartKinds);

/**
 * One part of one meeting's agenda (issue #10), made from the meeting's template and the group's
 * own after that. A text column left null follows the template part (`template_id`,
 * `template_key`) in the reader's language; it is set once someone edits it.
 */
export const agendaPart = pgTable(
	'agenda_part',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		position: integer('position').notNull(),
		templateId: text('template_id'),
		templateKey: text('template_key'),
		kind: agendaPartKind('kind').notNull(),
		title: text('title'),
		yields: text('yields'),
		notes: text('notes'),
		question: text('question'),
		minutes: integer('minutes').notNull(),
		shortest: integer('shortest').notNull(),
		longest: integer('longest').notNull(),
		/** A built-in format's code or an organisation's own format's id. */
		format: text('format'),
		/** Each part its own, so two facilitators editing different parts never clash. */
		version: version()
	},
	(t) => [index('agenda_part_meeting_idx').on(t.meetingId, t.position)]
);

/** A part of an organisation's own template: the agenda part's columns, without the meeting. */
export interface OwnTemplatePart {
	templateKey: string | null;
	kind: AgendaPartKind;
	title: string | null;
	yields: string | null;
	notes: string | null;
	question: string | null;
	minutes: number;
	shortest: number;
	longest: number;
	format: string | null;
}

/** An organisation's own version of a built-in template; one per template it is based on. */
export const agendaTemplate = pgTable(
	'agenda_template',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		basedOn: text('based_on').notNull(),
		name: text('name').notNull(),
		parts: jsonb('parts').$type<OwnTemplatePart[]>().notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		version: version()
	},
	(t) => [uniqueIndex('agenda_template_org_based_on_idx').on(t.organisationId, t.basedOn)]
);
