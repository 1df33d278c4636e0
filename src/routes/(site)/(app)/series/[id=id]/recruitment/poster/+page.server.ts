import { found, requireActor } from '$lib/server/guard';
import { recruitmentFor } from '$lib/server/signups';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => found(await recruitmentFor(locals.db, requireActor(locals, url), params.id));
