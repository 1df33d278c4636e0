import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import type { FieldConstraints, FormConstraints, FormErrors, FormFailure, FormValues, RowFields } from '$lib/forms';
import type { Ok } from './result';
import { parseCount, parseHours, parseMoney, type Parsed } from '$lib/domain/money';
import { numberProblemText } from '$lib/presentation/money';
import { readVersionToken, type Based, type Stale } from './versioning';

/** The fields a schema reads, as the page knows them: its input's keys. */
export type FieldsOf<S extends z.ZodType> = z.input<S>;

/** Everything sent, as text, before any schema: what a failed form gives back. */
export type SentValues = Record<string, string | string[]>;

/**
 * Control characters other than tab, line feed and carriage return: nobody types them, they are
 * invisible on screen, and PostgreSQL refuses NUL outright.
 */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const hasControlCharacters = (value: string) => value.search(controlCharacters) !== -1;

const withoutControlCharacters = (value: string) => value.replace(controlCharacters, '');

/**
 * A message on each field of `form` that holds a control character, and the values without those
 * characters, so the typed work comes back; null when the form is clean.
 */
export function controlCharacterErrors(form: FormData): { values: SentValues; errors: Record<string, string> } | null {
	const errors: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && (hasControlCharacters(value) || hasControlCharacters(key))) {
			errors[withoutControlCharacters(key)] = m.validation_control_characters();
		}
	}
	if (Object.keys(errors).length === 0) return null;
	const values: SentValues = {};
	for (const [key, value] of Object.entries(formValues(form))) {
		values[withoutControlCharacters(key)] = Array.isArray(value) ? value.map(withoutControlCharacters) : withoutControlCharacters(value);
	}
	return { values, errors };
}

/** A query string without control characters, and whether any were there (to say so on the page). */
export function searchWithoutControlCharacters(url: URL): { search: URLSearchParams; refused: boolean } {
	const search = new URLSearchParams();
	let refused = false;
	for (const [key, value] of url.searchParams) {
		refused ||= hasControlCharacters(key) || hasControlCharacters(value);
		search.append(withoutControlCharacters(key), withoutControlCharacters(value));
	}
	return { search, refused };
}

/** Keeps every value the user typed (passwords excepted) so a failed form comes back filled in. */
export function formValues(form: FormData): SentValues {
	const values: SentValues = {};
	for (const key of new Set(form.keys())) {
		if (key.toLowerCase().includes('password')) continue;
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = all.length > 1 || key.endsWith('[]') ? all : (all[0] ?? '');
	}
	return values;
}

/**
 * One plain Dutch (or English) sentence per kind of mistake, never zod's own wording. Used as the
 * parse-level error map, so a message a schema sets itself still wins.
 */
function messageFor(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'string')
				return issue.minimum === 1 ? m.validation_required() : m.validation_too_short({ min: Number(issue.minimum) });
			return m.validation_invalid();
		case 'too_big':
			return issue.origin === 'string' ? m.validation_too_long({ max: Number(issue.maximum) }) : m.validation_invalid();
		case 'invalid_format':
			if (issue.format === 'email') return m.validation_email();
			if (issue.format === 'url') return m.validation_url();
			if (issue.format === 'date') return m.validation_date();
			return m.validation_invalid();
		case 'invalid_value':
			return m.validation_choice();
		case 'invalid_type':
			return issue.input === undefined || issue.input === '' ? m.validation_required() : m.validation_invalid();
		default:
			return m.validation_invalid();
	}
}

export function parseWithMessages<S extends z.ZodType>(schema: S, input: unknown) {
	return schema.safeParse(input, { error: messageFor });
}

export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		// The version is a hidden field: its message is about the whole form, there is nothing to go to.
		const key = issue.path.length && issue.path[0] !== 'version' ? String(issue.path[0]) : 'form';
		errors[key] ??= issue.message;
	}
	return errors;
}

/**
 * How an action answers for one form: every failure carries the form's `id` and what the user
 * sent, so the page shows it filled in, with the messages beside the right form.
 */
export interface FormReply<Fields, Id extends string> {
	id: Id;
	values: FormValues<Fields>;
	/** A 400 with a message per field (`form` for the form as a whole). */
	fail(errors: FormErrors<Fields>): ActionFailure<FormFailure<Fields, Id>>;
	/**
	 * The answer to a use-case's refusal: the 409 of a stale save (nothing was saved; it names what
	 * the other person changed), or a 400 with `words`' wording of its other refusals.
	 */
	refused<R extends Refusal>(result: R, words?: (refusal: Exclude<R, Stale>) => FormErrors<Fields>): ActionFailure<FormFailure<Fields, Id>>;
	/** The answer to an edit's save: `{ saved: true }`, or what `refused` answers. */
	saved<R extends Ok<unknown> | Refusal>(
		result: R,
		words?: (refusal: Exclude<R, Ok<unknown> | Stale>) => FormErrors<Fields>
	): { saved: true } | ActionFailure<FormFailure<Fields, Id>>;
}

