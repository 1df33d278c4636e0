import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { MemberRole } from '../../../domain/roles';
import type { Db } from '../client';
import { invitation, membership, organisation, user } from '../schema';

export async function isMember(db: Db, organisationId: string, email: string): Promise<boolean> {
	const rows = await db
		.select({ id: membership.id })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), sql`lower(${user.email}) = lower(${email})`));
	return rows.length > 0;
}

export async function accountExists(db: Db, email: string): Promise<boolean> {
	const rows = await db.select({ id: user.id }).from(user).where(sql`lower(${user.email}) = lower(${email})`);
	return rows.length > 0;
}

export async function insertInvitation(
	db: Db,
	values: { organisationId: string; email: string; name: string; role: MemberRole; tokenHash: string; invitedBy: string; expiresAt: Date }
) {
	await db.insert(invitation).values(values);
}

export async function findOpenInvitation(db: Db, tokenHash: string, now: Date) {
	const rows = await db
		.select({
			id: invitation.id,
			email: invitation.email,
			name: invitation.name,
			role: invitation.role,
			organisationId: invitation.organisationId,
			organisationName: organisation.name
		})
		.from(invitation)
		.innerJoin(organisation, eq(organisation.id, invitation.organisationId))
		.where(and(eq(invitation.tokenHash, tokenHash), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)));
	return rows[0] ?? null;
}

/** Joining and using up the invitation happen together, or not at all. */
export async function joinWithInvitation(
	db: Db,
	invitationId: string,
	member: { organisationId: string; userId: string; role: MemberRole },
	now: Date
) {
	await db.transaction(async (tx) => {
		await tx.insert(membership).values(member).onConflictDoNothing();
		await tx.update(invitation).set({ acceptedAt: now }).where(eq(invitation.id, invitationId));
	});
}

export function listOpenInvitations(db: Db, organisationId: string, now: Date) {
	return db
		.select({ id: invitation.id, email: invitation.email, name: invitation.name, role: invitation.role, expiresAt: invitation.expiresAt })
		.from(invitation)
		.where(and(eq(invitation.organisationId, organisationId), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)));
}
