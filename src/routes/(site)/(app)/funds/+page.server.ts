import * as m from '$lib/paraglide/messages.js';
import { fundFinder } from '$lib/server/funds';
import { searchWithoutControlCharacters } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { readFinderQuestion } from './schema';
import type { PageServerLoad } from './$types';

/** The finder: a GET form, so nothing about the child is posted, stored or recorded. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const { search, refused } = searchWithoutControlCharacters(url);
	const read = readFinderQuestion(search);
	const errors = refused ? { ...read.errors, age: read.errors.age ?? m.validation_control_characters() } : read.errors;
	return {
		...read,
		errors,
		...found(await fundFinder(locals.db, actor, refused ? null : read.question)),
		removed: url.searchParams.has('removed')
	};
};