type Refusal = { ok: false; code: string };

const isStale = (result: Refusal): result is Stale => result.code === 'stale';

/**
 * `formValues` reads every field the body holds; the page knows them by the schema's names. A
 * field the schema does not know only comes back to a page that has no control for it.
 */
const sentAs = <Fields>(values: SentValues) => values as FormValues<Fields>;

export function replyFor<Fields, Id extends string>(id: Id, values: FormValues<Fields>): FormReply<Fields, Id> {
	const failure = (status: 400 | 409, errors: FormErrors<Fields>, stale?: string[]) =>
		fail(status, { id, values, errors, ...(stale ? { stale } : {}) } satisfies FormFailure<Fields, Id>);
	// The interface above types `words` by the use-case's refusals; here any refusal that is not stale.
	const refused = (result: Refusal, words?: (refusal: never) => FormErrors<Fields>) =>
		isStale(result) ? failure(409, {}, result.changed) : failure(400, words ? words(result as never) : { form: m.validation_invalid() });
	return {
		id,
		values,
		fail: (errors) => failure(400, errors),
		refused,
		saved: (result, words) => (result.ok ? { saved: true } : refused(result, words))
	};
}

async function readBody(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		return new FormData();
	}
}

export type ParsedForm<S extends z.ZodType, Id extends string> = FormReply<FieldsOf<S>, Id> &
	({ ok: true; data: z.output<S> } | { ok: false; failure: ActionFailure<FormFailure<FieldsOf<S>, Id>> });

/**
 * Parses a submitted form with `schema`. On success the typed data; on failure a 400 with the
 * user's input and a message per field, ready to return from an action. Either way the form's
 * replies (`fail`, `stale`, `saved`) for what the use-case answers. `shape` turns the body into
 * the schema's input when field names differ from the schema's keys (repeated fields, say).
 */
export async function parseForm<S extends z.ZodType, Id extends string>(
	request: Request,
	schema: S,
	options: { id: Id; shape?: (form: FormData) => unknown }
): Promise<ParsedForm<S, Id>> {
	const form = await readBody(request);
	const refused = controlCharacterErrors(form);
	const reply = replyFor<FieldsOf<S>, Id>(options.id, sentAs(refused?.values ?? formValues(form)));
	if (refused) return { ...reply, ok: false, failure: reply.fail(refused.errors) };
	const parsed = parseWithMessages(schema, (options.shape ?? Object.fromEntries)(form));
	if (parsed.success) return { ...reply, ok: true, data: parsed.data };
	return { ...reply, ok: false, failure: reply.fail(fieldErrors(parsed.error)) };
}

export type ReadRowForm<Id extends string> = FormReply<RowFields, Id> & { form: FormData } & (
		| { ok: true; based: Based }
		| { ok: false; failure: ActionFailure<FormFailure<RowFields, Id>> }
	);

/**
 * A form whose field names are made per row (`date:<meeting id>`, `role:<person id>`), read by
 * its route. Its version is read here, as for every edit form: a missing or broken one refuses
 * the form as a whole.
 */
export async function readRowForm<Id extends string>(request: Request, id: Id): Promise<ReadRowForm<Id>> {
	const form = await readBody(request);
	const refused = controlCharacterErrors(form);
	const reply = replyFor<RowFields, Id>(id, refused?.values ?? formValues(form));
	if (refused) return { ...reply, form, ok: false, failure: reply.fail({ form: m.validation_control_characters() }) };
	const version = parseWithMessages(field.version(), form.get('version') ?? undefined);
	if (!version.success) return { ...reply, form, ok: false, failure: reply.fail({ form: m.edit_version_missing() }) };
	return { ...reply, form, ok: true, based: version.data };
}

/**
 * The schema of a form that edits a saved thing: `schema` plus the hidden version
 * (`VersionField.svelte`), so its save is refused when someone else saved in between.
 */
export function editSchema<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
	return schema.extend({ version: field.version() });
}

/**
 * What each field's control can say of `schema`'s rules, as HTML attributes (required, lengths,
 * number ranges), from zod's own JSON Schema of what the form sends.
 */
export function constraintsOf<S extends z.ZodObject>(schema: S): FormConstraints<FieldsOf<S>> {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
	const required = new Set(json.required ?? []);
	const constraints: Record<string, FieldConstraints> = {};
	for (const [name, property] of Object.entries(json.properties ?? {})) {
		const rule = textOrNumberOf(property);
		constraints[name] = {
			...(required.has(name) && { required: true }),
			// A minimum of one is what "required" already says.
			...(typeof rule.minLength === 'number' && rule.minLength > 1 && { minlength: rule.minLength }),
			...(typeof rule.maxLength === 'number' && { maxlength: rule.maxLength }),
			...(typeof rule.minimum === 'number' && { min: rule.minimum }),
			...(typeof rule.maximum === 'number' && { max: rule.maximum })
		};
	}
	return constraints as FormConstraints<FieldsOf<S>>;
}

