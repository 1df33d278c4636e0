import { z } from 'zod';
import { limits } from '$lib/domain/limits';
import { changeLevels, noteVisibilities, signalKinds } from '$lib/domain/vocabularies';
import { editSchema, field, type FieldsOf } from '$lib/server/forms';

/*
 * The record page's forms. Each new entry has a field named after what it is (`agreement`,
 * `wish`, …), so the page's field ids never clash; edits and removals name the row in `id`.
 */

const text = () => field.text(limits.textMax);
/** An empty choice is "none": anonymous, or no level yet. */
const noneIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());

export const agreementSchema = z.object({ agreement: text() });
export const agreementEditSchema = editSchema(z.object({ id: field.uuid(), text: text() }));
export const wishSchema = z.object({
	wish: text(),
	author: noneIfEmpty(field.uuid()),
	level: noneIfEmpty(z.enum(changeLevels)),
	theme: field.optionalText(limits.themeMax),
	submission: field.uuid()
});
export const homeworkSchema = z.object({ homework: text() });
export const homeworkEditSchema = editSchema(z.object({ id: field.uuid(), text: text() }));
export const signalSchema = z.object({ signal: text(), signalKind: z.enum(signalKinds) });
export const signalEditSchema = editSchema(z.object({ id: field.uuid(), text: text(), kind: z.enum(signalKinds) }));
export const noteSchema = z.object({ note: text(), visibility: z.enum(noteVisibilities) });
export const noteEditSchema = editSchema(z.object({ id: field.uuid(), text: text(), visibility: z.enum(noteVisibilities) }));
/** Removing a row: which one, and the version the page showed, so an edit made since is not lost. */
export const removeSchema = editSchema(z.object({ id: field.uuid() }));
export const removePhotoSchema = z.object({ id: field.uuid() });

export type AgreementFields = FieldsOf<typeof agreementSchema>;
export type WishFields = FieldsOf<typeof wishSchema>;
export type HomeworkFields = FieldsOf<typeof homeworkSchema>;
export type SignalFields = FieldsOf<typeof signalSchema>;
export type NoteFields = FieldsOf<typeof noteSchema>;
