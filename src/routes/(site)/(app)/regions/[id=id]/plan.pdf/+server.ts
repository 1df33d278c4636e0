import { found, requireActor } from '$lib/server/guard';
import { regionPlanPdf } from '$lib/server/regionPlans';
import { todayInAmsterdam } from '$lib/server/series';
import type { RequestHandler } from './$types';

/** The region plan as a tagged PDF, downloaded as a file (issue #12 item 8). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { bytes, filename } = found(await regionPlanPdf(locals.db, requireActor(locals, url), params.id, todayInAmsterdam()));
	return new Response(bytes, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