/** The text or number branch of a property (`anyOf` with null for an optional text). */
function textOrNumberOf(property: z.core.JSONSchema._JSONSchema): z.core.JSONSchema.JSONSchema {
	if (typeof property === 'boolean') return {};
	const branch = property.anyOf?.find((option) => typeof option !== 'boolean' && option.type !== 'null');
	return branch && typeof branch !== 'boolean' ? branch : property;
}

/**
 * Typed dates stay within these years: planning from them never leaves the four-digit years that
 * dates are stored and shown in, and a slip such as 0202 for 2026 is caught.
 */
export const dateRange = { min: '2000-01-01', max: '2100-12-31' } as const;

const shownDate = (iso: string) => iso.split('-').reverse().join('-');

/** For forms read without parseForm (fields named per row): text with a control character is refused here too. */
const plainText = () => z.string().refine((v) => !hasControlCharacters(v), { error: () => m.validation_control_characters(), abort: true });

/** A number typed the Dutch way (`domain/money.ts`), refused with a message that says why. */
const typedNumber = (kind: 'count' | 'hours' | 'money', max: number, parse: (text: string, max: number) => Parsed) =>
	z.string({ error: () => m.budget_error_empty() }).transform((text, ctx): number => {
		const parsed = parse(text, max);
		if (parsed.ok) return parsed.value;
		ctx.addIssue({ code: 'custom', message: numberProblemText(parsed.problem, kind, max) });
		return z.NEVER;
	});

/** Form fields arrive as strings; these turn them into what schemas expect. */
export const field = {
	/** Money in whole cents: "1.300,75", "1300,75", "1300"; at most `maxCents`. */
	money: (maxCents: number) => typedNumber('money', maxCents, parseMoney),
	/** Hours in hundredths of an hour: "4", "4,5"; at most `maxHundredths`. */
	hours: (maxHundredths: number) => typedNumber('hours', maxHundredths, parseHours),
	/** A whole count, 0 to `max`, typed as digits. */
	count: (max: number) => typedNumber('count', max, parseCount),
	/** A date or nothing. */
	optionalDate: () =>
		z
			.string()
			.optional()
			.transform((v) => (v?.trim() ? v.trim() : null))
			.pipe(
				z.iso
					.date({ error: () => m.validation_date() })
					.refine((v) => v >= dateRange.min && v <= dateRange.max, {
						error: () => m.validation_date_range({ from: shownDate(dateRange.min), to: shownDate(dateRange.max) })
					})
					.nullable()
			),
	text: (max: number) => plainText().trim().min(1).max(max),
	optionalText: (max: number) =>
		plainText()
			.trim()
			.max(max)
			.transform((v) => (v === '' ? null : v))
			.nullable()
			.optional()
			.transform((v) => v ?? null),
	email: () => z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
	optionalEmail: () =>
		z
			.string()
			.trim()
			.toLowerCase()
			.max(254)
			.optional()
			.transform((v) => (v ? v : null))
			.pipe(z.email().nullable()),
	checkbox: () =>
		z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true'),
	int: (min: number, max: number) =>
		z.coerce
			.number({ error: () => m.validation_number_range({ min, max }) })
			.int({ error: () => m.validation_number_range({ min, max }) })
			.min(min, { error: () => m.validation_number_range({ min, max }) })
			.max(max, { error: () => m.validation_number_range({ min, max }) }),
	date: () =>
		z.iso
			.date({ error: () => m.validation_date() })
			.refine((v) => v >= dateRange.min && v <= dateRange.max, {
				error: () => m.validation_date_range({ from: shownDate(dateRange.min), to: shownDate(dateRange.max) })
			}),
	time: () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => m.validation_time() }),
	uuid: () => z.uuid({ error: () => m.validation_unknown_item() }),
	/** The hidden field every edit form carries (`VersionField.svelte`): what the save is based on. */
	version: () =>
		z.string({ error: () => m.edit_version_missing() }).transform((token, ctx): Based => {
			const based = readVersionToken(token);
			if (based) return based;
			ctx.addIssue({ code: 'custom', message: m.edit_version_missing() });
			return z.NEVER;
		}),
	/** Only web links: a `javascript:` or `file:` address never reaches a page as a link. */
	optionalWebLink: (max: number) =>
		z
			.string()
			.trim()
			.max(max)
			.optional()
			.transform((v) => (v ? v : null))
			.pipe(z.url({ protocol: /^https?$/ }).nullable())
};
