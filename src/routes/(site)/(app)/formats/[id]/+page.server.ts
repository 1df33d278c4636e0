import { builtInFormat } from '$lib/server/activityFormats';
import { found, requireActor } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => ({
	format: found(builtInFormat(requireActor(locals, url), params.id))
});
