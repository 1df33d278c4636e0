import { issueParticipantLink, participantLinkStatus, revokeParticipantLink } from '$lib/server/participantLinks';
import { found, requireActor } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	found(await participantLinkStatus(locals.db, requireActor(locals, url), params.id, params.personId));

export const actions: Actions = {
	/** The link and its card are answered once, here; only the hash is kept. */
	issue: async ({ locals, params }) => ({ issued: found(await issueParticipantLink(locals.db, requireActor(locals), params.id, params.personId)) }),
	revoke: async ({ locals, params }) => ({ revoked: found(await revokeParticipantLink(locals.db, requireActor(locals), params.id, params.personId)) })
};
