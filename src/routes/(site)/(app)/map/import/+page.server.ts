import { fail } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { found, requireActor } from '$lib/server/guard';
import { serviceFormChoices } from '$lib/server/socialMap';
import { importBytesMax, importMap } from '$lib/server/socialMapExchange';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Only those who edit the map import into it; the same 404 for everyone else.
	found(await serviceFormChoices(locals.db, requireActor(locals, url)));
	return {};
};

async function readFile(request: Request): Promise<string | null> {
	try {
		const form = await request.formData();
		const file = form.get('file');
		if (file instanceof File) return file.size > importBytesMax ? null : await file.text();
		return typeof file === 'string' && file ? file : null;
	} catch {
		return null;
	}
}

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const text = await readFile(request);
		if (text === null) return fail(400, { id: 'import' as const, problem: m.socialMap_import_noFile() });
		const result = await importMap(locals.db, actor, text, new Date());
		if (result.ok) return { id: 'import' as const, imported: { organisations: result.value.organisations, services: result.value.services } };
		switch (result.code) {
			case 'notJson':
				return fail(400, { id: 'import' as const, problem: m.socialMap_import_notJson() });
			case 'notHsds':
				return fail(400, { id: 'import' as const, problem: m.socialMap_import_notHsds() });
			case 'empty':
				return fail(400, { id: 'import' as const, problem: m.socialMap_import_empty() });
			case 'invalid':
				return fail(400, { id: 'import' as const, problem: m.socialMap_import_invalid(), reports: result.reports });
			default:
				return found<never>(result);
		}
	}
};
