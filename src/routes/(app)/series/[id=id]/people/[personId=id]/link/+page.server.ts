import { issueParticipantLink, participantLinkStatus, revokeParticipantLink } from '$lib/server/participantLinks';
import { requireActor } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	participantLinkStatus(locals.db, requireActor(locals, url), params.id, params.personId);

export const actions: Actions = {
	/** The link and its card are answered once, here; only the hash is kept. */
	issue: async ({ locals, params }) => ({ issued: await issueParticipantLink(locals.db, requireActor(locals), params.id, params.personId) }),
	revoke: async ({ locals, params }) => ({ revoked: await revokeParticipantLink(locals.db, requireActor(locals), params.id, params.personId) })
};
