import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { MemberRole } from '../domain/roles';
import type { Db } from './db';
import { account, membership, user } from './db/schema';

/**
 * Writes an account the way better-auth stores one (credential provider, its own password hash),
 * for the demo data and test factories, which run outside a web request.
 */
export async function createMember(
	db: Db,
	input: { organisationId: string; name: string; email: string; password: string; role: MemberRole }
): Promise<string> {
	const id = randomUUID();
	await db.insert(user).values({ id, name: input.name, email: input.email.toLowerCase(), emailVerified: true });
	await db.insert(account).values({
		id: randomUUID(),
		accountId: id,
		providerId: 'credential',
		userId: id,
		password: await hashPassword(input.password)
	});
	await db.insert(membership).values({ organisationId: input.organisationId, userId: id, role: input.role });
	return id;
}
