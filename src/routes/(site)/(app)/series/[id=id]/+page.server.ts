import { found, requireActor } from '$lib/server/guard';
import { seriesDetail } from '$lib/server/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	found(await seriesDetail(locals.db, requireActor(locals, url), params.id));
