import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { LiveCommand } from '$lib/domain/liveMeeting';
import { meetingAgenda } from '$lib/server/agenda';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { closeMeetingJoinCodes, meetingJoinCodes, openMeetingJoinCodes } from '$lib/server/joinCodes';
import { commandMeetingRun, incomingForCheckedMeeting, runStateForCheckedMeeting } from '$lib/server/meetingRun';
import { runRefusalText } from '$lib/presentation/runText';
import { addChangeWish, addNote } from '$lib/server/capture';
import { textRefusalText } from '$lib/presentation/captureText';
import { noteSchema, wishSchema } from '../record/schema';
import { commandSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

/** The facilitators' view while the meeting runs: the agenda with notes, the clock, the codes. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const agenda = found(await meetingAgenda(locals.db, actor, params.id, params.meetingId, getLocale()));
	const codes = found(await meetingJoinCodes(locals.db, actor, params.id, params.meetingId));
	return {
		...agenda,
		run: await runStateForCheckedMeeting(locals.db, params.meetingId),
		incoming: await incomingForCheckedMeeting(locals.db, actor.organisationId, params.id, params.meetingId),
		codes,
		origin: url.origin,
		/** A fresh one per load: a wish typed in quickly and sent twice is kept once. */
		submissionId: crypto.randomUUID()
	};
};

export const actions: Actions = {
	command: async ({ request, locals, params }) => {
		const form = await parseForm(request, commandSchema, { id: 'command' });
		if (!form.ok) return form.fail({ form: m.run_invalid() });
		const { command, at, index, minutes, seconds } = form.data;
		let wanted: LiveCommand;
		if (command === 'goTo') wanted = { type: command, index: index ?? 0 };
		else if (command === 'extend') wanted = { type: command, minutes: minutes ?? 5 };
		else if (command === 'startMoment') wanted = { type: command, seconds: seconds ?? 60 };
		else wanted = { type: command };
		const done = unlessNotFound(await commandMeetingRun(locals.db, requireActor(locals), params.id, params.meetingId, { ...wanted, at }));
		return done.ok ? { done: command } : form.fail({ form: runRefusalText(done.code) });
	},
	/** Quick capture while the meeting runs: the record page's own forms and use-cases, in short. */
	wish: async ({ request, locals, params }) => {
		const form = await parseForm(request, wishSchema, { id: 'wish' });
		if (!form.ok) return form.failure;
		const { wish, author, level, theme, submission } = form.data;
		const where = { seriesId: params.id, meetingId: params.meetingId };
		const done = unlessNotFound(await addChangeWish(locals.db, requireActor(locals), { ...where, text: wish, authorPersonId: author, level, theme, submissionId: submission }));
		if (done.ok) return { done: 'wish' as const };
		return form.fail({ wish: done.code === 'invalid' ? textRefusalText(done.refusal) : m.run_invalid() });
	},
	note: async ({ request, locals, params }) => {
		const form = await parseForm(request, noteSchema, { id: 'note' });
		if (!form.ok) return form.failure;
		const where = { seriesId: params.id, meetingId: params.meetingId };
		const done = unlessNotFound(await addNote(locals.db, requireActor(locals), { ...where, text: form.data.note, visibility: form.data.visibility }));
		if (done.ok) return { done: 'note' as const };
		return form.fail(done.code === 'invalid' ? { note: textRefusalText(done.refusal) } : { visibility: m.capture_visibility_not_allowed() });
	},
	openCodes: async ({ locals, params }) => {
		found(await openMeetingJoinCodes(locals.db, requireActor(locals), params.id, params.meetingId));
		return { done: 'codesOpened' as const };
	},
	closeCodes: async ({ locals, params }) => {
		found(await closeMeetingJoinCodes(locals.db, requireActor(locals), params.id, params.meetingId));
		return { done: 'codesClosed' as const };
	}
};
