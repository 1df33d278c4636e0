import { config } from '$lib/server/config';
import { securityTxt } from '$lib/server/securityTxt';
import type { RequestHandler } from './$types';

/** How to report a vulnerability (RFC 9116); the contact comes from `SECURITY_CONTACT`. */
export const GET: RequestHandler = () =>
	new Response(securityTxt({ contact: config.securityContact, origin: config.origin, now: new Date() }), {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' }
	});
