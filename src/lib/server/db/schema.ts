import {
	type AnyPgColumn,
	bigint,
	boolean,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import {
	backgrounds,
	domains,
	regionKinds,
	seriesKinds,
	seriesModes,
	seriesRoles
} from '../../domain/people';
import { memberRoles } from '../../domain/roles';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** A required link to a row of another table; the row goes when what it belongs to goes. */
const belongsTo = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target, { onDelete: 'cascade' });

/**
 * Bumped by every save of what it guards; a save based on an older version is refused, so two
 * people editing the same thing never silently erase each other's work.
 */
const version = (name = 'version') => integer(name).notNull().default(1);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// Accounts: the four tables better-auth expects (its ids are text it generates itself).
export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	createdAt: createdAt(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const account = pgTable(
	'account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('account_user_idx').on(t.userId)]
);

export const verification = pgTable('verification', {
	id: text('id').primaryKey(),
	identifier: text('identifier').notNull(),
	value: text('value').notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	createdAt: createdAt(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Shared by all app instances, so a login limit holds behind a load balancer too. */
export const rateLimit = pgTable('rate_limit', {
	key: text('key').primaryKey(),
	points: integer('points').notNull(),
	expire: timestamp('expire', { withTimezone: true })
});

export const memberRole = pgEnum('member_role', memberRoles);
export const regionKind = pgEnum('region_kind', regionKinds);
export const background = pgEnum('background', backgrounds);
export const domain = pgEnum('domain', domains);
export const seriesKind = pgEnum('series_kind', seriesKinds);
export const seriesMode = pgEnum('series_mode', seriesModes);
export const seriesRole = pgEnum('series_role', seriesRoles);

/** The tenant: every row below belongs to exactly one organisation. */
export const organisation = pgTable('organisation', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	themeColour: text('theme_colour'),
	logo: bytea('logo'),
	logoType: text('logo_type'),
	createdAt: createdAt()
});

export const membership = pgTable(
	'membership',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: memberRole('role').notNull(),
		/**
		 * The person record this member is, set only by a coordinator or by accepting an invitation
		 * made for that person — never by matching e-mail addresses, which anyone may edit.
		 */
		personId: uuid('person_id').references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('membership_org_user_idx').on(t.organisationId, t.userId),
		uniqueIndex('membership_org_person_idx').on(t.organisationId, t.personId)
	]
);

export const invitation = pgTable(
	'invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: memberRole('role').notNull(),
		/** The person the new member will be linked to on joining, when the coordinator chose one. */
		personId: uuid('person_id').references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
		/** Only the hash is stored: a leaked database does not leak usable invitation links. */
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('invitation_org_idx').on(t.organisationId)]
);

/** Every message the app sends is kept here; without SMTP it is the only place to read it. */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisation.id, {
			onDelete: 'cascade'
		}),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		error: text('error'),
		createdAt: createdAt()
	},
	(t) => [index('outbox_org_idx').on(t.organisationId, t.createdAt)]
);

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
		domain: domain('domain'),
		version: version(),
		/** Lets a facilitator keep editing someone they added until that person is in a series. */
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('person_org_idx').on(t.organisationId), index('person_email_idx').on(t.email)]
);

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
		membersVersion: version('members_version'),
		scheduleVersion: version('schedule_version'),
		createdAt: createdAt()
	},
	(t) => [index('series_org_idx').on(t.organisationId, t.createdAt)]
);

export const seriesMember = pgTable(
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
		attendanceVersion: version('attendance_version')
	},
	(t) => [uniqueIndex('meeting_series_number_idx').on(t.seriesId, t.number)]
);

/** Who came to a meeting; a participant without a row is expected to be there. */
export const attendance = pgTable(
	'attendance',
	{
		meetingId: belongsTo('meeting_id', () => meeting.id),
		personId: belongsTo('person_id', () => person.id),
		present: boolean('present').notNull()
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

export const jobStates = ['waiting', 'running', 'done', 'failed'] as const;
export const jobState = pgEnum('job_state', jobStates);

/**
 * Work that runs later (issue 9): claimed with `FOR UPDATE SKIP LOCKED`, so it works the same on
 * PGlite and on PostgreSQL with several instances. A `key` makes enqueueing idempotent.
 */
export const job = pgTable(
	'job',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		key: text('key').unique(),
		payload: jsonb('payload').notNull(),
		state: jobState('state').notNull().default('waiting'),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(0),
		maxAttempts: integer('max_attempts').notNull(),
		/** While running: after this moment another worker may take the job over (its worker died). */
		lockedUntil: timestamp('locked_until', { withTimezone: true }),
		lastError: text('last_error'),
		/** Why a job was given up, as a code the page turns into words: see `JobFailure`. */
		failure: text('failure'),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('job_due_idx').on(t.state, t.runAt), index('job_org_idx').on(t.organisationId, t.createdAt)]
);

/**
 * What happened, recorded in the same transaction as the change itself (issue 9): the live
 * channel sends it, later the timeline and the audit log read it. The payload holds ids and
 * counts only, never names or stories. The id only grows, so a client can say where it stopped.
 */
export const event = pgTable(
	'event',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		/** Null when the system acted (a job, a script). */
		actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
		type: text('type').notNull(),
		/** The meeting, series, … the event is about; also the live channel's topic. */
		subject: uuid('subject').notNull(),
		// The clock at the insert rather than the transaction's start: closer to the commit.
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
		payload: jsonb('payload').notNull().default({})
	},
	(t) => [index('event_subject_idx').on(t.subject, t.id), index('event_organisation_idx').on(t.organisationId, t.id)]
);

/**
 * A personal link for a participant without an account (issue 9). Only the token's hash is kept;
 * the participant's cookie names the row, so revoking it ends every session it opened at once.
 * At most one link per person per series is active.
 */
export const participantLink = pgTable(
	'participant_link',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		seriesId: belongsTo('series_id', () => series.id),
		personId: belongsTo('person_id', () => person.id),
		tokenHash: text('token_hash').notNull().unique(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('participant_link_active_idx').on(t.seriesId, t.personId).where(sql`${t.revokedAt} is null`),
		index('participant_link_org_idx').on(t.organisationId)
	]
);
