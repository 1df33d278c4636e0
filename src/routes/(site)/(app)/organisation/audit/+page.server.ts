import { auditLog } from '$lib/server/audit';
import { searchWithoutControlCharacters } from '$lib/server/forms';
import { found, requireActor } from '$lib/server/guard';
import { readAuditFilter } from './schema';
import type { PageServerLoad } from './$types';

/** Who viewed or changed whose data (issue #11): coordinators only; anyone else gets a 404. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const filter = readAuditFilter(searchWithoutControlCharacters(url).search);
	const log = found(
		await auditLog(locals.db, actor, {
			personId: filter.personId ?? undefined,
			personName: filter.personId ? undefined : (filter.name ?? undefined),
			actorId: filter.member ?? undefined,
			from: filter.fromInstant ?? undefined,
			before: filter.beforeInstant ?? undefined,
			page: filter.page
		})
	);
	return { ...log, filter: { personId: filter.personId, name: filter.name ?? '', member: filter.member ?? '', from: filter.from, to: filter.to, page: filter.page }, dateErrors: filter.errors };
};
