import { and, asc, eq, sql } from 'drizzle-orm';
import type { TimelineOverrides } from '../../../domain/regionPlan';
import type { PartnerAsk, PartnerKind, PartnerStatus } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { meeting, regionPartner, regionPlan, series } from '../schema';
import { claimVersion, removeVersioned, type Removal } from './versions';

export type RegionPlanRow = typeof regionPlan.$inferSelect;
export type RegionPartnerRow = typeof regionPartner.$inferSelect;

/** The plan's words, as its form saves them. */
export interface RegionPlanInput {
	goals: string | null;
	organiserPartnerId: string | null;
	initiativeGroup: string | null;
	roomBy: string | null;
	cateringBy: string | null;
	communicationBy: string | null;
}

export interface RegionPartnerInput {
	name: string;
	kind: PartnerKind;
	asks: PartnerAsk[];
	status: PartnerStatus;
	note: string | null;
}

const planOf = (organisationId: string, regionId: string) =>
	and(eq(regionPlan.organisationId, organisationId), eq(regionPlan.regionId, regionId));

export async function findRegionPlan(db: Db, organisationId: string, regionId: string): Promise<RegionPlanRow | null> {
	const rows = await db.select().from(regionPlan).where(planOf(organisationId, regionId));
	return rows[0] ?? null;
}

/**
 * Makes the region's empty plan at version 1 unless it is there, so the first save claims a
 * version like every later one. The region was checked by the use-case.
 */
export async function ensurePlanForCheckedRegion(db: Db, organisationId: string, regionId: string): Promise<void> {
	await db.insert(regionPlan).values({ organisationId, regionId }).onConflictDoNothing({ target: regionPlan.regionId });
}

/** Saves the plan's words only over version `expected`; the new version, or null. */
export function updateRegionPlan(db: Db, organisationId: string, regionId: string, expected: number, input: RegionPlanInput): Promise<number | null> {
	return claimVersion(db, regionPlan, 'version', planOf(organisationId, regionId), expected, { ...input, updatedAt: new Date() });
}

/** Saves the timeline only over its version `expected`; the new version, or null. */
export function updateRegionTimeline(
	db: Db,
	organisationId: string,
	regionId: string,
	expected: number,
	timeline: TimelineOverrides
): Promise<number | null> {
	return claimVersion(db, regionPlan, 'timelineVersion', planOf(organisationId, regionId), expected, { timeline, updatedAt: new Date() });
}

export const listRegionPartners = (db: Db, organisationId: string, regionId: string) =>
	db
		.select()
		.from(regionPartner)
		.where(and(eq(regionPartner.organisationId, organisationId), eq(regionPartner.regionId, regionId)))
		.orderBy(asc(regionPartner.createdAt), asc(regionPartner.id));

export async function findRegionPartner(db: Db, organisationId: string, regionId: string, id: string): Promise<RegionPartnerRow | null> {
	const rows = await db
		.select()
		.from(regionPartner)
		.where(and(eq(regionPartner.organisationId, organisationId), eq(regionPartner.regionId, regionId), eq(regionPartner.id, id)));
	return rows[0] ?? null;
}

export async function insertRegionPartner(db: Db, organisationId: string, regionId: string, input: RegionPartnerInput): Promise<RegionPartnerRow> {
	const [row] = await db.insert(regionPartner).values({ organisationId, regionId, ...input }).returning();
	return row!;
}

export function updateRegionPartner(
	db: Db,
	organisationId: string,
	regionId: string,
	id: string,
	expected: number,
	input: RegionPartnerInput
): Promise<number | null> {
	return claimVersion(
		db,
		regionPartner,
		'version',
		and(eq(regionPartner.organisationId, organisationId), eq(regionPartner.regionId, regionId), eq(regionPartner.id, id)),
		expected,
		input
	);
}

export function removeRegionPartner(db: Db, organisationId: string, regionId: string, id: string, expected: number): Promise<Removal> {
	return removeVersioned(
		db,
		regionPartner,
		and(eq(regionPartner.organisationId, organisationId), eq(regionPartner.regionId, regionId), eq(regionPartner.id, id)),
		eq(regionPartner.version, expected)
	);
}

/** The region's series, oldest first, with their meetings' numbers and dates. */
export async function listRegionSeriesWithMeetings(db: Db, organisationId: string, regionId: string) {
	const rows = await db
		.select({
			id: series.id,
			name: series.name,
			kind: series.kind,
			mode: series.mode,
			meetingNumber: meeting.number,
			meetingDate: meeting.date,
			startTime: meeting.startTime,
			location: meeting.location
		})
		.from(series)
		.leftJoin(meeting, eq(meeting.seriesId, series.id))
		.where(and(eq(series.organisationId, organisationId), eq(series.regionId, regionId)))
		.orderBy(asc(series.createdAt), asc(series.id), asc(meeting.number));
	const bySeries = new Map<
		string,
		{ id: string; name: string; kind: (typeof rows)[number]['kind']; mode: (typeof rows)[number]['mode']; meetings: { number: number; date: string; startTime: string; location: string | null }[] }
	>();
	for (const r of rows) {
		const entry = bySeries.get(r.id) ?? { id: r.id, name: r.name, kind: r.kind, mode: r.mode, meetings: [] };
		if (r.meetingNumber !== null && r.meetingDate !== null)
			entry.meetings.push({ number: r.meetingNumber, date: r.meetingDate, startTime: r.startTime ?? '', location: r.location });
		bySeries.set(r.id, entry);
	}
	return [...bySeries.values()];
}

/** How many partners the region has (for the hub's overview). */
export async function countRegionPartners(db: Db, organisationId: string, regionId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(regionPartner)
		.where(and(eq(regionPartner.organisationId, organisationId), eq(regionPartner.regionId, regionId)));
	return row?.n ?? 0;
}
