import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '../config';
import type { Db } from '../db';
import { rateLimit } from '../db/schema';

interface Limiters {
	perEmail: RateLimiterDrizzle;
	perAddress: RateLimiterDrizzle;
}

let limiters: Limiters | null = null;

/**
 * Guessing one person's password is limited per e-mail address; trying many addresses from one
 * network is limited per IP address, with more room because a community centre shares one.
 */
function limitersFor(db: Db): Limiters {
	const make = (keyPrefix: string, points: number) =>
		new RateLimiterDrizzle({ storeClient: db, schema: rateLimit, keyPrefix, points, duration: config.loginWindowSeconds });
	limiters ??= {
		perEmail: make('login-email', config.loginAttemptsPerWindow),
		perAddress: make('login-ip', config.loginAttemptsPerWindow * 10)
	};
	return limiters;
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** Seconds until another try is allowed, or 0 when the user may try now. */
export async function loginBlockedFor(db: Db, email: string, ip: string): Promise<number> {
	const { perEmail, perAddress } = limitersFor(db);
	const results = await Promise.all([perEmail.get(emailKey(email)), perAddress.get(ip)]);
	const blocked = results.filter((r): r is RateLimiterRes => r !== null && r.remainingPoints <= 0);
	return blocked.length ? Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000) : 0;
}

export async function recordFailedLogin(db: Db, email: string, ip: string): Promise<void> {
	const { perEmail, perAddress } = limitersFor(db);
	await Promise.all([perEmail.penalty(emailKey(email), 1), perAddress.penalty(ip, 1)]);
}

export async function clearFailedLogins(db: Db, email: string): Promise<void> {
	await limitersFor(db).perEmail.delete(emailKey(email));
}
