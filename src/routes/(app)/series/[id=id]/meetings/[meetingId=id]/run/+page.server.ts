import { closeMeetingJoinCodes, meetingJoinCodes, openMeetingJoinCodes } from '$lib/server/joinCodes';
import { meetingScreen } from '$lib/server/grouping';
import { found, requireActor } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** The facilitators' view while the meeting runs. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const screen = found(await meetingScreen(locals.db, actor, params.id, params.meetingId));
	const codes = found(await meetingJoinCodes(locals.db, actor, params.id, params.meetingId));
	return { ...screen, codes, origin: url.origin };
};

export const actions: Actions = {
	openCodes: async ({ locals, params }) => {
		found(await openMeetingJoinCodes(locals.db, requireActor(locals), params.id, params.meetingId));
		return { done: 'codesOpened' as const };
	},
	closeCodes: async ({ locals, params }) => {
		found(await closeMeetingJoinCodes(locals.db, requireActor(locals), params.id, params.meetingId));
		return { done: 'codesClosed' as const };
	}
};
