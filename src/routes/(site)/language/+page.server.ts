import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/paraglide/runtime';
import { safeLocalPath } from '$lib/server/safeRedirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const locale = (await request.formData().catch(() => new FormData())).get('locale');
		if (typeof locale === 'string' && isLocale(locale)) {
			cookies.set('sd_locale', locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
		}
		// Only paths on this site are followed back, never an outside address.
		redirect(303, safeLocalPath(url.searchParams.get('to'), url.origin, '/'));
	}
};
