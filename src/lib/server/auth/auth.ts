import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import { limits } from '../../domain/limits';
import { config } from '../config';
import type { Db } from '../db';
import { account, session, user, verification } from '../db/schema';

/**
 * Without AUTH_SECRET a single machine still gets a stable secret, kept in the data folder.
 * Several instances behind one database must share AUTH_SECRET (README).
 */
export function authSecret(): string {
	if (config.authSecret) return config.authSecret;
	const file = path.join(config.dataDir, 'auth-secret');
	if (!existsSync(file)) {
		mkdirSync(config.dataDir, { recursive: true });
		writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
	}
	return readFileSync(file, 'utf8').trim();
}

/**
 * better-auth's HTTP handler is deliberately not mounted: accounts are only created by the
 * first-run page and by accepting an invitation, both form actions that call this API directly.
 */
export function createAuth(db: Db) {
	return betterAuth({
		appName: 'Samen Doorbreken',
		baseURL: config.origin,
		secret: authSecret(),
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user, session, account, verification }
		}),
		emailAndPassword: { enabled: true, minPasswordLength: limits.passwordMin, maxPasswordLength: limits.passwordMax, autoSignIn: true },
		session: {
			expiresIn: 60 * 60 * 24 * 14,
			updateAge: 60 * 60 * 24,
			// No signed cookie cache: a copy of it would outlive signing out. The identity cache
			// (identityCache.ts) spares the round trip instead, and signing out clears it at once.
			cookieCache: { enabled: false }
		},
		advanced: {
			cookiePrefix: 'sd',
			useSecureCookies: config.origin.startsWith('https:')
		},
		rateLimit: { enabled: false },
		telemetry: { enabled: false },
		plugins: [sveltekitCookies(getRequestEvent)]
	});
}

export type Auth = ReturnType<typeof createAuth>;
