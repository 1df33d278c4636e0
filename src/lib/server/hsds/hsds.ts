import { createHash } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { schemaProblem, type HsdsProblem } from '../../domain/hsdsProblem';
import { fromInstant } from '../../domain/schedule';
import { isMapLanguage, isMapTheme, weekdays, type Opening, type ServiceDetails, type Weekday } from '../../domain/socialMap';
import organizationSchema from './schema/organization.json';

/*
 * The social map as Open Referral HSDS 3.0 (issue #13 item 6): one `organization` object per
 * partner, its services nested with their location (`service_at_locations`), contact, phones,
 * schedules, languages and cost, as the compiled schema `schema/organization.json` (CC BY-SA 4.0,
 * see NOTICE.md) describes it. A file is `{ "organizations": [ … ] }`.
 *
 * Our own fields HSDS has no place for travel as attributes: themes as taxonomy terms of the
 * taxonomy `samen-doorbreken:theme`, the search keywords as one attribute's value. Ids of the
 * nested objects are derived from the service's id, so exporting twice gives the same file.
 *
 * Times: HSDS's `schedule.timezone` is a UTC offset (a number), not a zone name, and Amsterdam's
 * offset changes with summer time. We write opening times as Amsterdam wall-clock times with
 * `timezone: 1` (standard time) and read times with offset 1 or 2, or none, as Amsterdam wall-clock
 * times; another offset is shifted to Amsterdam standard time.
 */

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let validator: ValidateFunction | null = null;

/** Compiled once, on first use (the schema is large: about a second). */
function validateOrganization(): ValidateFunction {
	if (!validator) {
		const ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		validator = ajv.compile(organizationSchema);
	}
	return validator;
}

export const themeTaxonomy = 'samen-doorbreken:theme';
export const keywordsTaxonomy = 'samen-doorbreken:keywords';

export interface MapOrganisationData {
	id: string;
	name: string;
	description: string;
	website: string | null;
	email: string | null;
	phone: string | null;
}

/** A service as the exchange reads and writes it: its details (the region is ours alone, not HSDS's), id and last check. */
export interface MapServiceData extends Omit<ServiceDetails, 'regionId'> {
	id: string;
	verifiedAt: Date;
}

