import { error, redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { whoIsAsking } from '$lib/server/auth/requester';
import { isSetUp } from '$lib/server/firstRun';
import { instance, startInstance, stopInstance } from '$lib/server/instance';
import { joinCookies, joinedFromCookie, joinPaths } from '$lib/server/joinCodes';
import { participantCookie, participantsFromCookie } from '$lib/server/participantLinks';
import { withTrace } from '$lib/server/trace';

let setUp = false;

/** Every request gets its own trace id, shared by the audit entries it writes. */
const handleTrace: Handle = ({ event, resolve }) => withTrace(() => resolve(event));

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** Authenticate once, here; loads and actions only read `locals`. */
const handleActor: Handle = async ({ event, resolve }) => {
	const { db, auth } = await instance();
	event.locals.db = db;
	event.locals.auth = auth;
	event.locals.user = null;
	event.locals.actor = null;
	event.locals.organisation = null;
	event.locals.organisations = [];

	// Until the first organisation exists, the first-run page is the only page (and how to report a
	// vulnerability, which is for anyone at any time).
	setUp ||= await isSetUp(db);
	const path = event.url.pathname;
	if (!setUp && path !== '/setup' && !path.startsWith('/language') && !path.startsWith('/.well-known/')) redirect(303, '/setup');

	const requester = await whoIsAsking(db, auth, event.cookies, event.request.headers);
	if (requester) {
		event.locals.user = requester.user;
		event.locals.organisation = requester.organisation;
		event.locals.organisations = requester.organisations;
		event.locals.actor = requester.actor;
	}
	return resolve(event);
};

/**
 * A participant's cookie is read only on the participant pages, apart from the member path: it
 * never makes anyone `locals.actor`, so every member page answers it as it would a stranger.
 */
const participantPath = (path: string) => path === '/mijn' || path.startsWith('/mijn/');
const handleParticipant: Handle = async ({ event, resolve }) => {
	event.locals.participants = [];
	const value = event.cookies.get(participantCookie);
	if (value && participantPath(event.url.pathname)) event.locals.participants = await participantsFromCookie(event.locals.db, value);
	return resolve(event);
};

/**
 * A device that joined a meeting with a code is read only under the path of that purpose (the
 * screen's `/scherm`, the phones' `/doe-mee`), like a participant's link: never an actor.
 */
const under = (path: string, base: string) => path === base || path.startsWith(`${base}/`);
const handleJoined: Handle = async ({ event, resolve }) => {
	event.locals.joined = null;
	for (const purpose of ['projector', 'phone'] as const) {
		if (!under(event.url.pathname, joinPaths[purpose])) continue;
		event.locals.joined = await joinedFromCookie(event.locals.db, event.cookies.get(joinCookies[purpose]), purpose);
	}
	return resolve(event);
};

/**
 * SvelteKit throws (a 500) when a form is posted to `?/default`; the action is taken from the first
 * query key starting with a slash. No page has an action by that name, so it is simply not there.
 */
const handleReservedAction: Handle = ({ event, resolve }) => {
	const action = [...event.url.searchParams.keys()].find((key) => key.startsWith('/'));
	if (event.request.method === 'POST' && action === '/default') error(404, 'not found');
	return resolve(event);
};

// The security headers of every answer (nosniff, framing, HSTS, …) are set by the server itself,
// scripts/serverEntry.js, so they reach the answers that never pass these hooks too.
export const handle = sequence(handleTrace, handleReservedAction, handleLocale, handleActor, handleParticipant, handleJoined);

/** Unexpected errors are logged with an id the user can quote; no internals reach the page. */
export const handleError: HandleServerError = ({ error, status }) => {
	const id = crypto.randomUUID().slice(0, 8);
	if (status !== 404) console.error(`[error ${id}]`, error);
	return { message: `error ${id}` };
};

/** Jobs due while the app was down run at start, not at the first request. */
export const init: ServerInit = async () => {
	if (!building) await startInstance();
};

// adapter-node stops accepting requests first; then the instance finishes the jobs in hand and
// closes the database.
process.once('sveltekit:shutdown', () => void stopInstance());
