import { and, asc, eq } from 'drizzle-orm';
import type { LocalSchemeDetails } from '../../../domain/localSchemes';
import type { Db } from '../client';
import { localScheme } from '../schema';
import { claimVersion } from './versions';

/** An organisation's own local schemes, by name. */
export const listLocalSchemes = (db: Db, organisationId: string) =>
	db.select().from(localScheme).where(eq(localScheme.organisationId, organisationId)).orderBy(asc(localScheme.name), asc(localScheme.id));

export async function findLocalScheme(db: Db, organisationId: string, id: string) {
	const rows = await db
		.select()
		.from(localScheme)
		.where(and(eq(localScheme.organisationId, organisationId), eq(localScheme.id, id)));
	return rows[0] ?? null;
}

export async function insertLocalScheme(db: Db, organisationId: string, input: LocalSchemeDetails, createdBy: string): Promise<string> {
	const [row] = await db.insert(localScheme).values({ organisationId, ...input, createdBy }).returning({ id: localScheme.id });
	return row!.id;
}

/** Saves `input` only over version `expected` (`claimVersion`); the new version, or null. */
export function updateLocalScheme(db: Db, organisationId: string, id: string, expected: number, input: LocalSchemeDetails): Promise<number | null> {
	return claimVersion(db, localScheme, 'version', and(eq(localScheme.organisationId, organisationId), eq(localScheme.id, id)), expected, input);
}

/** Whether there was such a scheme to remove. */
export async function deleteLocalScheme(db: Db, organisationId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(localScheme)
		.where(and(eq(localScheme.organisationId, organisationId), eq(localScheme.id, id)))
		.returning({ id: localScheme.id });
	return rows.length > 0;
}
