import { nationalFundFor } from '$lib/server/funds';
import { found, requireActor } from '$lib/server/guard';
import { methodsOfFundFor } from '$lib/server/knowledge';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const fund = found(nationalFundFor(actor, params.id));
	return { fund, methods: methodsOfFundFor(actor, fund) };
};
