import { getLocale } from '$lib/paraglide/runtime';
import { ownAgendaTemplates } from '$lib/server/agendaTemplates';
import { found, requireActor } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	templates: found(await ownAgendaTemplates(locals.db, requireActor(locals, url), getLocale())),
	removed: url.searchParams.has('removed')
});
