import { eq, sql } from 'drizzle-orm';
import type { Auth } from './auth/auth';
import type { Db } from './db';
import { anyOrganisationExists } from './db/repositories/members';
import { membership, organisation } from './db/schema';

export interface FirstRunInput {
	organisationName: string;
	name: string;
	email: string;
	password: string;
}

/** Whether the first setup has been done; until then the setup page is the only way in. */
export function isSetUp(db: Db): Promise<boolean> {
	return anyOrganisationExists(db);
}

/**
 * Creates the first organisation and its first coordinator, then signs them in. Returns false
 * when an organisation already exists, so a second visitor can never take over the instance.
 */
export async function runFirstSetup(db: Db, auth: Auth, input: FirstRunInput): Promise<boolean> {
	const created = await db.execute(sql`
		insert into ${organisation} (name)
		select ${input.organisationName}
		where not exists (select 1 from ${organisation})
		returning id`);
	// Both drivers answer with `rows`; drizzle's shared type cannot know which driver it is.
	const organisationId = (created as unknown as { rows: { id: string }[] }).rows[0]?.id;
	if (!organisationId) return false;
	try {
		const signedUp = await auth.api.signUpEmail({
			body: { name: input.name, email: input.email, password: input.password }
		});
		await db.insert(membership).values({ organisationId, userId: signedUp.user.id, role: 'coordinator' });
		return true;
	} catch (error) {
		await db.delete(organisation).where(eq(organisation.id, organisationId));
		throw error;
	}
}
