import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { MemberRole } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { account, invitation, membership, organisation, person, user } from '../schema';

export async function isMember(db: Db, organisationId: string, email: string): Promise<boolean> {
	const rows = await db
		.select({ id: membership.id })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), sql`lower(${user.email}) = lower(${email})`));
	return rows.length > 0;
}

/**
 * Makes an account the way better-auth stores one (credential provider, its password hash), unless
 * the address already has one — then nothing changes. One statement decides, so parallel requests
 * for the same address cannot both create one.
 */
export async function createAccountUnlessTaken(db: Db, input: { name: string; email: string; passwordHash: string }): Promise<void> {
	await db.transaction(async (tx) => {
		const id = randomUUID();
		const created = await tx
			.insert(user)
			.values({ id, name: input.name, email: input.email.toLowerCase(), emailVerified: false })
			.onConflictDoNothing({ target: user.email })
			.returning({ id: user.id });
		if (!created.length) return;
		await tx.insert(account).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: input.passwordHash });
	});
}

/**
 * A new invitation replaces every open one for the same address in this organisation, so only the
 * newest link works. Answers the new invitation's id and how many it replaced.
 */
export async function replaceInvitation(
	db: Db,
	values: { organisationId: string; email: string; name: string; role: MemberRole; personId: string | null; tokenHash: string; invitedBy: string; expiresAt: Date }
): Promise<{ id: string; replaced: number }> {
	return db.transaction(async (tx) => {
		const replaced = await tx
			.delete(invitation)
			.where(openFor(values.organisationId, values.email))
			.returning({ id: invitation.id });
		const [row] = await tx.insert(invitation).values(values).returning({ id: invitation.id });
		if (!row) throw new Error('invitation insert returned nothing');
		return { id: row.id, replaced: replaced.length };
	});
}

const openFor = (organisationId: string, email: string) =>
	and(eq(invitation.organisationId, organisationId), sql`lower(${invitation.email}) = lower(${email})`, isNull(invitation.acceptedAt));

export async function findOpenInvitation(db: Db, tokenHash: string, now: Date) {
	const rows = await db
		.select({
			id: invitation.id,
			email: invitation.email,
			name: invitation.name,
			role: invitation.role,
			personId: invitation.personId,
			organisationId: invitation.organisationId,
			organisationName: organisation.name
		})
		.from(invitation)
		.innerJoin(organisation, eq(organisation.id, invitation.organisationId))
		.where(and(eq(invitation.tokenHash, tokenHash), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)));
	return rows[0] ?? null;
}

/** The organisation of an invitation that has been used, to recognise a second click on "join". */
export async function findUsedInvitationOrganisation(db: Db, tokenHash: string): Promise<string | null> {
	const rows = await db
		.select({ organisationId: invitation.organisationId })
		.from(invitation)
		.where(and(eq(invitation.tokenHash, tokenHash), isNotNull(invitation.acceptedAt)));
	return rows[0]?.organisationId ?? null;
}

/**
 * Uses up the invitation, adds the membership and closes every other open invitation for the
 * address, together or not at all. The conditional update lets exactly one of several parallel
 * acceptances through (the others wait for its row lock and then find it used): false for those.
 */
export async function joinWithInvitation(
	db: Db,
	invitationId: string,
	member: { organisationId: string; userId: string; role: MemberRole; email: string },
	now: Date
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const used = await tx
			.update(invitation)
			.set({ acceptedAt: now })
			.where(and(eq(invitation.id, invitationId), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)))
			.returning({ id: invitation.id });
		if (!used.length) return false;
		await tx
			.insert(membership)
			.values({ organisationId: member.organisationId, userId: member.userId, role: member.role })
			.onConflictDoNothing({ target: [membership.organisationId, membership.userId] });
		await tx.delete(invitation).where(openFor(member.organisationId, member.email));
		return true;
	});
}

/** Withdraws an open invitation of this organisation; false when there is none by that id here. */
export async function deleteOpenInvitation(db: Db, organisationId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(invitation)
		.where(and(eq(invitation.organisationId, organisationId), eq(invitation.id, id), isNull(invitation.acceptedAt)))
		.returning({ id: invitation.id });
	return rows.length > 0;
}

export function listOpenInvitations(db: Db, organisationId: string, now: Date) {
	return db
		.select({
			id: invitation.id,
			email: invitation.email,
			name: invitation.name,
			role: invitation.role,
			expiresAt: invitation.expiresAt,
			personName: person.name
		})
		.from(invitation)
		.leftJoin(person, and(eq(person.id, invitation.personId), eq(person.organisationId, organisationId)))
		.where(and(eq(invitation.organisationId, organisationId), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)));
}
