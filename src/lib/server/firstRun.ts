import type { Auth } from './auth/auth';
import type { Db } from './db';
import { anyOrganisationExists, insertMembership } from './db/repositories/members';
import { deleteOrganisation, insertFirstOrganisation } from './db/repositories/organisations';

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
	const organisationId = await insertFirstOrganisation(db, input.organisationName);
	if (!organisationId) return false;
	try {
		const signedUp = await auth.api.signUpEmail({
			body: { name: input.name, email: input.email, password: input.password }
		});
		await insertMembership(db, organisationId, signedUp.user.id, 'coordinator');
		return true;
	} catch (error) {
		await deleteOrganisation(db, organisationId);
		throw error;
	}
}
