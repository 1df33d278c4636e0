import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import type { ChangeWishFilter } from '$lib/domain/changeWish';
import { limits } from '$lib/domain/limits';
import { changeLevels } from '$lib/domain/vocabularies';
import { editSchema, field, type FieldsOf } from '$lib/server/forms';

/*
 * The list of a series' change wishes: its filter (from the address bar) and the forms of each
 * wish, which name the wish in `id` and carry the version the page showed.
 */

/** An empty level is "not chosen yet". */
const level = z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(changeLevels).nullable());

export const wishEditSchema = editSchema(z.object({ id: field.uuid(), text: field.text(limits.textMax), level, theme: field.optionalText(limits.themeMax) }));

/** Removing asks for a tick first, so a slip of the finger removes nothing. */
export const wishRemoveSchema = editSchema(
	z.object({ id: field.uuid(), confirm: field.checkbox().refine((v) => v, { error: () => m.wishes_remove_confirm_missing() }) })
);

export type WishEditFields = FieldsOf<typeof wishEditSchema>;

/** The filter comes from the address bar; anything odd there just means "no filter". */
const filterSchema = z.object({
	level: z.enum([...changeLevels, 'none']).nullable().catch(null),
	theme: z.string().trim().min(1).max(limits.themeMax).nullable().catch(null)
}) satisfies z.ZodType<ChangeWishFilter>;

export function readWishFilter(url: URL): ChangeWishFilter {
	return filterSchema.parse({ level: url.searchParams.get('level') || null, theme: url.searchParams.get('theme') || null });
}
