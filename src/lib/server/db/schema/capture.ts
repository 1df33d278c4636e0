import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { changeLevels, noteVisibilities, signalKinds } from '../../../domain/vocabularies';
import { user } from './accounts';
import { belongsTo, bytea, createdAt, version } from './columns';
import { person } from './people';
import { meeting, series } from './series';

/*
 * What a group produces during a meeting (issue #10 item 7) and the facilitators' debrief (item 8).
 * Every row hangs from its meeting (and so its series and organisation); each is edited on its own,
 * with its own version, so two facilitators capturing at once never erase each other.
 */

export const changeLevel = pgEnum('change_level', changeLevels);
export const noteVisibility = pgEnum('note_visibility', noteVisibilities);
export const signalKind = pgEnum('signal_kind', signalKinds);

/** A series' agreements on how to treat each other: made in a meeting, shown at every later one. */
export const groupAgreement = pgTable(
	'group_agreement',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		seriesId: belongsTo('series_id', () => series.id),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		text: text('text').notNull(),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('group_agreement_series_idx').on(t.seriesId, t.createdAt)]
);

/**
 * "Als we nou eens…": kept for the deciding meeting and, later, the year of actions that grows from
 * it. An anonymous wish has no author, and nothing else anywhere links it to a person.
 */
export const changeWish = pgTable(
	'change_wish',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		seriesId: belongsTo('series_id', () => series.id),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		text: text('text').notNull(),
		authorPersonId: uuid('author_person_id').references(() => person.id, { onDelete: 'set null' }),
		level: changeLevel('level'),
		theme: text('theme'),
		/** Made by the form or phone that sent it, so sending twice stores it once. */
		submissionId: uuid('submission_id').notNull(),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('change_wish_submission_idx').on(t.seriesId, t.submissionId),
		index('change_wish_meeting_idx').on(t.meetingId, t.createdAt)
	]
);

/** Preparation given in a meeting for the next one. */
export const homework = pgTable(
	'homework',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		text: text('text').notNull(),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('homework_meeting_idx').on(t.meetingId, t.createdAt)]
);

/** The signals list built from one story: no column for the storyteller, by design. */
export const signal = pgTable(
	'signal',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		kind: signalKind('kind').notNull(),
		text: text('text').notNull(),
		/** Set when a phone sent it, so sending again stores it once. */
		submissionId: uuid('submission_id'),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('signal_meeting_idx').on(t.meetingId, t.createdAt), uniqueIndex('signal_submission_idx').on(t.meetingId, t.submissionId)]
);

/** Minutes of a meeting, each with who may read it (`can.readNote`). */
export const note = pgTable(
	'note',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		visibility: noteVisibility('visibility').notNull(),
		text: text('text').notNull(),
		/** The member who wrote it; kept when the account goes, so the note stays. */
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		version: version(),
		createdAt: createdAt()
	},
	(t) => [index('note_meeting_idx').on(t.meetingId, t.createdAt)]
);

/** A photo of a flipover, shrunk and without metadata, in the database so every instance serves it. */
export const meetingPhoto = pgTable(
	'meeting_photo',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		contentType: text('content_type').notNull(),
		data: bytea('data').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('meeting_photo_meeting_idx').on(t.meetingId, t.createdAt)]
);

/** The facilitator duo's look-back after a meeting; one per meeting, edited by both. */
export const debrief = pgTable('debrief', {
	meetingId: belongsTo('meeting_id', () => meeting.id).primaryKey(),
	wentWell: text('went_well').notNull().default(''),
	couldDiffer: text('could_differ').notNull().default(''),
	changeNext: text('change_next').notNull().default(''),
	version: version(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
