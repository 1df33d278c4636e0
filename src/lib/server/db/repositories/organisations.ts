import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organisation } from '../schema';

export interface OrganisationSettings {
	name: string;
	themeColour: string | null;
}

export async function findOrganisation(db: Db, id: string) {
	const rows = await db
		.select({
			id: organisation.id,
			name: organisation.name,
			themeColour: organisation.themeColour,
			hasLogo: sql<boolean>`${organisation.logoType} is not null`
		})
		.from(organisation)
		.where(eq(organisation.id, id));
	return rows[0] ?? null;
}

export async function updateOrganisation(db: Db, id: string, input: OrganisationSettings): Promise<boolean> {
	const rows = await db.update(organisation).set(input).where(eq(organisation.id, id)).returning({ id: organisation.id });
	return rows.length > 0;
}

export async function setOrganisationLogo(db: Db, id: string, logo: { bytes: Uint8Array; type: string } | null) {
	await db
		.update(organisation)
		.set({ logo: logo?.bytes ?? null, logoType: logo?.type ?? null })
		.where(eq(organisation.id, id));
}

export async function findOrganisationLogo(db: Db, id: string) {
	const rows = await db
		.select({ bytes: organisation.logo, type: organisation.logoType })
		.from(organisation)
		.where(eq(organisation.id, id));
	const row = rows[0];
	return row?.bytes && row.type ? { bytes: row.bytes, type: row.type } : null;
}
