import {
	boolean,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { attendanceStatuses, seriesKinds, seriesModes, seriesRoles } from '../../../domain/vocabularies';
import { belongsTo, createdAt, version } from './columns';
import { organisation } from './organisations';
import { person, region } from './people';

export const seriesKind = pgEnum('series_kind', seriesKinds);
export const seriesMode = pgEnum('series_mode', seriesModes);
export const seriesRole = pgEnum('series_role', seriesRoles);
export const attendanceStatus = pgEnum('attendance_status', attendanceStatuses);

export const series = pgTable(
	'series',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		regionId: uuid('region_id').references(() => region.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		kind: seriesKind('kind').notNull(),
		mode: seriesMode('mode').notNull(),
		/** Seed 002: a professional network has one fixed participant per partner organisation. */
		partnerOrganisations: text('partner_organisations').array().notNull().default([]),
		/** Name, mode, region and partners; its people and its schedule are edited apart, so each has its own. */
		settingsVersion: version('settings_version'),
		peopleVersion: version('members_version'),
		scheduleVersion: version('schedule_version'),
		/** Months a coordinator added to the retention of its people's data (issue #11 item 3), with its own version. */
		retentionExtraMonths: integer('retention_extra_months').notNull().default(0),
		retentionVersion: version('retention_version'),
		/**
		 * The public sign-up's unguessable code (issue #12 item 7): `/aanmelden/<code>` works while it
		 * is set; closing the sign-up clears it, opening again makes a new one.
		 */
		signupCode: text('signup_code'),
		/** The expenses arrangement as written down for the flyer, with its own version. */
		expenses: text('expenses'),
		recruitmentVersion: version('recruitment_version'),
		createdAt: createdAt()
	},
	(t) => [index('series_org_idx').on(t.organisationId, t.createdAt), uniqueIndex('series_signup_code_idx').on(t.signupCode)]
);

/** The people of a series, each a participant or a facilitator; the table keeps its first name. */
export const seriesPerson = pgTable(
	'series_member',
	{
		seriesId: belongsTo('series_id', () => series.id),
		personId: belongsTo('person_id', () => person.id),
		role: seriesRole('role').notNull()
	},
	(t) => [primaryKey({ columns: [t.seriesId, t.personId] }), index('series_member_person_idx').on(t.personId)]
);

export const meeting = pgTable(
	'meeting',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		seriesId: belongsTo('series_id', () => series.id),
		number: integer('number').notNull(),
		date: date('date', { mode: 'string' }).notNull(),
		startTime: text('start_time').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		durationMinutes: integer('duration_minutes').notNull(),
		deciding: boolean('deciding').notNull().default(false),
		location: text('location'),
		onlineLink: text('online_link'),
		/** Raised when the date, time or place changes, so calendar apps replace their copy (ICS SEQUENCE). */
		sequence: integer('sequence').notNull().default(0),
		groupSizeMin: integer('group_size_min'),
		groupSizeMax: integer('group_size_max'),
		/** Set once the groups were used: later groupings count their pairs as met. */
		groupsLockedAt: timestamp('groups_locked_at', { withTimezone: true }),
		/** Guards the meeting's attendance list, which two facilitators may tick at once. */
		attendanceVersion: version('attendance_version'),
		/** The template its agenda was made from; null until the agenda is made (meetings planned before issue #10). */
		agendaTemplateId: text('agenda_template_id'),
		/**
		 * Moves on every change to the agenda. Whole-agenda operations (fit to a length, start again)
		 * are based on it; moves, additions and removals act by part id and need not be.
		 */
		agendaVersion: version('agenda_version')
	},
	(t) => [uniqueIndex('meeting_series_number_idx').on(t.seriesId, t.number)]
);

/** Who came to a meeting; a participant without a row is expected to be there. */
export const attendance = pgTable(
	'attendance',
	{
		meetingId: belongsTo('meeting_id', () => meeting.id),
		personId: belongsTo('person_id', () => person.id),
		status: attendanceStatus('status').notNull()
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.personId] }), index('attendance_person_idx').on(t.personId)]
);

/** The subgroups of one meeting (issue 3); one group per person per meeting. */
export const meetingGroup = pgTable(
	'meeting_group',
	{
		meetingId: belongsTo('meeting_id', () => meeting.id),
		personId: belongsTo('person_id', () => person.id),
		groupNumber: integer('group_number').notNull()
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.personId] }), index('meeting_group_person_idx').on(t.personId)]
);
