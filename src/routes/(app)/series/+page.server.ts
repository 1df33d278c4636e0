import { requireActor } from '$lib/server/guard';
import { seriesOverview } from '$lib/server/series';
import { can } from '$lib/server/auth/policies';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return { series: await seriesOverview(locals.db, actor), canCreate: can.createSeries(actor), role: actor.role };
};
