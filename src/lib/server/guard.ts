import { error, redirect } from '@sveltejs/kit';
import type { Actor } from './auth/policies';
import { safeLocalPath } from './safeRedirect';

/** The actor for a load or action; actions are not covered by the layout's check, so each calls this. */
export function requireActor(locals: App.Locals, url?: URL): Actor {
	if (!locals.actor) {
		redirect(303, url ? `/login?next=${encodeURIComponent(safeLocalPath(url.pathname + url.search, url.origin, '/series'))}` : '/login');
	}
	return locals.actor;
}

/** Not allowed looks exactly like not there: nobody learns which ids exist elsewhere. */
export function notFound(): never {
	error(404, 'not found');
}

export function allowOrNotFound(allowed: boolean): void {
	if (!allowed) notFound();
}
