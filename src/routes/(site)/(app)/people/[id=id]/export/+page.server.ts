import { found, requireActor } from '$lib/server/guard';
import { exportPerson } from '$lib/server/privacy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { exported: found(await exportPerson(locals.db, requireActor(locals, url), params.id, 'page')) };
};
