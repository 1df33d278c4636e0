import { requireActor } from '$lib/server/guard';
import { peopleFor } from '$lib/server/people';
import { readFilter } from './schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const filter = readFilter(url);
	return { filter, people: await peopleFor(locals.db, actor, filter) };
};
