import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { MemberRole } from '../domain/vocabularies';
import type { Db } from './db';
import { insertAccountWithMembership } from './db/repositories/members';

/**
 * Writes an account the way better-auth stores one (credential provider, its own password hash),
 * for the demo data and test factories, which run outside a web request.
 */
export async function createMember(
	db: Db,
	input: { organisationId: string; name: string; email: string; password: string; role: MemberRole }
): Promise<string> {
	const id = randomUUID();
	await insertAccountWithMembership(db, input.organisationId, {
		userId: id,
		accountId: randomUUID(),
		name: input.name,
		email: input.email.toLowerCase(),
		passwordHash: await hashPassword(input.password),
		role: input.role
	});
	return id;
}
