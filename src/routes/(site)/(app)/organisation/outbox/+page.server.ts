import { found, requireActor } from '$lib/server/guard';
import { outboxFor } from '$lib/server/organisation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => found(await outboxFor(locals.db, requireActor(locals, url)));
