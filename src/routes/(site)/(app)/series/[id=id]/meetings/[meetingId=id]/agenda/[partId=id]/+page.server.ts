import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { agendaPartForEditing, chooseAgendaQuestion, meetingAgenda, removeAgendaPart, saveAgendaPart } from '$lib/server/agenda';
import { constraintsOf, parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { partSchema, questionSchema, removeSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const part = found(await agendaPartForEditing(locals.db, actor, params.id, params.meetingId, params.partId, getLocale()));
	const { template } = found(await meetingAgenda(locals.db, actor, params.id, params.meetingId, getLocale()));
	const questions = part.part.kind === 'checkIn' ? template.checkInQuestions : part.part.kind === 'checkOut' ? template.checkOutQuestions : [];
	return { ...part, questions, constraints: constraintsOf(partSchema) };
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const form = await parseForm(request, partSchema, { id: 'part' });
		if (!form.ok) return form.failure;
		const { version, ...input } = form.data;
		const saved = unlessNotFound(await saveAgendaPart(locals.db, requireActor(locals), params.id, params.meetingId, params.partId, version, input, getLocale()));
		return form.saved(saved, (refusal) => (refusal.code === 'range' ? { minutes: m.agenda_part_range() } : { format: m.validation_choice() }));
	},
	question: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, questionSchema, { id: 'question' });
		if (!form.ok) return form.failure;
		const { template } = found(await meetingAgenda(locals.db, actor, params.id, params.meetingId, getLocale()));
		const part = found(await agendaPartForEditing(locals.db, actor, params.id, params.meetingId, params.partId, getLocale()));
		const list = part.part.kind === 'checkIn' ? template.checkInQuestions : template.checkOutQuestions;
		const { choice, ownQuestion, version } = form.data;
		const question = choice === 'own' ? ownQuestion : (list[Number(choice)] ?? null);
		if (!question) return form.fail(choice === 'own' ? { ownQuestion: m.agenda_question_own_needed() } : { choice: m.validation_choice() });
		const saved = unlessNotFound(await chooseAgendaQuestion(locals.db, actor, params.id, params.meetingId, params.partId, version, question, getLocale()));
		return form.saved(saved);
	},
	remove: async ({ request, locals, params }) => {
		const form = await parseForm(request, removeSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		unlessNotFound(await removeAgendaPart(locals.db, requireActor(locals), params.id, params.meetingId, params.partId));
		redirect(303, `/series/${params.id}/meetings/${params.meetingId}/agenda?removed=1`);
	}
};
