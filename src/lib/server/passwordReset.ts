import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { identities } from './auth/identityCache';
import { takeLoginAttempt } from './auth/loginLimit';
import { config } from './config';
import type { Db } from './db';
import { deleteSessionsOf, findMembership } from './db/repositories/members';
import { findPasswordAccount, isPasswordResetOpen, replacePasswordReset, setPasswordHash, usePasswordReset } from './db/repositories/passwordResets';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { sendMail } from './mail';

/** Short, because the link alone is enough to take the account over (issue 11: "short expiry"). */
export const resetValidMinutes = 30;

/** Only the hash is stored, so a leaked database holds no working link. */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The shape of a link we made: 32 random bytes in base64url. Anything else is refused without a query. */
export const resetTokenShape = /^[A-Za-z0-9_-]{43}$/;

export interface ResetText {
	subject: string;
	body: (text: { link: string; minutes: number }) => string;
}

export type ResetRequest = { sent: true } | { tooManyAttempts: number };

/**
 * "Forgot password": mails a one-time link when the address has an account, and answers exactly
 * the same when it has none, so the form tells nobody which addresses have accounts. Each try
 * takes an attempt from the sign-in limiter (per address and per network), so the form can be
 * used neither to flood a mailbox nor to probe many addresses. The mail goes through the outbox
 * and the job runner, without an organisation: no coordinator reads it in their outbox.
 */
export async function requestPasswordReset(db: Db, input: { email: string; ip: string }, text: ResetText, now = new Date()): Promise<ResetRequest> {
	const waitSeconds = await takeLoginAttempt(db, input.email, input.ip);
	if (waitSeconds > 0) return { tooManyAttempts: waitSeconds };
	const found = await findPasswordAccount(db, input.email);
	if (!found) return { sent: true };
	const token = randomBytes(32).toString('base64url');
	await withTransaction(db, async (tx) => {
		await replacePasswordReset(tx, { userId: found.userId, tokenHash: hash(token), expiresAt: new Date(now.getTime() + resetValidMinutes * 60_000) });
		await sendMail(tx, {
			organisationId: null,
			to: found.email,
			subject: text.subject,
			text: text.body({ link: `${config.origin}/login/reset/${token}`, minutes: resetValidMinutes })
		});
	});
	return { sent: true };
}

/** Whether a link still works (unused, not expired), for the page that asks for the new password. */
export async function passwordResetWorks(db: Db, token: string, now = new Date()): Promise<boolean> {
	return resetTokenShape.test(token) && isPasswordResetOpen(db, hash(token), now);
}

/**
 * Sets a new password through a link, once: the link is marked used in the same transaction, and
 * every session of the account ends, on every instance (a thief who had one is out). 'invalid'
 * for a link that was used, expired or never made.
 */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<'done' | 'invalid'> {
	if (!resetTokenShape.test(token)) return 'invalid';
	const passwordHash = await hashPassword(password);
	const userId = await withTransaction(db, async (tx) => {
		const userId = await usePasswordReset(tx, hash(token), now);
		if (!userId) return null;
		await setPasswordHash(tx, userId, passwordHash);
		const sessionsEnded = await deleteSessionsOf(tx, userId);
		// The event tells every instance's identity cache to forget the account's sessions
		// (live/identities.ts); someone in no organisation has no cached member to forget.
		const member = await findMembership(tx, userId);
		if (member) {
			await recordEvent(tx, {
				organisationId: member.organisationId,
				actorId: userId,
				type: 'account.passwordReset',
				subject: userId,
				payload: { userId, sessionsEnded }
			});
		}
		return userId;
	});
	if (!userId) return 'invalid';
	identities.forgetUser(userId);
	return 'done';
}
