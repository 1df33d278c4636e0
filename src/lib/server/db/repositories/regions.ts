import { and, asc, eq } from 'drizzle-orm';
import type { RegionKind } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { region } from '../schema';
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
