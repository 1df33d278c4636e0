import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { StakeholderKind, UpdateFrequency } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { changeWish, groupAgreement, meeting, membership, region, series, stakeholder, stakeholderUpdate, user } from '../schema';
import { claimVersion, removeVersioned, type Removal } from './versions';

export interface StakeholderInput {
	name: string;
	kind: StakeholderKind;
	affiliation: string;
	email: string;
	frequency: UpdateFrequency;
}

const inRegion = (organisationId: string, regionId: string) => and(eq(stakeholder.organisationId, organisationId), eq(stakeholder.regionId, regionId));

export const listStakeholders = (db: Db, organisationId: string, regionId: string) =>
	db.select().from(stakeholder).where(inRegion(organisationId, regionId)).orderBy(asc(stakeholder.name));

export async function findStakeholder(db: Db, organisationId: string, regionId: string, id: string) {
	const [row] = await db.select().from(stakeholder).where(and(inRegion(organisationId, regionId), eq(stakeholder.id, id)));
	return row ?? null;
}

export async function insertStakeholderForCheckedRegion(db: Db, organisationId: string, regionId: string, input: StakeholderInput, addedOn: string): Promise<string> {
	const [row] = await db.insert(stakeholder).values({ organisationId, regionId, ...input, addedOn }).returning({ id: stakeholder.id });
	return row!.id;
}

export function updateStakeholder(db: Db, organisationId: string, regionId: string, id: string, expected: number, input: StakeholderInput): Promise<number | null> {
	return claimVersion(db, stakeholder, 'version', and(inRegion(organisationId, regionId), eq(stakeholder.id, id)), expected, input);
}

export function deleteStakeholder(db: Db, organisationId: string, regionId: string, id: string, expected: number): Promise<Removal> {
	return removeVersioned(db, stakeholder, and(inRegion(organisationId, regionId), eq(stakeholder.id, id)), sql`${stakeholder.version} = ${expected}`);
}

/** The dates of the meetings of every series in a region, for the due dates of its updates. */
export const regionMeetings = (db: Db, organisationId: string, regionId: string) =>
	db
		.select({ id: meeting.id, seriesId: meeting.seriesId, date: meeting.date })
		.from(meeting)
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(series.regionId, regionId)))
		.orderBy(asc(meeting.date));

/** Every stakeholder of every organisation with the updates drafted for them: the daily job's work list. */
export async function stakeholdersWithOccasions(db: Db) {
	const people = await db
		.select({
			id: stakeholder.id,
			organisationId: stakeholder.organisationId,
			regionId: stakeholder.regionId,
			regionName: region.name,
			name: stakeholder.name,
			frequency: stakeholder.frequency,
			addedOn: stakeholder.addedOn
		})
		.from(stakeholder)
		.innerJoin(region, eq(region.id, stakeholder.regionId))
		.orderBy(asc(stakeholder.organisationId), asc(stakeholder.regionId));
	if (!people.length) return [];
	const drafted = await db
		.select({ stakeholderId: stakeholderUpdate.stakeholderId, occasion: stakeholderUpdate.occasion })
		.from(stakeholderUpdate)
		.where(inArray(stakeholderUpdate.stakeholderId, people.map((p) => p.id)));
	return people.map((p) => ({ ...p, drafted: new Set(drafted.filter((d) => d.stakeholderId === p.id).map((d) => d.occasion)) }));
}

/**
 * What a region produced in a period: its meetings that took place (dated from `from` to `to`,
 * and before `today`), with their series' names; the group agreements made in them; the change
 * wishes by level. Notes, debriefs, photos and people are not read here at all: an update to a
 * stakeholder is built only from these outcomes.
 */
