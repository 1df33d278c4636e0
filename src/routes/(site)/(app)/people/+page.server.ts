import * as m from '$lib/paraglide/messages.js';
import { searchWithoutControlCharacters } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { peopleFor } from '$lib/server/people';
import { readFilter } from './schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { search, refused } = searchWithoutControlCharacters(url);
	const filter = readFilter(new URL(`?${search}`, url));
	return {
		filter,
		filterError: refused ? m.validation_control_characters() : null,
		people: found(await peopleFor(locals.db, actor, filter))
	};
};
