import { and, asc, eq, sql } from 'drizzle-orm';
import type { ProgrammeKind } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { programme, region } from '../schema';
import { claimVersion, removeVersioned, type Removal } from './versions';

export interface ProgrammeInput {
	name: string;
	kind: ProgrammeKind;
	description: string;
	runBy: string;
	contact: string;
	regionId: string | null;
}

/** The organisation's inventory, by name, with the name of each entry's region. */
export const listProgrammes = (db: Db, organisationId: string) =>
	db
		.select({
			id: programme.id,
			name: programme.name,
			kind: programme.kind,
			description: programme.description,
			runBy: programme.runBy,
			contact: programme.contact,
			regionId: programme.regionId,
			regionName: region.name,
			version: programme.version
		})
		.from(programme)
		.leftJoin(region, eq(region.id, programme.regionId))
		.where(eq(programme.organisationId, organisationId))
		.orderBy(asc(programme.name));

export async function findProgramme(db: Db, organisationId: string, id: string) {
	const [row] = await db.select().from(programme).where(and(eq(programme.organisationId, organisationId), eq(programme.id, id)));
	return row ?? null;
}

/** `input.regionId` is one of the organisation's regions: the use-case checked it. */
export async function insertProgramme(db: Db, organisationId: string, input: ProgrammeInput, createdBy: string): Promise<string> {
	const [row] = await db.insert(programme).values({ organisationId, ...input, createdBy }).returning({ id: programme.id });
	return row!.id;
}

export function updateProgramme(db: Db, organisationId: string, id: string, expected: number, input: ProgrammeInput): Promise<number | null> {
	return claimVersion(db, programme, 'version', and(eq(programme.organisationId, organisationId), eq(programme.id, id)), expected, input);
}

export function deleteProgramme(db: Db, organisationId: string, id: string, expected: number): Promise<Removal> {
	return removeVersioned(db, programme, and(eq(programme.organisationId, organisationId), eq(programme.id, id)), sql`${programme.version} = ${expected}`);
}
