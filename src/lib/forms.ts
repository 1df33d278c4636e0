/**
 * What a form action and its page agree on (the server side is `$lib/server/forms`). A failed
 * action answers `fail(400 | 409, FormFailure)`; the page picks its form's failure out of the
 * action's result by the form's `id` and reads typed `values` and `errors`, so several forms on one
 * page never show each other's mistakes. Field names come from the form's zod schema.
 */

/**
 * A field as the browser sends it: one text, or for a field that may repeat (a checklist) one
 * text or several, as the body held one or more.
 */
export type SentValue<T> = T extends undefined | null ? never : T extends readonly unknown[] ? string | string[] : string;

/** What the user sent, per field of a form whose fields are `Fields`, so a failed form comes back filled in. */
export type FormValues<Fields> = { [K in keyof Fields]?: SentValue<Fields[K]> };

/** One message per field; `form` holds one about the whole form (there is no field to go to). */
export type FormErrors<Fields> = { [K in keyof Fields | 'form']?: string };

/** A form whose field names are made per row (`date:<meeting id>`), read without a fixed schema. */
export type RowFields = Record<string, string | string[]>;

export interface FormFailure<Fields, Id extends string = string> {
	id: Id;
	values: FormValues<Fields>;
	errors: FormErrors<Fields>;
	/** After a stale save (409): the keys of what someone else changed, for `StaleNotice`. */
	stale?: string[];
}

/**
 * The failure of form `id` among a page's action results; null when that form did not fail (the
 * action succeeded, or another form on the page failed).
 */
export function failureOf<R, Id extends string>(result: R, id: Id): Extract<R, { id: Id }> | null {
	return isFailureOf(result, id) ? result : null;
}

function isFailureOf<R, Id extends string>(result: R, id: Id): result is Extract<R, { id: Id }> {
	return typeof result === 'object' && result !== null && 'id' in result && result.id === id;
}

/**
 * What a field's control can state of the schema's rules, as HTML attributes: handed to the field
 * components (`<TextField {...constraints.name} />`), so the page never repeats a limit.
 */
export interface FieldConstraints {
	required?: boolean;
	minlength?: number;
	maxlength?: number;
	min?: number;
	max?: number;
}

export type FormConstraints<Fields> = { [K in keyof Fields]-?: FieldConstraints };