export async function regionOutcomes(db: Db, organisationId: string, regionId: string, from: string, to: string, today: string, seriesId: string | null) {
	const where = and(
		eq(series.organisationId, organisationId),
		eq(series.regionId, regionId),
		gte(meeting.date, from),
		lte(meeting.date, to),
		sql`${meeting.date} < ${today}`,
		seriesId ? eq(series.id, seriesId) : undefined
	);
	const meetings = await db
		.select({ id: meeting.id, date: meeting.date, number: meeting.number, seriesName: series.name })
		.from(meeting)
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(where)
		.orderBy(asc(meeting.date), asc(meeting.number));
	const ids = meetings.map((m) => m.id);
	if (!ids.length) return { meetings, agreements: [] as string[], wishes: [] as { level: string | null; n: number }[] };
	const agreements = await db.select({ text: groupAgreement.text }).from(groupAgreement).where(inArray(groupAgreement.meetingId, ids)).orderBy(asc(groupAgreement.createdAt));
	const wishes = await db
		.select({ level: changeWish.level, n: sql<number>`count(*)::int` })
		.from(changeWish)
		.where(inArray(changeWish.meetingId, ids))
		.groupBy(changeWish.level);
	return { meetings, agreements: agreements.map((a) => a.text), wishes };
}

/** The e-mail addresses of an organisation's coordinators, for the reminder that an update is ready. */
export async function coordinatorEmails(db: Db, organisationId: string): Promise<string[]> {
	const rows = await db
		.select({ email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(membership.role, 'coordinator'), isNotNull(user.email)));
	return rows.map((r) => r.email);
}

export interface NewUpdate {
	organisationId: string;
	stakeholderId: string;
	occasion: string;
	dueOn: string;
	periodFrom: string;
	periodTo: string;
	subject: string;
	body: string;
}

/** Adds a drafted update; null when this occasion was drafted already (another instance, a rerun). */
export async function insertUpdateDraft(db: Db, input: NewUpdate): Promise<string | null> {
	const [row] = await db.insert(stakeholderUpdate).values(input).onConflictDoNothing().returning({ id: stakeholderUpdate.id });
	return row?.id ?? null;
}

const updateColumns = {
	id: stakeholderUpdate.id,
	stakeholderId: stakeholderUpdate.stakeholderId,
	stakeholderName: stakeholder.name,
	stakeholderEmail: stakeholder.email,
	occasion: stakeholderUpdate.occasion,
	dueOn: stakeholderUpdate.dueOn,
	periodFrom: stakeholderUpdate.periodFrom,
	periodTo: stakeholderUpdate.periodTo,
	subject: stakeholderUpdate.subject,
	body: stakeholderUpdate.body,
	state: stakeholderUpdate.state,
	sentAt: stakeholderUpdate.sentAt,
	version: stakeholderUpdate.version
};

/** A region's updates, drafts first, then the newest. */
export const listRegionUpdates = (db: Db, organisationId: string, regionId: string) =>
	db
		.select(updateColumns)
		.from(stakeholderUpdate)
		.innerJoin(stakeholder, eq(stakeholder.id, stakeholderUpdate.stakeholderId))
		.where(and(inRegion(organisationId, regionId), eq(stakeholderUpdate.organisationId, organisationId)))
		.orderBy(sql`${stakeholderUpdate.state} = 'draft' desc`, desc(stakeholderUpdate.dueOn), asc(stakeholder.name))
		.limit(100);

export async function findUpdate(db: Db, organisationId: string, regionId: string, id: string) {
	const [row] = await db
		.select(updateColumns)
		.from(stakeholderUpdate)
		.innerJoin(stakeholder, eq(stakeholder.id, stakeholderUpdate.stakeholderId))
		.where(and(inRegion(organisationId, regionId), eq(stakeholderUpdate.organisationId, organisationId), eq(stakeholderUpdate.id, id)));
	return row ?? null;
}

const updateWhere = (organisationId: string, id: string) =>
	and(eq(stakeholderUpdate.organisationId, organisationId), eq(stakeholderUpdate.id, id), eq(stakeholderUpdate.state, 'draft'));

/** Saves the coordinator's words over version `expected`, while it is still a draft. */
export function updateDraft(db: Db, organisationId: string, id: string, expected: number, words: { subject: string; body: string }): Promise<number | null> {
	return claimVersion(db, stakeholderUpdate, 'version', updateWhere(organisationId, id), expected, words);
}

/** Marks a draft sent (or set aside) with its final words, over version `expected`. */
export function settleDraft(
	db: Db,
	organisationId: string,
	id: string,
	expected: number,
	settled: { state: 'sent' | 'dismissed'; subject: string; body: string; sentBy: string; sentAt: Date | null }
): Promise<number | null> {
	return claimVersion(db, stakeholderUpdate, 'version', updateWhere(organisationId, id), expected, settled);
}
