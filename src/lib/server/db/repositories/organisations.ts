import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { organisation } from '../schema';

export interface OrganisationSettings {
	name: string;
	themeColour: string | null;
}

export async function findOrganisation(db: Db, id: string) {
	const rows = await db
		.select({ id: organisation.id, name: organisation.name, themeColour: organisation.themeColour })
		.from(organisation)
		.where(eq(organisation.id, id));
	return rows[0] ?? null;
}

export async function updateOrganisation(db: Db, id: string, input: OrganisationSettings): Promise<boolean> {
	const rows = await db.update(organisation).set(input).where(eq(organisation.id, id)).returning({ id: organisation.id });
	return rows.length > 0;
}
