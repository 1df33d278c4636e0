import { createHash, randomBytes } from 'node:crypto';
import { APIError } from 'better-auth/api';
import type { MemberRole } from '../domain/roles';
import type { Auth } from './auth/auth';
import { can, type Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import {
	accountExists,
	findOpenInvitation,
	insertInvitation,
	isMember,
	joinWithInvitation
} from './db/repositories/invitations';
import { findOrganisation } from './db/repositories/organisations';
import { allowOrNotFound } from './guard';
import { sendMail } from './mail';

const validDays = 14;
/** Only the hash is stored, so a leaked database holds no usable invitation links. */
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
	allowOrNotFound(can.manageMembers(actor));
	if (await isMember(db, actor.organisationId, input.email)) return 'alreadyMember';
	const token = randomBytes(32).toString('base64url');
	await insertInvitation(db, {
		organisationId: actor.organisationId,
		email: input.email,
		name: input.name,
		role: input.role,
		tokenHash: hash(token),
		invitedBy: actor.userId,
		expiresAt: new Date(now.getTime() + validDays * 24 * 3600 * 1000)
	});
	const org = await findOrganisation(db, actor.organisationId);
	await sendMail(db, {
		organisationId: actor.organisationId,
		to: input.email,
		subject: text.subject,
		text: text.body(`${config.origin}/invite/${token}`, org?.name ?? '', validDays)
	});
	return 'invited';
}

/** The invitation behind a link, while it is unused and not expired, and whether its address has an account. */
export async function openInvitation(db: Db, token: string, now = new Date()) {
	const open = await findOpenInvitation(db, hash(token), now);
	return open ? { ...open, hasAccount: await accountExists(db, open.email) } : null;
}

/**
 * Accepts an invitation: a new person chooses a password, someone who already has an account
 * confirms theirs. Either way they are signed in and join with the invited role.
 */
export async function acceptInvitation(
	db: Db,
	auth: Auth,
	token: string,
	input: { name: string; password: string },
	now = new Date()
): Promise<'joined' | 'invalid' | 'wrongPassword'> {
	const open = await openInvitation(db, token, now);
	if (!open) return 'invalid';
	let userId: string;
	if (open.hasAccount) {
		try {
			userId = (await auth.api.signInEmail({ body: { email: open.email, password: input.password } })).user.id;
		} catch (error) {
			if (!(error instanceof APIError)) throw error;
			return 'wrongPassword';
		}
	} else {
		userId = (await auth.api.signUpEmail({ body: { name: input.name, email: open.email, password: input.password } })).user.id;
	}
	await joinWithInvitation(db, open.id, { organisationId: open.organisationId, userId, role: open.role }, now);
	return 'joined';
}
