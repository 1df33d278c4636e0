import type { RequestHandler } from './$types';

/**
 * The server's clock, for the live views: each screen measures its offset from a few round trips
 * (`bestClockOffset`), so a countdown shows the same second on the laptop, the wall and the phones.
 */
export const GET: RequestHandler = () =>
	new Response(String(Date.now()), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
