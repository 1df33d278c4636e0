import { found, requireActor } from '$lib/server/guard';
import { searchMap } from '$lib/server/socialMap';
import { readMapSearch } from './schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const search = readMapSearch(url);
	return { search, ...found(await searchMap(locals.db, requireActor(locals, url), search, new Date())) };
};
