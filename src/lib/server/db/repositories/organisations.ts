import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisation } from '../schema';
import { claimVersion } from './versions';

export interface OrganisationSettings {
	name: string;
	themeColour: string | null;
}

/** A short fingerprint of the logo, null without one: its URL changes with the image. */
export const logoVersion = () => sql<string | null>`left(md5(${organisation.logo}), 16)`;

/**
 * Creates an organisation only while there is none, in one statement, so two visitors of a fresh
 * instance cannot both become its first coordinator. Its id, or null when one existed.
 */
export async function insertFirstOrganisation(db: Db, name: string): Promise<string | null> {
	const created = await db.execute(sql`
		insert into ${organisation} (name)
		select ${name}
		where not exists (select 1 from ${organisation})
		returning id`);
	// Both drivers answer with `rows`; drizzle's shared type cannot know which driver it is.
	return (created as unknown as { rows: { id: string }[] }).rows[0]?.id ?? null;
}

export async function insertOrganisation(db: Db, name: string): Promise<string> {
	const [row] = await db.insert(organisation).values({ name }).returning({ id: organisation.id });
	if (!row) throw new Error('organisation insert returned nothing');
	return row.id;
}

export async function deleteOrganisation(db: Db, id: string): Promise<void> {
	await db.delete(organisation).where(eq(organisation.id, id));
}

export async function findOrganisationIdByName(db: Db, name: string): Promise<string | null> {
	const rows = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
	return rows[0]?.id ?? null;
}

export async function findOrganisation(db: Db, id: string) {
	const rows = await db
		.select({
			id: organisation.id,
			name: organisation.name,
			themeColour: organisation.themeColour,
			version: organisation.version,
			logoVersion: logoVersion()
		})
		.from(organisation)
		.where(eq(organisation.id, id));
	return rows[0] ?? null;
}

/** Saves `input` only over version `expected` (`claimVersion`); the new version, or null. */
export function updateOrganisation(db: Db, id: string, expected: number, input: OrganisationSettings): Promise<number | null> {
	return claimVersion(db, organisation, 'version', eq(organisation.id, id), expected, input);
}

export async function setOrganisationLogo(db: Db, id: string, logo: { bytes: Uint8Array; type: string } | null) {
	await db
		.update(organisation)
		.set({ logo: logo?.bytes ?? null, logoType: logo?.type ?? null })
		.where(eq(organisation.id, id));
}

export async function findOrganisationLogo(db: Db, id: string) {
	const rows = await db
		.select({ bytes: organisation.logo, type: organisation.logoType, version: logoVersion() })
		.from(organisation)
		.where(eq(organisation.id, id));
	const row = rows[0];
	return row?.bytes && row.type && row.version ? { bytes: row.bytes, type: row.type, version: row.version } : null;
}
