import { json } from '@sveltejs/kit';
import { found, requireActor } from '$lib/server/guard';
import { exportMap } from '$lib/server/socialMapExchange';
import type { RequestHandler } from './$types';

/** The social map as Open Referral HSDS 3.0 JSON, as a download. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const document = found(await exportMap(locals.db, requireActor(locals, url)));
	return json(document, {
		headers: { 'content-disposition': 'attachment; filename="sociale-kaart-hsds.json"', 'cache-control': 'private, no-store' }
	});
};
