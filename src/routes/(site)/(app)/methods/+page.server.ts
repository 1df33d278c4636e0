import { found, requireActor } from '$lib/server/guard';
import { methodsOverview } from '$lib/server/knowledge';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => ({
	groups: found(methodsOverview(requireActor(locals, url)))
});
