import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { MemberRole } from '../domain/vocabularies';
import { linkSucceeded, takeLinkAttempt, takeLoginAttempt } from './auth/loginLimit';
import { can, type Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import {
	createAccountUnlessTaken,
	deleteOpenInvitation,
	findOpenInvitation,
	findUsedInvitationOrganisation,
	isMember,
	joinWithInvitation,
	replaceInvitation
} from './db/repositories/invitations';
import { linkMemberToPerson, memberLinkedTo } from './db/repositories/members';
import { findOrganisation } from './db/repositories/organisations';
import { findPerson } from './db/repositories/people';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { sendMail } from './mail';
import { fail, ok, type Fail, type Result } from './result';

const validDays = 14;
/** Only the hash is stored, so a leaked database holds no usable invitation links. */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface InvitationText {
	subject: string;
	body: (text: { name: string; link: string; organisation: string; days: number }) => string;
}

export type InviteResult = Result<{ reinvited: boolean }, 'notFound' | 'alreadyMember' | 'unknownPerson' | 'personTaken'>;

/**
 * Invites someone by e-mail; the link works once, for 14 days. Inviting an address again replaces
 * its open invitation, so there is never more than one working link per address. With a person
 * chosen, the new member is linked to that person on joining.
 */
export async function inviteMember(
	db: Db,
	actor: Actor,
	input: { name: string; email: string; role: MemberRole; personId: string | null },
	text: InvitationText,
	now = new Date()
): Promise<InviteResult> {
	if (!can.manageMembers(actor)) return fail('notFound');
	if (await isMember(db, actor.organisationId, input.email)) return fail('alreadyMember', { field: 'email' });
	if (input.personId) {
		if (!(await findPerson(db, actor.organisationId, input.personId))) return fail('unknownPerson', { field: 'personId' });
		if (await memberLinkedTo(db, actor.organisationId, input.personId)) return fail('personTaken', { field: 'personId' });
	}
	const token = randomBytes(32).toString('base64url');
	const org = await findOrganisation(db, actor.organisationId);
	// The invitation, its mail (outbox and delivery job) and its event are kept together or not at all.
	return withTransaction(db, async (tx) => {
		const { id, replaced } = await replaceInvitation(tx, {
			organisationId: actor.organisationId,
			email: input.email,
			name: input.name,
			role: input.role,
			personId: input.personId,
			tokenHash: hash(token),
			invitedBy: actor.userId,
			expiresAt: new Date(now.getTime() + validDays * 24 * 3600 * 1000)
		});
		await sendMail(tx, {
			organisationId: actor.organisationId,
			to: input.email,
			subject: text.subject,
			text: text.body({ name: input.name, link: `${config.origin}/invite/${token}`, organisation: org?.name ?? '', days: validDays })
		});
		await recordEvent(tx, {
			organisationId: actor.organisationId,
			actorId: actor.userId,
			type: 'invitation.sent',
			subject: id,
			payload: { invitationId: id }
		});
		return ok({ reinvited: replaced > 0 });
	});
}

/** Withdrawn, used or never there (here) give the same answer, so ids of elsewhere tell nothing. */
export async function withdrawInvitation(db: Db, actor: Actor, id: string): Promise<Result<{ withdrawn: boolean }, 'notFound'>> {
	if (!can.manageMembers(actor)) return fail('notFound');
	return ok({ withdrawn: await deleteOpenInvitation(db, actor.organisationId, id) });
}

export type OpenInvitation = Result<{ email: string; name: string | null; organisationName: string }, 'invalid'> | Fail<'tooMany', { waitSeconds: number }>;

/**
 * The invitation behind a link, while it is unused and not expired. It deliberately says nothing
 * about whether its address has an account: the link may have been sent to someone else's address.
 * Like a personal link, every look takes an attempt from the network's counter before the token is
 * looked up, and a working link gives it back: guessing links is as slow as guessing passwords,
 * and while a network is over the limit even a right guess gets the same wait.
 */
export async function openInvitation(db: Db, token: string, ip: string, now = new Date()): Promise<OpenInvitation> {
	const waitSeconds = await takeLinkAttempt(db, ip);
	if (waitSeconds > 0) return fail('tooMany', { waitSeconds });
	const open = await findOpenInvitation(db, hash(token), now);
	if (!open) return fail('invalid');
	await linkSucceeded(db, ip);
	return ok({ email: open.email, name: open.name, organisationName: open.organisationName });
}

export type NewAccountResult = 'ready' | 'invalid' | { tooManyAttempts: number };

/**
 * "New here": makes an account with the chosen password when the address has none. When it has
 * one, nothing changes and the answer is the same — the invitation page must not tell anyone
 * which addresses have accounts. Neither case signs in or joins: the person signs in through the
 * normal, limited sign-in and then joins, so a password is only ever checked there. Each try takes
 * an attempt from the sign-in limiter, and the password is hashed in both cases so the time taken
 * does not tell either.
 */
export async function createAccountForInvitation(
	db: Db,
	token: string,
	input: { name: string; password: string; ip: string },
	now = new Date()
): Promise<NewAccountResult> {
	const open = await findOpenInvitation(db, hash(token), now);
	if (!open) return 'invalid';
	const waitSeconds = await takeLoginAttempt(db, open.email, input.ip);
	if (waitSeconds > 0) return { tooManyAttempts: waitSeconds };
	const passwordHash = await hashPassword(input.password);
	await createAccountUnlessTaken(db, { name: input.name, email: open.email, passwordHash });
	return 'ready';
}

export type JoinResult = 'joined' | 'invalid' | 'otherAddress';

/**
 * A signed-in person joins with the invited role when the invitation is for their own address.
 * Of several parallel tries one joins; the others find the member already there and say so too.
 */
export async function joinByInvitation(
	db: Db,
	user: { id: string; email: string },
	token: string,
	now = new Date()
): Promise<JoinResult> {
	const alreadyJoined = async () => {
		const organisationId = await findUsedInvitationOrganisation(db, hash(token));
		return organisationId !== null && (await isMember(db, organisationId, user.email)) ? 'joined' : 'invalid';
	};
	const open = await findOpenInvitation(db, hash(token), now);
	if (!open) return alreadyJoined();
	if (open.email.toLowerCase() !== user.email.toLowerCase()) return 'otherAddress';
	const member = { organisationId: open.organisationId, userId: user.id, role: open.role, email: open.email };
	if (!(await joinWithInvitation(db, open.id, member, now))) return alreadyJoined();
	// Best effort after the join: if the person was linked to someone else meanwhile, the
	// coordinator sees this member as not linked yet and chooses.
	if (open.personId) await linkMemberToPerson(db, open.organisationId, { userId: user.id }, open.personId);
	return 'joined';
}
