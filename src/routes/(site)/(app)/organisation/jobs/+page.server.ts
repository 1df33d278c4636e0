import { found, requireActor } from '$lib/server/guard';
import { jobOverview } from '$lib/server/jobs/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => found(await jobOverview(locals.db, requireActor(locals, url)));
