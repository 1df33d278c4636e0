import type { MemberRole } from '../../domain/vocabularies';

export interface Identity {
	user: { id: string; name: string; email: string };
	member: {
		organisationId: string;
		organisationName: string;
		themeColour: string | null;
		logoVersion: string | null;
		role: MemberRole;
		personId: string | null;
	} | null;
	/** Every organisation the account belongs to; the header offers a switch when there are several. */
	organisations: { id: string; name: string }[];
	/** The organisation the request asked for (its cookie), which this identity was read for. */
	chosen: string | null;
}

/**
 * Who a session cookie belongs to, remembered for a few seconds, so most page loads skip the
 * session check and the membership query. Only a cookie that better-auth accepted is ever stored,
 * so a forged cookie always misses. A change to the organisation clears it on this instance;
 * other instances catch up within `ttlMs`. A change to a member (role, removal) reaches every
 * instance at once through the live hub (`live/identities.ts`).
 */
export function createIdentityCache(ttlMs = 10_000, maxEntries = 5_000, now = () => Date.now()) {
	const entries = new Map<string, { at: number; identity: Identity }>();
	return {
		get(key: string): Identity | null {
			const hit = entries.get(key);
			if (!hit) return null;
			if (now() - hit.at > ttlMs) {
				entries.delete(key);
				return null;
			}
			return hit.identity;
		},
		set(key: string, identity: Identity) {
			// A Map iterates in insertion order, so the first key is the oldest.
			if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
			entries.set(key, { at: now(), identity });
		},
		forget(key: string) {
			entries.delete(key);
		},
		/** Every session of one account: its role or membership changed, or it was signed out everywhere. */
		forgetUser(userId: string) {
			for (const [key, hit] of entries) if (hit.identity.user.id === userId) entries.delete(key);
		},
		clear() {
			entries.clear();
		}
	};
}

export const identities = createIdentityCache();

/** Which of their organisations a member of several works in; only ever one of their own is used. */
export const organisationCookie = 'sd_organisation';

// better-auth's cookie with our prefix; the __Secure- form is used when ORIGIN is https.
const sessionCookieNames = ['sd.session_token', '__Secure-sd.session_token'];

export function sessionToken(cookies: { get(name: string): string | undefined }): string | null {
	return sessionCookieNames.map((name) => cookies.get(name)).find(Boolean) ?? null;
}
