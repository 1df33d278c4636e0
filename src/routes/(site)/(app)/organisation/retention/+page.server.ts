import { found, requireActor } from '$lib/server/guard';
import { retentionNotice } from '$lib/server/retention';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => found(await retentionNotice(locals.db, requireActor(locals, url)));
