import * as m from '$lib/paraglide/messages.js';

/** Why a typed join code opened nothing, in the reader's words: never an error page. */
export function joinRefusalText(refusal: { code: 'unknown' | 'expired' | 'closed' | 'tooMany'; waitSeconds?: number }): string {
	switch (refusal.code) {
		case 'expired':
			return m.join_expired();
		case 'closed':
			return m.join_closed();
		case 'tooMany':
			return m.join_too_many({ minutes: Math.max(1, Math.ceil((refusal.waitSeconds ?? 60) / 60)) });
		default:
			return m.join_unknown();
	}
}
