import { requireActor } from '$lib/server/guard';
import { seriesDetail } from '$lib/server/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	seriesDetail(locals.db, requireActor(locals, url), params.id);
