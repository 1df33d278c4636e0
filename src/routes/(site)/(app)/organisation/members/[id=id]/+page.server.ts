import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { changeMemberRole, memberFor, removeMember } from '$lib/server/members';
import { removeSchema, roleSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => found(await memberFor(locals.db, requireActor(locals, url), params.id));

export const actions: Actions = {
	role: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, roleSchema, { id: 'role' });
		if (!form.ok) return form.failure;
		const { version, role } = form.data;
		const result = unlessNotFound(await changeMemberRole(locals.db, actor, params.id, version, role));
		const saved = form.saved(result, () => ({ role: m.members_last_coordinator() }));
		if (!('saved' in saved)) return saved;
		// A coordinator who gave themselves another role no longer manages members: off to their series.
		redirect(303, result.ok && result.value.selfDemoted ? '/series' : '/organisation?member=changed');
	},
	remove: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, removeSchema, { id: 'remove' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await removeMember(locals.db, actor, params.id));
		if (!result.ok) return form.fail({ confirm: m.members_last_coordinator() });
		// Removing oneself ends one's own sessions too.
		redirect(303, result.value.wasYou ? '/login' : '/organisation?member=removed');
	}
};
