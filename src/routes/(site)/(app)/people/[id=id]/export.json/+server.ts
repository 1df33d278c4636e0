import { found, requireActor } from '$lib/server/guard';
import { exportPerson } from '$lib/server/privacy';
import type { RequestHandler } from './$types';

/** The export as a file to hand over; never cached, since it is one person's data. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const data = found(await exportPerson(locals.db, requireActor(locals, url), params.id, 'json'));
	return new Response(JSON.stringify(data, null, '\t'), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			// The id, not the name: a download folder is read over shoulders too.
			'content-disposition': `attachment; filename="gegevens-${data.person.id}.json"`,
			'cache-control': 'no-store'
		}
	});
};
