import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '../config';
import type { Db } from '../db';
import { rateLimit } from '../db/schema';

interface Limiters {
	perEmail: RateLimiterDrizzle;
	perAddress: RateLimiterDrizzle;
}

/** Per database, so a process that opens more than one (the in-process tests) counts in each. */
const limiters = new WeakMap<Db, Limiters>();

/**
 * Guessing one person's password is limited per e-mail address; trying many addresses from one
 * network is limited per IP address, with more room because a community centre shares one.
 * Signing in and answering an invitation draw from the same counters.
 */
function limitersFor(db: Db): Limiters {
	const make = (keyPrefix: string, points: number) =>
		new RateLimiterDrizzle({ storeClient: db, schema: rateLimit, keyPrefix, points, duration: config.loginWindowSeconds });
	let found = limiters.get(db);
	if (!found) {
		found = { perEmail: make('login-email', config.loginAttemptsPerWindow), perAddress: make('login-ip', config.loginAttemptsPerWindow * 10) };
		limiters.set(db, found);
	}
	return found;
}

const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * Takes one attempt from both counters before any password is looked at, and answers how many
 * seconds to wait (0: go ahead). Each take is one atomic upsert in the database, so parallel
 * requests cannot all slip through between a check and a count — on any number of instances.
 */
export async function takeLoginAttempt(db: Db, email: string, ip: string): Promise<number> {
	const { perEmail, perAddress } = limitersFor(db);
	const results = await Promise.allSettled([perEmail.consume(emailKey(email)), perAddress.consume(ip)]);
	const refused: RateLimiterRes[] = [];
	for (const result of results) {
		if (result.status === 'fulfilled') continue;
		if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
		refused.push(result.reason);
	}
	return refused.length ? Math.max(1, Math.ceil(Math.max(...refused.map((r) => r.msBeforeNext)) / 1000)) : 0;
}

/** After a correct password: the address starts afresh and the network gets its attempt back. */
export async function loginSucceeded(db: Db, email: string, ip: string): Promise<void> {
	const { perEmail, perAddress } = limitersFor(db);
	await Promise.all([perEmail.delete(emailKey(email)), perAddress.reward(ip, 1)]);
}

/**
 * Opening a personal link takes an attempt from the same per-network counter as signing in, so
 * guessing links is as slow as guessing passwords. Answers the seconds to wait (0: go ahead).
 */
export async function takeLinkAttempt(db: Db, ip: string): Promise<number> {
	try {
		await limitersFor(db).perAddress.consume(ip);
		return 0;
	} catch (refused) {
		if (!(refused instanceof RateLimiterRes)) throw refused;
		return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
	}
}

/** A link that worked gives its attempt back: a centre where many open their links is not slowed. */
export async function linkSucceeded(db: Db, ip: string): Promise<void> {
	await limitersFor(db).perAddress.reward(ip, 1);
}
