import { nationalFundFor } from '$lib/server/funds';
import { found, requireActor } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => ({
	fund: found(nationalFundFor(requireActor(locals, url), params.id))
});