/** A stable id for a nested object: a UUID made from its owner's id and what it is. */
export function derivedId(owner: string, part: string): string {
	const h = createHash('sha1').update(`${owner}:${part}`).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

type Json = Record<string, unknown>;

function serviceToHsds(s: MapServiceData): Json {
	const out: Json = {
		id: s.id,
		organization_id: s.mapOrganisationId,
		name: s.name,
		description: s.description,
		status: 'active',
		eligibility_description: s.eligibility,
		assured_date: fromInstant(s.verifiedAt).date
	};
	if (s.minAge !== null) out.minimum_age = s.minAge;
	if (s.maxAge !== null) out.maximum_age = s.maxAge;
	out.languages = s.languages.map((code) => ({ id: derivedId(s.id, `language:${code}`), service_id: s.id, code }));
	out.cost_options = s.free ? [{ id: derivedId(s.id, 'cost:free'), service_id: s.id, option: 'free', amount: 0, currency: 'EUR' }] : [];
	out.schedules = s.openingHours.map((o) => ({
		id: derivedId(s.id, `schedule:${o.day}:${o.opens}`),
		service_id: s.id,
		freq: 'WEEKLY',
		wkst: 'MO',
		byday: dayCodes[o.day - 1],
		opens_at: o.opens,
		closes_at: o.closes,
		timezone: 1
	}));
	const attributes: Json[] = s.themes.map((theme) => ({
		id: derivedId(s.id, `theme:${theme}`),
		link_id: s.id,
		link_type: 'service',
		link_entity: 'service',
		taxonomy_term: { id: derivedId(themeTaxonomy, theme), code: theme, name: theme, description: theme, taxonomy: themeTaxonomy }
	}));
	if (s.keywords) {
		attributes.push({
			id: derivedId(s.id, 'keywords'),
			link_id: s.id,
			link_type: 'service',
			link_entity: 'service',
			value: s.keywords,
			taxonomy_term: { id: derivedId(keywordsTaxonomy, 'keywords'), code: 'keywords', name: 'keywords', description: 'keywords', taxonomy: keywordsTaxonomy }
		});
	}
	out.attributes = attributes;
	const hasContact = s.contactName || s.contactRole || s.contactEmail || s.contactPhone;
	out.contacts = hasContact
		? [
				{
					id: derivedId(s.id, 'contact'),
					service_id: s.id,
					name: s.contactName,
					title: s.contactRole,
					...(s.contactEmail ? { email: s.contactEmail } : {}),
					phones: s.contactPhone ? [{ id: derivedId(s.id, 'contact:phone'), number: s.contactPhone }] : []
				}
			]
		: [];
	const hasLocation = s.locationName || s.address || s.postcode || s.city || s.neighbourhood;
	if (hasLocation) {
		const locationId = derivedId(s.id, 'location');
		out.service_at_locations = [
			{
				id: derivedId(s.id, 'service_at_location'),
				service_id: s.id,
				location_id: locationId,
				location: {
					id: locationId,
					location_type: 'physical',
					organization_id: s.mapOrganisationId,
					name: s.locationName,
					addresses: [
						{
							id: derivedId(s.id, 'address'),
							location_id: locationId,
							address_1: s.address,
							city: s.city,
							region: s.neighbourhood,
							state_province: '',
							postal_code: s.postcode,
							country: 'NL',
							address_type: 'physical'
						}
					]
				}
			}
		];
	} else out.service_at_locations = [];
	return out;
}

/** The whole map as an HSDS document; the same map gives the same text. */
export function mapToHsds(organisations: MapOrganisationData[], services: MapServiceData[]): { organizations: Json[] } {
	return {
		organizations: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			description: o.description,
			...(o.website ? { website: o.website } : {}),
			...(o.email ? { email: o.email } : {}),
			phones: o.phone ? [{ id: derivedId(o.id, 'phone'), organization_id: o.id, number: o.phone }] : [],
			services: services.filter((s) => s.mapOrganisationId === o.id).map(serviceToHsds)
		}))
	};
}

/* Reading a file */

export interface RecordReport {
	/** Position in the file (1-based), and the record's id and name when it has them. */
	index: number;
	id: string | null;
	name: string | null;
	ok: boolean;
	/** What is wrong, in the file's order: where (a JSON path in the record) and what, as a code the page words. */
	problems: HsdsProblem[];
}

/** A service as read from a file; without `assured_date` it counts as checked at the import. */
export type ImportedService = Omit<MapServiceData, 'verifiedAt'> & { verifiedAt: Date | null };

export type Parsed =
	| { ok: true; organisations: MapOrganisationData[]; services: ImportedService[]; reports: RecordReport[] }
	| { ok: false; notHsds: true; reports: [] }
	| { ok: false; notHsds: false; reports: RecordReport[] };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : []);

/** Ages in whole years: a minimum of 4.5 is 4 (who is 4.5 is 4 in years), a maximum likewise. */
const age = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 130 ? Math.floor(v) : null);

