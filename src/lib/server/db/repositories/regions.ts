import { and, asc, eq } from 'drizzle-orm';
import type { RegionKind } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { region } from '../schema';

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

export async function updateRegion(db: Db, organisationId: string, id: string, input: RegionInput) {
	const rows = await db
		.update(region)
		.set(input)
		.where(and(eq(region.organisationId, organisationId), eq(region.id, id)))
		.returning({ id: region.id });
	return rows.length > 0;
}
