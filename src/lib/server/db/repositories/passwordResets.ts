import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { account, passwordReset, user } from '../schema';

/** The account with a password behind an address, compared as the address was typed in any case. */
export async function findPasswordAccount(db: Db, email: string) {
	const rows = await db
		.select({ userId: user.id, email: user.email })
		.from(user)
		.innerJoin(account, and(eq(account.userId, user.id), eq(account.providerId, 'credential')))
		.where(sql`lower(${user.email}) = lower(${email})`)
		.limit(1);
	return rows[0] ?? null;
}

/** A new link replaces the account's unused ones, so only the newest link in the mailbox works. */
export async function replacePasswordReset(tx: Db, values: { userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
	await tx.delete(passwordReset).where(and(eq(passwordReset.userId, values.userId), isNull(passwordReset.usedAt)));
	await tx.insert(passwordReset).values(values);
}

const open = (tokenHash: string, now: Date) =>
	and(eq(passwordReset.tokenHash, tokenHash), isNull(passwordReset.usedAt), gt(passwordReset.expiresAt, now));

export async function isPasswordResetOpen(db: Db, tokenHash: string, now: Date): Promise<boolean> {
	const rows = await db.select({ id: passwordReset.id }).from(passwordReset).where(open(tokenHash, now));
	return rows.length > 0;
}

/**
 * Marks a link used, in one statement, while it is unused and not expired: of two tries at once
 * exactly one gets the account's id. Null for a used, expired or unknown link.
 */
export async function usePasswordReset(tx: Db, tokenHash: string, now: Date): Promise<string | null> {
	const rows = await tx.update(passwordReset).set({ usedAt: now }).where(open(tokenHash, now)).returning({ userId: passwordReset.userId });
	return rows[0]?.userId ?? null;
}

/** The password of an account, as better-auth's credential provider stores it (its own hash). */
export async function setPasswordHash(tx: Db, userId: string, passwordHash: string): Promise<void> {
	await tx
		.update(account)
		.set({ password: passwordHash, updatedAt: new Date() })
		.where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
}
