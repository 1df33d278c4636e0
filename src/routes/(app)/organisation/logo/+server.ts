import { requireActor } from '$lib/server/guard';
import { organisationLogo } from '$lib/server/organisation';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const logo = await organisationLogo(locals.db, requireActor(locals, url));
	return new Response(new Uint8Array(logo.bytes), {
		headers: {
			'content-type': logo.type,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, max-age=300'
		}
	});
};
