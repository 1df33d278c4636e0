import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseForm } from '$lib/server/forms';
import { roomSendSchema, roomView, sendFromRoom } from '$lib/server/meetingRoom';
import { roomRefusalText } from '$lib/presentation/roomText';
import type { Actions, PageServerLoad } from './$types';

/** A phone whose code no longer works goes back to typing one, with a word on why. */
export const load: PageServerLoad = async ({ locals }) => {
	const view = await roomView(locals.db, locals.joined, getLocale());
	if (!view.ok) redirect(303, '/doe-mee');
	return { ...view.value, submissionId: crypto.randomUUID() };
};

export const actions: Actions = {
	send: async ({ request, locals }) => {
		const form = await parseForm(request, roomSendSchema, { id: 'send' });
		if (!form.ok) return form.failure;
		const sent = await sendFromRoom(locals.db, locals.joined, form.data, getLocale());
		if (!sent.ok && sent.code === 'notFound') redirect(303, '/doe-mee');
		return sent.ok ? { sent: form.data.kind } : form.fail({ text: roomRefusalText(sent) });
	}
};
