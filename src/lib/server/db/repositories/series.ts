import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SeriesKind, SeriesMode, SeriesRole } from '../../../domain/vocabularies';
import type { Db } from '../client';
import {
	agendaPart,
	answer,
	changeWish,
	debrief,
	groupAgreement,
	homework,
	meeting,
	meetingPhoto,
	note,
	participantLink,
	person,
	region,
	series,
	seriesPerson,
	signal
} from '../schema';
import { claimVersion } from './versions';

export interface SeriesRow {
	id: string;
	organisationId: string;
	name: string;
	kind: SeriesKind;
	mode: SeriesMode;
	regionId: string | null;
	partnerOrganisations: string[];
}

/** Each part of a series that its own form edits carries its own version (see `schema/series.ts`). */
export interface SeriesVersions {
	settingsVersion: number;
	peopleVersion: number;
	scheduleVersion: number;
}

export type VersionedPart = 'people' | 'schedule';

export interface MeetingValues {
	number: number;
	date: string;
	startTime: string;
	startsAt: Date;
	durationMinutes: number;
	deciding: boolean;
	location: string | null;
	onlineLink: string | null;
}

/**
 * One page of the overview in one round trip: the meeting figures come from one lateral
 * aggregate per series, and the total from a window count, whatever the number of series.
 */
export function listSeries(
	db: Db,
	organisationId: string,
	onlyIds: readonly string[] | null,
	today: string,
	page: { limit: number; offset: number }
) {
	const conditions = [eq(series.organisationId, organisationId)];
	if (onlyIds) conditions.push(onlyIds.length ? inArray(series.id, [...onlyIds]) : sql`false`);
	const figures = db
		.select({
			meetings: sql<number>`count(*)::int`.as('meetings'),
			nextDate: sql<string | null>`(min(${meeting.date}) filter (where ${meeting.date} >= ${today}))::text`.as('next_date')
		})
		.from(meeting)
		.where(eq(meeting.seriesId, series.id))
		.as('figures');
	return db
		.select({
			id: series.id,
			name: series.name,
			kind: series.kind,
			mode: series.mode,
			regionName: region.name,
			participants: sql<number>`(select count(*)::int from ${seriesPerson} where ${seriesPerson.seriesId} = ${series.id} and ${seriesPerson.role} = 'participant')`,
			meetings: figures.meetings,
			nextDate: figures.nextDate,
			total: sql<number>`(count(*) over ())::int`
		})
		.from(series)
		.leftJoin(region, eq(region.id, series.regionId))
		.leftJoinLateral(figures, sql`true`)
		.where(and(...conditions))
		.orderBy(desc(series.createdAt), asc(series.id))
		.limit(page.limit)
		.offset(page.offset);
}

export async function findSeries(db: Db, organisationId: string, id: string): Promise<(SeriesRow & SeriesVersions) | null> {
	const rows = await db
		.select({
			id: series.id,
			organisationId: series.organisationId,
			name: series.name,
			kind: series.kind,
			mode: series.mode,
			regionId: series.regionId,
			partnerOrganisations: series.partnerOrganisations,
			settingsVersion: series.settingsVersion,
			peopleVersion: series.peopleVersion,
			scheduleVersion: series.scheduleVersion
		})
		.from(series)
		.where(and(eq(series.organisationId, organisationId), eq(series.id, id)));
	return rows[0] ?? null;
}

export async function insertSeries(
	db: Db,
	values: Omit<SeriesRow, 'id'>,
	meetings: MeetingValues[]
): Promise<string> {
	return db.transaction(async (tx) => {
		const [row] = await tx.insert(series).values(values).returning({ id: series.id });
		if (!row) throw new Error('series insert returned nothing');
		if (meetings.length) await tx.insert(meeting).values(meetings.map((m) => ({ ...m, seriesId: row.id })));
		return row.id;
	});
}

const nextSequence = () => sql`${meeting.sequence} + 1`;

/** Saves the settings only over version `expected` (`claimVersion`); the new version or null. */
export function updateSeriesSettings(
	db: Db,
	organisationId: string,
	id: string,
	expected: number,
	values: Pick<SeriesRow, 'name' | 'mode' | 'regionId' | 'partnerOrganisations'>
): Promise<number | null> {
	return claimVersion(db, series, 'settingsVersion', and(eq(series.organisationId, organisationId), eq(series.id, id)), expected, values);
}

/**
 * A series that changes mode drops the place of the other mode from its meetings, so an online
 * link is never shown or sent as an address; each meeting that loses one gets a new calendar
 * sequence, and the schedule a new version (its form showed the old place). The caller runs it in
 * the transaction that saved the settings.
 */
export async function dropOtherModePlaces(db: Db, organisationId: string, id: string, mode: SeriesRow['mode']) {
	const stale = mode === 'online' ? meeting.location : meeting.onlineLink;
	const cleared = await db
		.update(meeting)
		.set(mode === 'online' ? { location: null, sequence: nextSequence() } : { onlineLink: null, sequence: nextSequence() })
		.where(and(eq(meeting.seriesId, id), isNotNull(stale)))
		.returning({ id: meeting.id });
	if (cleared.length === 0) return;
	await db
		.update(series)
		.set({ scheduleVersion: sql`${series.scheduleVersion} + 1` })
		.where(and(eq(series.organisationId, organisationId), eq(series.id, id)));
}

