import { error, redirect } from '@sveltejs/kit';
import type { Actor } from './auth/policies';
import type { Fail, NotFound, Ok, Result } from './result';
import { safeLocalPath } from './safeRedirect';

/** The actor for a load or action; actions are not covered by the layout's check, so each calls this. */
export function requireActor(locals: App.Locals, url?: URL): Actor {
	if (!locals.actor) {
		redirect(303, url ? `/login?next=${encodeURIComponent(safeLocalPath(url.pathname + url.search, url.origin, '/series'))}` : '/login');
	}
	return locals.actor;
}

/** Not allowed looks exactly like not there: nobody learns which ids exist elsewhere. */
function notFound(): never {
	error(404, 'not found');
}

/** The edge's answer to a use-case's `notFound`: SvelteKit's 404, the same as a page that is not there. */
export function found<T>(result: Result<T, 'notFound'>): T {
	if (!result.ok) notFound();
	return result.value;
}

/** Answers `notFound` with the 404 and leaves every other refusal for the form to word. */
export function unlessNotFound<R extends Ok<unknown> | Fail<string>>(result: R): Exclude<R, NotFound> {
	if (!result.ok && result.code === 'notFound') notFound();
	return result as Exclude<R, NotFound>;
}
