import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { addAgendaPart, agendaFitProposal, applyAgendaFit, meetingAgenda, moveAgendaPart, restartAgenda, saveAgendaAsTemplate } from '$lib/server/agenda';
import { constraintsOf, parseForm, parseWithMessages } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { addSchema, applyFitSchema, fitTarget, moveSchema, restartSchema, templateSchema } from './schema';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const agenda = found(await meetingAgenda(locals.db, actor, params.id, params.meetingId, getLocale()));
	const asked = url.searchParams.get('fit');
	const target = asked === null ? null : parseWithMessages(fitTarget, asked);
	const proposal = target?.success ? found(await agendaFitProposal(locals.db, actor, params.id, params.meetingId, target.data, getLocale())) : null;
	return {
		...agenda,
		fit: { asked, error: target && !target.success ? m.agenda_fit_invalid() : null, proposal },
		constraints: { add: constraintsOf(addSchema), template: constraintsOf(templateSchema) }
	};
};

/** Moves answer with the part moved, so the page puts focus back on its button. */
async function move({ request, locals, params }: RequestEvent, direction: 'up' | 'down') {
		const form = await parseForm(request, moveSchema, { id: 'move' });
		if (!form.ok) return form.fail({ form: m.agenda_part_gone() });
		const done = unlessNotFound(await moveAgendaPart(locals.db, requireActor(locals), params.id, params.meetingId, form.data.part, direction));
		if (!done.ok) return form.fail({ form: m.agenda_part_gone() });
		return { done: 'moved' as const, part: form.data.part, direction };
}

export const actions: Actions = {
	up: (event) => move(event, 'up'),
	down: (event) => move(event, 'down'),
	fit: async ({ request, locals, params }) => {
		const form = await parseForm(request, applyFitSchema, { id: 'fit' });
		if (!form.ok) return form.fail({ form: m.agenda_fit_invalid() });
		const done = unlessNotFound(await applyAgendaFit(locals.db, requireActor(locals), params.id, params.meetingId, { target: form.data.target, version: form.data.agendaVersion }));
		if (done.ok) return { done: 'fitted' as const, total: done.value.total };
		return form.fail({ form: done.code === 'changed' ? m.agenda_fit_changed() : m.agenda_fit_unreachable_now() });
	},
	add: async ({ request, locals, params }) => {
		const form = await parseForm(request, addSchema, { id: 'add' });
		if (!form.ok) return form.failure;
		const { addKind: kind, addFormat: format, addTitle: title, addMinutes: minutes } = form.data;
		const done = unlessNotFound(await addAgendaPart(locals.db, requireActor(locals), params.id, params.meetingId, { kind, format, title, minutes }));
		if (done.ok) return { done: 'added' as const };
		return form.fail(done.code === 'titleNeeded' ? { addTitle: m.agenda_add_title_needed() } : { addFormat: m.validation_choice() });
	},
	restart: async ({ request, locals, params }) => {
		const form = await parseForm(request, restartSchema, { id: 'restart' });
		if (!form.ok) return form.failure;
		const { source, agendaVersion: version } = form.data;
		const done = unlessNotFound(await restartAgenda(locals.db, requireActor(locals), params.id, params.meetingId, { source, version }));
		if (done.ok) return { done: 'restarted' as const };
		return form.fail({ form: done.code === 'changed' ? m.agenda_restart_changed() : m.agenda_restart_no_own() });
	},
	template: async ({ request, locals, params }) => {
		const form = await parseForm(request, templateSchema, { id: 'template' });
		if (!form.ok) return form.failure;
		unlessNotFound(await saveAgendaAsTemplate(locals.db, requireActor(locals), params.id, params.meetingId, form.data.templateName));
		return { done: 'templateSaved' as const };
	}
};
