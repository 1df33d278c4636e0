import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { ownAgendaTemplate, removeOwnAgendaTemplate } from '$lib/server/agendaTemplates';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { removeTemplateSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	template: found(await ownAgendaTemplate(locals.db, requireActor(locals, url), params.id, getLocale()))
});

export const actions: Actions = {
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeTemplateSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await removeOwnAgendaTemplate(locals.db, actor, params.id, form.data.version));
		if (!done.ok) return form.refused(done);
		redirect(303, '/templates?removed=1');
	}
};
