import type { LayoutServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { usableBrandColour } from '$lib/domain/contrast';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: getLocale(),
	actor: locals.actor ? { name: locals.actor.name, role: locals.actor.role } : null,
	organisation: locals.organisation ? { id: locals.organisation.id, name: locals.organisation.name, logoVersion: locals.organisation.logoVersion } : null,
	// Only a member of several organisations gets the switch in the header.
	organisations: locals.organisations.length > 1 ? locals.organisations : [],
	// Worked out here, so no page carries the contrast rules in its JavaScript.
	brandColour: usableBrandColour(locals.organisation?.themeColour)
});