const partVersion = { people: 'peopleVersion', schedule: 'scheduleVersion' } as const;

/** Bumps the version of one part of a series, only when it still is `expected` (`claimVersion`). */
export function claimSeriesVersion(db: Db, organisationId: string, id: string, part: VersionedPart, expected: number): Promise<number | null> {
	return claimVersion(db, series, partVersion[part], and(eq(series.organisationId, organisationId), eq(series.id, id)), expected);
}

/** What the composition advice needs to know of a person, besides their name. */
const personTraits = {
	id: person.id,
	name: person.name,
	livedExperience: person.livedExperience,
	experienceExpert: person.experienceExpert,
	leadsGroups: person.leadsGroups,
	background: person.background,
	affiliation: person.affiliation,
	workField: person.workField
};

export function listSeriesPeople(db: Db, seriesId: string) {
	return db
		.select({
			...personTraits,
			email: person.email,
			role: seriesPerson.role
		})
		.from(seriesPerson)
		.innerJoin(person, eq(person.id, seriesPerson.personId))
		.where(eq(seriesPerson.seriesId, seriesId))
		.orderBy(asc(person.name));
}

/** Replaces the whole group; the caller runs it in the transaction that claimed the people's version. */
export async function replacePeopleForCheckedSeries(
	db: Db,
	seriesId: string,
	roles: { personId: string; role: SeriesRole }[]
) {
	await db.delete(seriesPerson).where(eq(seriesPerson.seriesId, seriesId));
	if (roles.length) await db.insert(seriesPerson).values(roles.map((m) => ({ ...m, seriesId })));
}

export function listMeetings(db: Db, seriesId: string) {
	return db.select().from(meeting).where(eq(meeting.seriesId, seriesId)).orderBy(asc(meeting.number));
}

/** The caller runs it in the transaction that claimed the schedule's version. `moved`: the meeting changed in time or place, so its calendar sequence goes up. */
export async function updateMeetingsForCheckedSeries(
	db: Db,
	seriesId: string,
	changes: ({ id: string; moved: boolean } & Omit<MeetingValues, 'number' | 'deciding'>)[]
) {
	for (const { id, moved, ...values } of changes) {
		await db
			.update(meeting)
			.set(moved ? { ...values, sequence: nextSequence() } : values)
			.where(and(eq(meeting.seriesId, seriesId), eq(meeting.id, id)));
	}
}

export async function existingPersonIds(db: Db, organisationId: string, ids: string[]): Promise<Set<string>> {
	if (!ids.length) return new Set();
	const rows = await db
		.select({ id: person.id })
		.from(person)
		.where(and(eq(person.organisationId, organisationId), inArray(person.id, ids)));
	return new Set(rows.map((r) => r.id));
}

export function listPeopleForPicking(db: Db, organisationId: string) {
	return db
		.select(personTraits)
		.from(person)
		.where(eq(person.organisationId, organisationId))
		.orderBy(asc(person.name));
}

const countOf = sql<number>`count(*)::int`;
const meetingsOfSeries = (seriesId: string) => sql`(select ${meeting.id} from ${meeting} where ${meeting.seriesId} = ${seriesId})`;

/**
 * What goes when a series is deleted: everything hangs from it or its meetings and cascades. The
 * people stay (they are the organisation's, and may be in other series). For the confirmation page.
 */
export async function seriesContentsForCheckedSeries(db: Db, seriesId: string) {
	const count = async (table: PgTable, where: SQL) => (await db.select({ n: countOf }).from(table).where(where))[0]?.n ?? 0;
	const inMeetings = (column: AnyPgColumn) => sql`${column} in ${meetingsOfSeries(seriesId)}`;
	return {
		meetings: await count(meeting, eq(meeting.seriesId, seriesId)),
		agendaParts: await count(agendaPart, inMeetings(agendaPart.meetingId)),
		captured:
			(await count(groupAgreement, eq(groupAgreement.seriesId, seriesId))) +
			(await count(changeWish, eq(changeWish.seriesId, seriesId))) +
			(await count(homework, inMeetings(homework.meetingId))) +
			(await count(signal, inMeetings(signal.meetingId))) +
			(await count(note, inMeetings(note.meetingId))) +
			(await count(answer, inMeetings(answer.meetingId))) +
			(await count(debrief, inMeetings(debrief.meetingId))),
		photos: await count(meetingPhoto, inMeetings(meetingPhoto.meetingId)),
		people: await count(seriesPerson, eq(seriesPerson.seriesId, seriesId)),
		links: await count(participantLink, eq(participantLink.seriesId, seriesId))
	};
}

/**
 * Deletes the series while its settings are still at version `expected`; its meetings, agendas,
 * captured items, photos, places of people and personal links go with it (foreign keys cascade).
 * Whether a row went.
 */
export async function deleteSeries(db: Db, organisationId: string, id: string, expected: number): Promise<boolean> {
	const rows = await db
		.delete(series)
		.where(and(eq(series.organisationId, organisationId), eq(series.id, id), eq(series.settingsVersion, expected)))
		.returning({ id: series.id });
	return rows.length > 0;
}
