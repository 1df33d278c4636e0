import { found, requireActor } from '$lib/server/guard';
import { methodFor } from '$lib/server/knowledge';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => found(methodFor(requireActor(locals, url), params.id));
