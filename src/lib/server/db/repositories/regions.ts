import { and, asc, eq, sql } from 'drizzle-orm';
import type { RegionKind } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { region, series } from '../schema';
import { claimVersion } from './versions';

export interface RegionInput {
	name: string;
	kind: RegionKind;
}

export const listRegions = (db: Db, organisationId: string) =>
	db.select().from(region).where(eq(region.organisationId, organisationId)).orderBy(asc(region.name));

export async function findRegion(db: Db, organisationId: string, id: string) {
	const rows = await db.select().from(region).where(and(eq(region.organisationId, organisationId), eq(region.id, id)));
	return rows[0] ?? null;
}

export async function insertRegion(db: Db, organisationId: string, input: RegionInput) {
	const [row] = await db.insert(region).values({ organisationId, ...input }).returning();
	return row;
}

/** Saves `input` only over version `expected` (`claimVersion`); the new version, or null. */
export function updateRegion(db: Db, organisationId: string, id: string, expected: number, input: RegionInput): Promise<number | null> {
	return claimVersion(db, region, 'version', and(eq(region.organisationId, organisationId), eq(region.id, id)), expected, input);
}

/** How many series of the organisation are in the region. */
export async function countSeriesInRegion(db: Db, organisationId: string, id: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(series)
		.where(and(eq(series.organisationId, organisationId), eq(series.regionId, id)));
	return row?.n ?? 0;
}

/**
 * Locks the region at version `expected` for its deletion; false when it moved on or is gone. The
 * lock makes a series being moved into it wait (or be waited for), so the count of its series that
 * follows is the truth until the deletion commits and no series loses its region to `set null`.
 */
export async function lockRegionAt(db: Db, organisationId: string, id: string, expected: number): Promise<boolean> {
	const rows = await db
		.select({ id: region.id })
		.from(region)
		.where(and(eq(region.organisationId, organisationId), eq(region.id, id), eq(region.version, expected)))
		.for('update');
	return rows.length > 0;
}

/** Deletes the region; the use-case locked it and found no series in it. */
export async function deleteLockedRegion(db: Db, organisationId: string, id: string): Promise<void> {
	await db.delete(region).where(and(eq(region.organisationId, organisationId), eq(region.id, id)));
}
