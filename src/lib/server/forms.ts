import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { readVersionToken, type Based } from './versioning';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;
export type FormFailure = ActionFailure<{ values: FormValues; errors: FieldErrors }>;
export type StaleFailure = ActionFailure<{ values: FormValues; stale: string[] }>;

/**
 * Control characters other than tab, line feed and carriage return: nobody types them, they are
 * invisible on screen, and PostgreSQL refuses NUL outright.
 */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const hasControlCharacters = (value: string) => value.search(controlCharacters) !== -1;

const withoutControlCharacters = (value: string) => value.replace(controlCharacters, '');

/**
 * A 400 when any field of `form` holds a control character: a message on each such field, and the
 * values without those characters, so the typed work comes back. Null when the form is clean.
 */
export function refuseControlCharacters(form: FormData): FormFailure | null {
	const errors: FieldErrors = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && (hasControlCharacters(value) || hasControlCharacters(key))) {
			errors[withoutControlCharacters(key)] = m.validation_control_characters();
		}
	}
	if (Object.keys(errors).length === 0) return null;
	const values: FormValues = {};
	for (const [key, value] of Object.entries(formValues(form))) {
		values[withoutControlCharacters(key)] = Array.isArray(value) ? value.map(withoutControlCharacters) : withoutControlCharacters(value);
	}
	return fail(400, { values, errors });
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
export function formValues(form: FormData): FormValues {
	const values: FormValues = {};
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

export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		// The version is a hidden field: its message is about the whole form, there is nothing to go to.
		const key = issue.path.length && issue.path[0] !== 'version' ? String(issue.path[0]) : 'form';
		errors[key] ??= issue.message;
	}
	return errors;
}

/**
 * Parses a submitted form with `schema`. On success the typed data; on failure a 400 with the
 * user's input and a message per field, ready to return from an action.
 */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	shape: (form: FormData) => unknown = (form) => Object.fromEntries(form)
): Promise<{ ok: true; data: z.output<S>; values: FormValues } | { ok: false; failure: FormFailure; values: FormValues }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		form = new FormData();
	}
	const values = formValues(form);
	const refused = refuseControlCharacters(form);
	if (refused) return { ok: false, failure: refused, values: refused.data.values };
	const parsed = parseWithMessages(schema, shape(form));
	if (parsed.success) return { ok: true, data: parsed.data, values };
	return { ok: false, failure: fail(400, { values, errors: fieldErrors(parsed.error) }), values };
}

export function failWith(values: FormValues, errors: FieldErrors): FormFailure {
	return fail(400, { values, errors });
}

/**
 * Someone else saved first: nothing is saved, the form comes back as the user left it, with the
 * keys (field names, meeting or person ids) of what changed, for the page to name.
 */
export function staleWith(values: FormValues, changed: string[]): StaleFailure {
	return fail(409, { values, stale: changed });
}

/**
 * Typed dates stay within these years: planning from them never leaves the four-digit years that
 * dates are stored and shown in, and a slip such as 0202 for 2026 is caught.
 */
export const dateRange = { min: '2000-01-01', max: '2100-12-31' } as const;

const shownDate = (iso: string) => iso.split('-').reverse().join('-');

/** For forms read without parseForm (fields named per row): text with a control character is refused here too. */
const plainText = () => z.string().refine((v) => !hasControlCharacters(v), { error: () => m.validation_control_characters(), abort: true });

/** Form fields arrive as strings; these turn them into what schemas expect. */
export const field = {
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