function readTime(time: unknown, offset: unknown): string | null {
	const match = /^([01]\d|2[0-4]):([0-5]\d)(?::[0-5]\d)?(Z|[+-]\d{2}:?\d{2})?$/.exec(str(time));
	if (!match) return null;
	let minutes = Number(match[1]) * 60 + Number(match[2]);
	// A UTC offset other than Amsterdam's own two is moved to Amsterdam standard time (+1).
	const suffix = match[3];
	let hours = typeof offset === 'number' ? offset : null;
	if (suffix) hours = suffix === 'Z' ? 0 : Number(suffix.slice(0, 3)) + Math.sign(Number(suffix.slice(0, 3)) || 1) * Number(suffix.slice(-2)) / 60;
	if (hours !== null && hours !== 1 && hours !== 2) minutes += (1 - hours) * 60;
	minutes = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function readSchedules(schedules: Json[], problems: HsdsProblem[], path: string): Opening[] {
	const out: Opening[] = [];
	for (const [i, s] of schedules.entries()) {
		const days = str(s.byday).split(',').map((d) => d.trim().toUpperCase()).filter(Boolean);
		const opens = readTime(s.opens_at, s.timezone);
		const closes = readTime(s.closes_at, s.timezone);
		if (!days.length || !opens || !closes || closes <= opens || (s.freq !== undefined && s.freq !== 'WEEKLY')) {
			problems.push({ path: `${path}/schedules/${i}`, code: 'schedule' });
			continue;
		}
		for (const d of days) {
			const index = dayCodes.indexOf(d as (typeof dayCodes)[number]);
			if (index < 0) problems.push({ path: `${path}/schedules/${i}/byday`, code: 'weekday', params: { value: d.slice(0, 20) } });
			else out.push({ day: weekdays[index] as Weekday, opens, closes });
		}
	}
	return out.sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
}

/** Our own limits on top of the schema: what our forms would refuse is refused here too. */
const nameMax = 120;
const textMax = 2000;

/**
 * Reads an HSDS document: every organization checked against the official schema and our own
 * rules, each with a report. `ok` only when every record passed: an import is all or nothing.
 * `knownIds` are the ids already on this organisation's map.
 */
export function readHsds(input: unknown, knownIds: ReadonlySet<string>): Parsed {
	if (!input || typeof input !== 'object' || Array.isArray(input) || !Array.isArray((input as Json).organizations)) return { ok: false, notHsds: true, reports: [] };
	const records = (input as Json).organizations as unknown[];
	const validate = validateOrganization();
	const seen = new Set<string>();
	const reports: RecordReport[] = [];
	const organisations: MapOrganisationData[] = [];
	const services: ImportedService[] = [];
	for (const [i, record] of records.entries()) {
		const r = record && typeof record === 'object' && !Array.isArray(record) ? (record as Json) : null;
		const problems: HsdsProblem[] = [];
		const report: RecordReport = { index: i + 1, id: r && typeof r.id === 'string' ? r.id.slice(0, 60) : null, name: r && typeof r.name === 'string' ? r.name.slice(0, nameMax) : null, ok: false, problems };
		reports.push(report);
		if (!r) {
			problems.push({ path: '/', code: 'notObject' });
			continue;
		}
		if (!validate(r)) {
			problems.push(...(validate.errors ?? []).slice(0, 20).map(schemaProblem));
			continue;
		}
		const ids = [{ path: '/id', id: str(r.id) }, ...arr(r.services).map((s, j) => ({ path: `/services/${j}/id`, id: str(s.id) }))];
		for (const { path, id } of ids) {
			if (seen.has(id)) problems.push({ path, code: 'duplicateId', params: { id } });
			else if (knownIds.has(id)) problems.push({ path, code: 'idOnMap', params: { id } });
			seen.add(id);
		}
		if (!str(r.name).trim() || str(r.name).length > nameMax) problems.push({ path: '/name', code: 'name', params: { max: nameMax } });
		const phone = arr(r.phones)[0];
		const organisation: MapOrganisationData = {
			id: str(r.id),
			name: str(r.name).trim(),
			description: str(r.description).slice(0, textMax),
			website: str(r.website) || null,
			email: str(r.email) || null,
			phone: phone ? str(phone.number) || null : null
		};
		const mine: ImportedService[] = [];
		for (const [j, s] of arr(r.services).entries()) {
			const path = `/services/${j}`;
			if (s.organization_id !== undefined && s.organization_id !== r.id) problems.push({ path: `${path}/organization_id`, code: 'otherOrganization' });
			if (!str(s.name).trim() || str(s.name).length > nameMax) problems.push({ path: `${path}/name`, code: 'name', params: { max: nameMax } });
			if (str(s.description).length > textMax) problems.push({ path: `${path}/description`, code: 'textTooLong', params: { max: textMax } });
			const minAge = age(s.minimum_age);
			const maxAge = age(s.maximum_age);
			if (s.minimum_age !== undefined && minAge === null) problems.push({ path: `${path}/minimum_age`, code: 'age', params: { min: 0, max: 130 } });
			if (s.maximum_age !== undefined && maxAge === null) problems.push({ path: `${path}/maximum_age`, code: 'age', params: { min: 0, max: 130 } });
			if (minAge !== null && maxAge !== null && maxAge < minAge) problems.push({ path: `${path}/maximum_age`, code: 'maxAgeBelowMin' });
			const attributes = arr(s.attributes);
			const themes = attributes
				.map((a) => (a.taxonomy_term && typeof a.taxonomy_term === 'object' ? (a.taxonomy_term as Json) : null))
				.filter((t): t is Json => !!t && t.taxonomy === themeTaxonomy)
				.map((t) => str(t.code))
				.filter(isMapTheme);
			const keywords = attributes.find((a) => a.taxonomy_term && (a.taxonomy_term as Json).taxonomy === keywordsTaxonomy);
			const location = arr(s.service_at_locations)
				.map((sal) => (sal.location && typeof sal.location === 'object' ? (sal.location as Json) : null))
				.find((l) => l);
			const address = location ? arr(location.addresses)[0] : undefined;
			const contact = arr(s.contacts)[0];
			const assured = str(s.assured_date);
			const verifiedAt = /^\d{4}-\d{2}-\d{2}$/.test(assured) && !Number.isNaN(Date.parse(`${assured}T12:00:00Z`)) ? new Date(`${assured}T12:00:00Z`) : null;
			if (assured && !verifiedAt) problems.push({ path: `${path}/assured_date`, code: 'date' });
			mine.push({
				id: str(s.id),
				mapOrganisationId: organisation.id,
				name: str(s.name).trim(),
				description: str(s.description),
				keywords: keywords ? str(keywords.value).slice(0, textMax) : '',
				themes: [...new Set(themes)],
				minAge,
				maxAge,
				languages: [...new Set(arr(s.languages).map((l) => str(l.code).toLowerCase()).filter(isMapLanguage))],
				free: arr(s.cost_options).some((c) => c.amount === 0 || str(c.option).toLowerCase() === 'free'),
				eligibility: str(s.eligibility_description).slice(0, textMax),
				locationName: location ? str(location.name).slice(0, nameMax) : '',
				address: address ? str(address.address_1).slice(0, nameMax) : '',
				postcode: address ? str(address.postal_code).replace(/\s+/g, '').toUpperCase().slice(0, 10) : '',
				city: address ? str(address.city).slice(0, nameMax) : '',
				neighbourhood: address ? str(address.region).slice(0, nameMax) : '',
				openingHours: readSchedules(arr(s.schedules), problems, path),
				contactName: contact ? str(contact.name).slice(0, nameMax) : '',
				contactRole: contact ? str(contact.title).slice(0, nameMax) : '',
				contactPhone: contact ? str(arr(contact.phones)[0]?.number).slice(0, 30) : '',
				contactEmail: contact ? str(contact.email).slice(0, 254) : '',
				verifiedAt
			});
		}
		if (problems.length) continue;
		report.ok = true;
		organisations.push(organisation);
		services.push(...mine);
	}
	if (!records.length) return { ok: false, notHsds: false, reports: [] };
	if (reports.some((r) => !r.ok)) return { ok: false, notHsds: false, reports };
	return { ok: true, organisations, services, reports };
}
