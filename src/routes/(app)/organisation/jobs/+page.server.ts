import { requireActor } from '$lib/server/guard';
import { jobOverview } from '$lib/server/jobs/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => jobOverview(locals.db, requireActor(locals, url));
