import { found, requireActor } from '$lib/server/guard';
import { regionPlanDocumentFor } from '$lib/server/regionPlans';
import { todayInAmsterdam } from '$lib/server/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	doc: found(await regionPlanDocumentFor(locals.db, requireActor(locals, url), params.id, todayInAmsterdam())),
	regionId: params.id
});
