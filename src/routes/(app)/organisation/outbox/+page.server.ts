import { requireActor } from '$lib/server/guard';
import { outboxFor } from '$lib/server/organisation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => outboxFor(locals.db, requireActor(locals, url));
