import { meetingPhotoFile } from '$lib/server/capture';
import { found, requireActor } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/**
 * A photo of a flipover, under the meeting page's policy. A photo never changes (a new one gets a
 * new id), so a browser may keep it, but only for itself: it shows a group's own work.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const photo = found(await meetingPhotoFile(locals.db, requireActor(locals, url), { seriesId: params.id, meetingId: params.meetingId, id: params.photoId }));
	return new Response(new Uint8Array(photo.data), {
		headers: {
			'content-type': photo.contentType,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, max-age=86400'
		}
	});
};
