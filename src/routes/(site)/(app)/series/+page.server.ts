import { found, requireActor } from '$lib/server/guard';
import { seriesOverview } from '$lib/server/series';
import type { PageServerLoad } from './$types';

// The overview has no behaviour in the browser: plain HTML keeps it light on old phones.
export const csr = false;

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const requested = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
	return { ...found(await seriesOverview(locals.db, actor, page)), role: actor.role, deleted: url.searchParams.has('deleted') };
};
