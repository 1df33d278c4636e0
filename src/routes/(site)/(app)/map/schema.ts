import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { ageGroupCodes, mapLanguages, mapThemes, normaliseInitials, parseDayHours, searchMax, weekdays, type Opening } from '$lib/domain/socialMap';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

/** The search and its filters, read from the address bar: anything odd there is "no filter". */
export function readMapSearch(url: URL) {
	const p = url.searchParams;
	const one = <T extends string>(values: readonly T[], key: string): T | null => z.enum(values as [T, ...T[]]).nullable().catch(null).parse(p.get(key) || null);
	return {
		q: (p.get('q') ?? '').slice(0, searchMax),
		theme: one(mapThemes, 'theme'),
		age: one(ageGroupCodes, 'age'),
		neighbourhood: (p.get('neighbourhood') ?? '').trim().slice(0, limits.nameMax) || null,
		language: one(mapLanguages, 'language'),
		free: p.get('free') === 'on',
		openNow: p.get('open') === 'on'
	};
}

const optionalAge = z
	.string()
	.optional()
	.transform((typed, ctx) => {
		const text = typed?.trim() ?? '';
		if (text === '') return null;
		const n = Number(text.replace(',', '.'));
		if (Number.isFinite(n) && n >= 0 && n <= 120) return Math.floor(n);
		ctx.addIssue({ code: 'custom', message: m.socialMap_age_invalid() });
		return z.NEVER;
	});

/** A Dutch postcode, stored as "8011AB"; empty when not given. */
const postcode = z
	.string()
	.optional()
	.transform((typed, ctx) => {
		const text = (typed ?? '').replace(/\s+/g, '').toUpperCase();
		if (text === '') return '';
		if (/^[1-9]\d{3}[A-Z]{2}$/.test(text)) return text;
		ctx.addIssue({ code: 'custom', message: m.socialMap_postcode_invalid() });
		return z.NEVER;
	});

const text = (max: number) => field.optionalText(max).transform((v) => v ?? '');

const dayField = (day: (typeof weekdays)[number]) =>
	z
		.string()
		.optional()
		.transform((typed, ctx) => {
			const hours = parseDayHours(day, typed ?? '');
			if (hours) return hours;
			ctx.addIssue({ code: 'custom', message: m.socialMap_hours_invalid() });
			return z.NEVER;
		});

const choices = <T extends string>(values: readonly T[]) =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
		.pipe(z.array(z.enum(values as [T, ...T[]], { error: () => m.validation_choice() })))
		.transform((list) => [...new Set(list)]);

/** The service form, new and edit alike; keys in the order the form shows them. */
const serviceFields = z.object({
	mapOrganisationId: z
		.string()
		.optional()
		.transform((v) => v || null)
		.pipe(z.uuid({ error: () => m.validation_unknown_item() }).nullable()),
	name: field.text(limits.nameMax),
	description: text(limits.textMax),
	keywords: text(limits.textMax),
	themes: choices(mapThemes),
	minAge: optionalAge,
	maxAge: optionalAge,
	languages: choices(mapLanguages),
	free: field.checkbox(),
	eligibility: text(limits.textMax),
	regionId: z
		.string()
		.optional()
		.transform((v) => v || null)
		.pipe(z.uuid({ error: () => m.validation_unknown_item() }).nullable()),
	locationName: text(limits.nameMax),
	address: text(limits.nameMax),
	postcode,
	city: text(limits.nameMax),
	neighbourhood: text(limits.nameMax),
	hours1: dayField(1),
	hours2: dayField(2),
	hours3: dayField(3),
	hours4: dayField(4),
	hours5: dayField(5),
	hours6: dayField(6),
	hours7: dayField(7),
	contactName: text(limits.nameMax),
	contactRole: text(limits.nameMax),
	contactPhone: text(limits.phoneMax),
	contactEmail: field.optionalEmail().transform((v) => v ?? '')
});

type ServiceOutput = z.output<typeof serviceFields>;

/** The form's seven day fields as one list of openings. */
export function openingHoursOf(s: ServiceOutput): Opening[] {
	return [...s.hours1, ...s.hours2, ...s.hours3, ...s.hours4, ...s.hours5, ...s.hours6, ...s.hours7];
}

const ageOrder = (s: ServiceOutput) => s.minAge === null || s.maxAge === null || s.maxAge >= s.minAge;

/** A new service names its partner organisation: one on the map, or a new one by name. */
export const createServiceSchema = serviceFields
	.extend({ newOrganisationName: text(limits.nameMax), allowDuplicate: field.checkbox() })
	.refine(ageOrder, { path: ['maxAge'], error: () => m.socialMap_age_order() })
	.refine((s) => s.mapOrganisationId !== null || s.newOrganisationName !== '', { path: ['newOrganisationName'], error: () => m.socialMap_organisation_missing() });

export const editServiceSchema = editSchema(serviceFields)
	.refine(ageOrder, { path: ['maxAge'], error: () => m.socialMap_age_order() })
	.refine((s) => s.mapOrganisationId !== null, { path: ['mapOrganisationId'], error: () => m.socialMap_organisation_missing() });

/** The service as the use-case takes it. */
export function serviceInputOf(s: ServiceOutput) {
	const { hours1: _1, hours2: _2, hours3: _3, hours4: _4, hours5: _5, hours6: _6, hours7: _7, mapOrganisationId: _o, ...rest } = s;
	return { ...rest, openingHours: openingHoursOf(s) };
}

/** Repeated fields (themes, languages) are read as lists. */
export const serviceShape = (form: FormData) => ({ ...Object.fromEntries(form), themes: form.getAll('themes'), languages: form.getAll('languages') });

const createFields = serviceFields.extend({ newOrganisationName: text(limits.nameMax), allowDuplicate: field.checkbox() });
export type ServiceFields = FieldsOf<typeof createFields>;
export const serviceConstraints = constraintsOf(createFields);

/** A warm handover: the contact it went to, the resident's initials at most, when to be reminded. */
export const handoverSchema = z.object({
	contactName: field.text(limits.nameMax),
	initials: z
		.string()
		.optional()
		.transform((typed, ctx) => {
			const initials = normaliseInitials(typed ?? '');
			if (initials !== null) return initials;
			ctx.addIssue({ code: 'custom', message: m.socialMap_initials_invalid() });
			return z.NEVER;
		}),
	days: z.enum(['3', '7', '14', '28'], { error: () => m.validation_choice() }).transform(Number)
});
export type HandoverFields = FieldsOf<typeof handoverSchema>;
export const handoverConstraints = constraintsOf(handoverSchema);

/** How a handover went: a line, which closes it. */
export const outcomeLimit = 500;
export const outcomeSchema = editSchema(
	z.object({
		handoverId: field.uuid(),
		outcome: field.text(outcomeLimit)
	})
);
export const outcomeConstraints = constraintsOf(z.object({ outcome: field.text(outcomeLimit) }));

/** The "checked, still right" button: only the version. */
export const verifySchema = editSchema(z.object({ serviceId: field.uuid() }));

/** A partner organisation's details. */
export const partnerSchema = z.object({
	name: field.text(limits.nameMax),
	description: text(limits.textMax),
	website: field.optionalWebLink(limits.urlMax),
	email: field.optionalEmail(),
	phone: field.optionalText(limits.phoneMax)
});
export const editPartnerSchema = editSchema(partnerSchema);
export type PartnerFields = FieldsOf<typeof partnerSchema>;
export const partnerConstraints = constraintsOf(partnerSchema);
