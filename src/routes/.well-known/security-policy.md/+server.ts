import policy from '../../../../SECURITY.md?raw';
import type { RequestHandler } from './$types';

/** The policy security.txt links to: SECURITY.md of the release that runs, as it is in the repository. */
export const GET: RequestHandler = () =>
	new Response(policy, { headers: { 'content-type': 'text/markdown; charset=utf-8', 'cache-control': 'public, max-age=86400' } });
