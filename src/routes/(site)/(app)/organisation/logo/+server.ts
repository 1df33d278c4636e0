import { found, requireActor } from '$lib/server/guard';
import { organisationLogo } from '$lib/server/organisation';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const logo = found(await organisationLogo(locals.db, requireActor(locals, url)));
	// The pages link the logo by its version, so that URL never shows another image; any other URL
	// (an old version, none) is checked again on every use.
	const current = url.searchParams.get('v') === logo.version;
	return new Response(new Uint8Array(logo.bytes), {
		headers: {
			'content-type': logo.type,
			'x-content-type-options': 'nosniff',
			'cache-control': current ? 'private, max-age=31536000, immutable' : 'private, no-cache'
		}
	});
};
