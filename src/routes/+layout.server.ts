import type { LayoutServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: getLocale(),
	actor: locals.actor ? { name: locals.actor.name, role: locals.actor.role } : null,
	organisation: locals.organisation
		? { name: locals.organisation.name, themeColour: locals.organisation.themeColour, logoVersion: locals.organisation.logoVersion }
		: null
});
