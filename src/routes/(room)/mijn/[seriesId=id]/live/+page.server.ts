import { getLocale } from '$lib/paraglide/runtime';
import { parseForm } from '$lib/server/forms';
import { found } from '$lib/server/guard';
import { participantGuest, roomSendSchema, roomView, sendFromRoom } from '$lib/server/meetingRoom';
import { roomRefusalText } from '$lib/presentation/roomText';
import type { Actions, PageServerLoad } from './$types';

/**
 * A participant's phone in the meeting their series is having now, through their personal link:
 * the same room as with a join code, and they may send with their name.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const guest = found(await participantGuest(locals.db, locals.participants, params.seriesId));
	const view = await roomView(locals.db, guest, getLocale());
	return { view: view.ok ? view.value : null, submissionId: crypto.randomUUID() };
};

export const actions: Actions = {
	send: async ({ request, locals, params }) => {
		const form = await parseForm(request, roomSendSchema, { id: 'send' });
		if (!form.ok) return form.failure;
		const guest = found(await participantGuest(locals.db, locals.participants, params.seriesId));
		const sent = await sendFromRoom(locals.db, guest, form.data, getLocale());
		if (sent.ok) return { sent: form.data.kind };
		return form.fail({ text: sent.code === 'notFound' ? roomRefusalText({ code: 'noQuestion' }) : roomRefusalText(sent) });
	}
};
