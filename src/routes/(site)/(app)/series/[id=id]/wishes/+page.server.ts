import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import type { FormErrors } from '$lib/forms';
import { textRefusalText } from '$lib/presentation/captureText';
import { editChangeWish, removeChangeWish, seriesChangeWishes, type Refused } from '$lib/server/capture';
import { constraintsOf, parseForm, searchWithoutControlCharacters } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { readWishFilter, wishEditSchema, wishRemoveSchema, type WishEditFields } from './schema';
import type { Actions, PageServerLoad } from './$types';

/** Every change wish of the series by meeting: what the facilitators open in the deciding meeting. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const { search, refused } = searchWithoutControlCharacters(url);
	const filter = readWishFilter(new URL(`?${search}`, url));
	return {
		...found(await seriesChangeWishes(locals.db, actor, params.id, filter)),
		filter,
		filterError: refused ? m.validation_control_characters() : null,
		constraints: constraintsOf(wishEditSchema)
	};
};

const words = (refused: Refused): FormErrors<WishEditFields> => {
	if (refused.code !== 'invalid') return { form: m.capture_refused() };
	return refused.field === 'theme' ? { theme: textRefusalText(refused.refusal, limits.themeMax) } : { text: textRefusalText(refused.refusal) };
};

export const actions: Actions = {
	edit: async ({ request, locals, params }) => {
		const form = await parseForm(request, wishEditSchema, { id: 'wishEdit' });
		if (!form.ok) return form.failure;
		return form.saved(unlessNotFound(await editChangeWish(locals.db, requireActor(locals), { seriesId: params.id, ...form.data })), words);
	},
	remove: async ({ request, locals, params }) => {
		const form = await parseForm(request, wishRemoveSchema, { id: 'wishRemove' });
		if (!form.ok) return form.failure;
		const { id, version } = form.data;
		const done = unlessNotFound(await removeChangeWish(locals.db, requireActor(locals), { seriesId: params.id, id, version }));
		return done.ok ? { removed: true as const } : form.refused(done);
	}
};
