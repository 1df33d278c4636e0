import { personConsents } from '$lib/server/consent';
import { found, requireActor } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => found(await personConsents(locals.db, requireActor(locals, url), params.id));
