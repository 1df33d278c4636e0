import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { MemberRole } from '../domain/roles';
import type { Auth } from './auth/auth';
import { can, type Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import { invitation, membership, organisation, user } from './db/schema';
import { sendMail } from './mail';

const validDays = 14;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface InvitationText {
	subject: string;
	body: (link: string, organisationName: string, days: number) => string;
}

/** Invites someone by e-mail; the link works once, for 14 days. */
export async function inviteMember(
	db: Db,
	actor: Actor,
	input: { name: string; email: string; role: MemberRole },
	text: InvitationText,
	now = new Date()
): Promise<'invited' | 'alreadyMember'> {
	if (!can.manageMembers(actor)) throw new Error('not allowed');
	const existing = await db
		.select({ id: membership.id })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, actor.organisationId), eq(user.email, input.email)));
	if (existing.length) return 'alreadyMember';
	const token = randomBytes(32).toString('base64url');
	await db.insert(invitation).values({
		organisationId: actor.organisationId,
		email: input.email,
		name: input.name,
		role: input.role,
		tokenHash: hash(token),
		invitedBy: actor.userId,
		expiresAt: new Date(now.getTime() + validDays * 24 * 3600 * 1000)
	});
	const [org] = await db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, actor.organisationId));
	await sendMail(db, {
		organisationId: actor.organisationId,
		to: input.email,
		subject: text.subject,
		text: text.body(`${config.origin}/invite/${token}`, org?.name ?? '', validDays)
	});
	return 'invited';
}

export async function findOpenInvitation(db: Db, token: string, now = new Date()) {
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
		.where(and(eq(invitation.tokenHash, hash(token)), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)));
	return rows[0] ?? null;
}

export async function accountExists(db: Db, email: string): Promise<boolean> {
	const rows = await db.select({ id: user.id }).from(user).where(sql`lower(${user.email}) = lower(${email})`);
	return rows.length > 0;
}

/**
 * Accepts an invitation: a new person chooses a password, someone who already has an account
 * confirms theirs. Either way they are signed in and join with the invited role.
 */
export async function acceptInvitation(
	db: Db,
	auth: Auth,
	token: string,
	input: { name: string; password: string }
): Promise<'joined' | 'invalid' | 'wrongPassword'> {
	const open = await findOpenInvitation(db, token);
	if (!open) return 'invalid';
	let userId: string;
	if (await accountExists(db, open.email)) {
		try {
			const signedIn = await auth.api.signInEmail({ body: { email: open.email, password: input.password } });
			userId = signedIn.user.id;
		} catch {
			return 'wrongPassword';
		}
	} else {
		const signedUp = await auth.api.signUpEmail({ body: { name: input.name, email: open.email, password: input.password } });
		userId = signedUp.user.id;
	}
	await db.transaction(async (tx) => {
		await tx
			.insert(membership)
			.values({ organisationId: open.organisationId, userId, role: open.role })
			.onConflictDoNothing();
		await tx.update(invitation).set({ acceptedAt: new Date() }).where(eq(invitation.id, open.id));
	});
	return 'joined';
}

export function listOpenInvitations(db: Db, organisationId: string, now = new Date()) {
	return db
		.select({ id: invitation.id, email: invitation.email, name: invitation.name, role: invitation.role, expiresAt: invitation.expiresAt })
		.from(invitation)
		.where(and(eq(invitation.organisationId, organisationId), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)));
}
