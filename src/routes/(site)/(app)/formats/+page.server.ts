import { found, requireActor } from '$lib/server/guard';
import { formatLibrary } from '$lib/server/activityFormats';
import { readGroupFormFilter } from './schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const groupForm = readGroupFormFilter(url);
	return {
		groupForm,
		removed: url.searchParams.has('removed'),
		...found(await formatLibrary(locals.db, requireActor(locals, url), groupForm))
	};
};
