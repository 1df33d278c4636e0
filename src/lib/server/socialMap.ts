import * as m from '$lib/paraglide/messages.js';
import { fromInstant, toInstant } from '../domain/schedule';
import { addDays, format, getISODay, parseISO } from 'date-fns';
import { nextCalmMoment } from '../domain/calmTiming';
import { snapshotOf } from '../domain/changes';
import { addCalendarMonths } from '../domain/retention';
import {
	ageGroups,
	fuzzyText,
	isOpenAt,
	isStale,
	prefixQuery,
	searchWords,
	type AgeGroup,
	type Opening
} from '../domain/socialMap';
import { can, type Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import { listRegions } from './db/repositories/regions';
import {
	closeHandover,
	coordinatorAddresses,
	findHandover,
	findMapOrganisation,
	findService,
	handoversOf,
	insertHandover,
	insertMapOrganisation,
	insertService,
	listMapOrganisations,
	mapNeighbourhoods,
	searchServicesFullText,
	searchServicesFuzzy,
	servicesCheckedBefore,
	similarServices,
	staleCountsPerOrganisation,
	updateService,
	verifyService,
	updateMapOrganisation,
	type MapOrganisationInput,
	type SearchFilters,
	type ServiceInput
} from './db/repositories/socialMap';
import { hasOpenJob } from './db/repositories/retention';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { enqueue } from './jobs/queue';
import type { JobHandler } from './jobs/runner';
import { sendMail } from './mail';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved, type Stale } from './versioning';
import { z } from 'zod';

/*
 * The social map (issue #13 items 4 and 5): who does what, searchable in Dutch; entries checked
 * again after `MAP_STALE_MONTHS`; warm handovers with a reminder to ask how it went.
 */

export interface MapSearch {
	q: string;
	theme: string | null;
	age: AgeGroup | null;
	neighbourhood: string | null;
	language: string | null;
	free: boolean;
	openNow: boolean;
}

/** How many hits a search shows; "open now" is decided on a wider set, then cut to this. */
const shown = 30;
const widened = 300;

export type SearchMode = 'all' | 'fullText' | 'fuzzy';

/**
 * A member's search of the map. The typed text is reduced to words (`searchWords`), each matched
 * as the start of a word after Dutch stemming; nothing found, a typo fallback by trigrams. "Open
 * now" is the pure `isOpenAt` at `now` in Amsterdam.
 */
export async function searchMap(db: Db, actor: Actor, search: MapSearch, now: Date) {
	if (!can.readSocialMap(actor)) return fail('notFound');
	const words = searchWords(search.q);
	const filters: SearchFilters = {
		theme: search.theme,
		ageRange: search.age ? ageGroups[search.age] : null,
		neighbourhood: search.neighbourhood,
		language: search.language,
		free: search.free
	};
	const limit = search.openNow ? widened : shown;
	let mode: SearchMode = words.length ? 'fullText' : 'all';
	let hits = await searchServicesFullText(db, actor.organisationId, words.length ? prefixQuery(words) : null, filters, limit);
	if (words.length && hits.length === 0) {
		mode = 'fuzzy';
		hits = await searchServicesFuzzy(db, actor.organisationId, fuzzyText(words), filters, limit);
	}
	const open = search.openNow ? hits.filter((h) => isOpenAt(h.openingHours, now)) : hits;
	const staleBefore = staleCutoff(now);
	return ok({
		mode,
		words,
		hits: open.slice(0, shown).map((h) => ({ ...h, openNow: isOpenAt(h.openingHours, now), stale: h.verifiedAt < staleBefore })),
		neighbourhoods: await neighbourhoodsOf(db, actor.organisationId, now),
		canEdit: can.editSocialMap(actor),
		canHandOver: can.recordHandover(actor)
	});
}

/**
 * The filter's neighbourhoods, per organisation, kept for a minute in this instance: reading them
 * costs as much as a search over 20,000 services, and a neighbourhood added a minute ago may
 * wait to appear among the choices.
 */
const neighbourhoodCache = new Map<string, { at: number; names: string[] }>();
const neighbourhoodSeconds = 60;

async function neighbourhoodsOf(db: Db, organisationId: string, now: Date): Promise<string[]> {
	const cached = neighbourhoodCache.get(organisationId);
	if (cached && Math.abs(now.getTime() - cached.at) < neighbourhoodSeconds * 1000) return cached.names;
	const names = await mapNeighbourhoods(db, organisationId);
	neighbourhoodCache.set(organisationId, { at: now.getTime(), names });
	return names;
}

const staleCutoff = (now: Date, months = config.mapStaleMonths) => toInstant(addCalendarMonths(fromInstant(now).date, -months), '00:00');

const serviceSnapshot = (s: ServiceInput) =>
	snapshotOf(
		{
			...s,
			themes: [...s.themes].sort().join(','),
			languages: [...s.languages].sort().join(','),
			minAge: s.minAge === null ? '' : String(s.minAge),
			maxAge: s.maxAge === null ? '' : String(s.maxAge),
			free: s.free ? 'yes' : 'no',
			openingHours: JSON.stringify(s.openingHours),
			regionId: s.regionId ?? ''
		},
		['mapOrganisationId', 'regionId', 'name', 'description', 'keywords', 'themes', 'minAge', 'maxAge', 'languages', 'free', 'eligibility', 'locationName', 'address', 'postcode', 'city', 'neighbourhood', 'openingHours', 'contactName', 'contactRole', 'contactPhone', 'contactEmail']
	);

/** A service's page: everything about it, whether it is due for a check, and its version. */
export async function mapServiceFor(db: Db, actor: Actor, id: string, now: Date) {
	if (!can.readSocialMap(actor)) return fail('notFound');
	const service = await findService(db, actor.organisationId, id);
	if (!service) return fail('notFound');
	return ok({
		service,
		stale: isStale(service.verifiedAt, now, config.mapStaleMonths),
		openNow: isOpenAt(service.openingHours, now),
		version: versionToken(service.version, serviceSnapshot(service)),
		canEdit: can.editSocialMap(actor),
		canHandOver: can.recordHandover(actor)
	});
}

const partnerSnapshot = (o: MapOrganisationInput) => snapshotOf({ ...o, website: o.website ?? '', email: o.email ?? '', phone: o.phone ?? '' }, ['name', 'description', 'website', 'email', 'phone']);

/** A partner organisation's edit form: its details and the version they are based on. */
export async function mapPartnerFor(db: Db, actor: Actor, id: string) {
	if (!can.editSocialMap(actor)) return fail('notFound');
	const partner = await findMapOrganisation(db, actor.organisationId, id);
	return partner ? ok({ partner, version: versionToken(partner.version, partnerSnapshot(partner)) }) : fail('notFound');
}

/** Saves a partner organisation's details over the version its form was opened with. */
export async function changeMapPartner(db: Db, actor: Actor, id: string, based: Based, input: MapOrganisationInput): Promise<Saved | NotFound> {
	if (!can.editSocialMap(actor)) return fail('notFound');
	if ((await updateMapOrganisation(db, actor.organisationId, id, based.version, input)) !== null) return ok({});
	const current = await findMapOrganisation(db, actor.organisationId, id);
	return current ? afterConflict(based, partnerSnapshot(current), partnerSnapshot(input)) : fail('notFound');
}

/** What the service form chooses from: the partner organisations and the regions. */
export async function serviceFormChoices(db: Db, actor: Actor) {
	if (!can.editSocialMap(actor)) return fail('notFound');
	return ok({ organisations: await listMapOrganisations(db, actor.organisationId), regions: await listRegions(db, actor.organisationId) });
}

export interface NewServiceInput extends Omit<ServiceInput, 'mapOrganisationId'> {
	/** An existing partner, or null with `newOrganisationName` to add one. */
	mapOrganisationId: string | null;
	newOrganisationName: string;
	/** The coordinator saw the possible duplicates and adds it anyway. */
	allowDuplicate: boolean;
}

export type Similar = { id: string; name: string; providerName: string }[];
export type CreateServiceResult = Result<{ id: string }> | Fail<'duplicate', { similar: Similar }> | Fail<'organisationMissing'> | NotFound;

async function checkedRegion(db: Db, organisationId: string, regionId: string | null): Promise<boolean> {
	if (!regionId) return true;
	return (await listRegions(db, organisationId)).some((r) => r.id === regionId);
}

/**
 * Adds a service (and, when asked, its partner organisation). A service with a much like name at
 * the same postcode is refused as a possible duplicate until the coordinator says it is not.
 */
export async function createService(db: Db, actor: Actor, input: NewServiceInput, now: Date): Promise<CreateServiceResult> {
	if (!can.editSocialMap(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	if (!(await checkedRegion(db, organisationId, input.regionId))) return fail('notFound');
	if (!input.allowDuplicate && input.postcode) {
		const similar = await similarServices(db, organisationId, input.name, input.postcode, null);
		if (similar.length) return fail('duplicate', { similar });
	}
	return withTransaction(db, async (tx): Promise<CreateServiceResult> => {
		let providerId = input.mapOrganisationId;
		if (providerId) {
			if (!(await findMapOrganisation(tx, organisationId, providerId))) return fail('notFound');
		} else {
			if (!input.newOrganisationName.trim()) return fail('organisationMissing');
			providerId = (await insertMapOrganisation(tx, organisationId, { name: input.newOrganisationName.trim(), description: '', website: null, email: null, phone: null })).id;
		}
		const { newOrganisationName: _n, allowDuplicate: _a, ...rest } = input;
		const id = await insertService(tx, organisationId, { ...rest, mapOrganisationId: providerId, verifiedAt: now, verifiedBy: actor.userId });
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'mapService.added', subject: id, payload: { mapOrganisationId: providerId } });
		return ok({ id });
	});
}

/** Saves a service over the version its form was opened with; a save counts as a check. */
export async function changeService(db: Db, actor: Actor, id: string, based: Based, input: ServiceInput, now: Date): Promise<Saved | NotFound> {
	if (!can.editSocialMap(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	if (!(await findMapOrganisation(db, organisationId, input.mapOrganisationId))) return fail('notFound');
	if (!(await checkedRegion(db, organisationId, input.regionId))) return fail('notFound');
	return withTransaction(db, async (tx): Promise<Saved | NotFound> => {
		if ((await updateService(tx, organisationId, id, based.version, input, actor.userId, now)) === null) {
			const current = await findService(tx, organisationId, id);
			return current ? afterConflict(based, serviceSnapshot(current), serviceSnapshot(input)) : fail('notFound');
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'mapService.changed', subject: id, payload: {} });
		return ok({});
	});
}

/** The coordinator checked the entry and it is still right: verified now, by them. */
export async function verifyMapService(db: Db, actor: Actor, id: string, based: Based, now: Date): Promise<Result<Record<string, never>> | Stale | NotFound> {
	if (!can.editSocialMap(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx) => {
		if ((await verifyService(tx, organisationId, id, based.version, actor.userId, now)) === null) {
			const current = await findService(tx, organisationId, id);
			return current ? stale(based, serviceSnapshot(current)) : fail('notFound');
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'mapService.verified', subject: id, payload: {} });
		return ok({});
	});
}

/** The coordinator's list of entries nobody checked for `MAP_STALE_MONTHS` months. */
export async function staleServices(db: Db, actor: Actor, now: Date, months = config.mapStaleMonths) {
	if (!can.editSocialMap(actor)) return fail('notFound');
	const services = await servicesCheckedBefore(db, actor.organisationId, staleCutoff(now, months));
	// The "still right" button is based on the version the list showed; the snapshot is empty, as it changes nothing of the entry.
	return ok({ months, services: services.map((s) => ({ ...s, token: versionToken(s.version, {}) })) });
}

/* The weekly reminder about entries to check */

export const staleReminderJob = 'socialMap.staleReminder';

/** Monday morning of the week after `now`'s, moved to a calm moment (`nextCalmMoment`). */
function nextMonday(now: Date): { date: string; runAt: Date } {
	// Next Monday's date in Amsterdam (a week ahead when it is Monday already).
	let day = addDays(parseISO(fromInstant(now).date), 1);
	while (getISODay(day) !== 1) day = addDays(day, 1);
	const date = format(day, 'yyyy-MM-dd');
	return { date, runAt: nextCalmMoment(toInstant(date, '09:00')) };
}

const staleKey = (date: string) => `${staleReminderJob}:${date}`;

/** At the instance's start: plans the next weekly reminder when none is waiting. */
export async function ensureStaleReminderScheduled(db: Db, now = new Date()): Promise<void> {
	if (await hasOpenJob(db, staleReminderJob)) return;
	const next = nextMonday(now);
	await enqueue(db, { kind: staleReminderJob, organisationId: null, payload: {}, key: staleKey(next.date), runAt: next.runAt, maxAttempts: 3 });
}

/**
 * Mails each organisation's coordinators how many entries wait for a check, with the link to the
 * list; organisations with none get nothing. Returns how many organisations were reminded.
 */
export async function remindStaleEntries(db: Db, now: Date, months = config.mapStaleMonths): Promise<number> {
	let reminded = 0;
	for (const { organisationId, count } of await staleCountsPerOrganisation(db, staleCutoff(now, months))) {
		const to = await coordinatorAddresses(db, organisationId);
		if (!to.length) continue;
		const nl = { locale: 'nl' as const };
		for (const address of to) {
			await sendMail(db, {
				organisationId,
				to: address,
				subject: m.socialMap_staleMailSubject({ count }, nl),
				text: m.socialMap_staleMailBody({ count, months, link: `${config.origin}/map/stale` }, nl)
			});
		}
		reminded += 1;
	}
	return reminded;
}

/** The weekly job: plans next week's first, so a failing run still leaves the next, then reminds. */
export const runStaleReminderJob: JobHandler = async (db) => {
	const now = new Date();
	const next = nextMonday(now);
	await enqueue(db, { kind: staleReminderJob, organisationId: null, payload: {}, key: staleKey(next.date), runAt: next.runAt, maxAttempts: 3 });
	await remindStaleEntries(db, now);
	return { ok: true };
};

/* Warm handovers */

export const handoverReminderJob = 'socialMap.handoverReminder';

/** The reminder's choices, in days after the handover. */
export const reminderDays = [3, 7, 14, 28] as const;

export interface HandoverInput {
	contactName: string;
	initials: string;
	days: number;
}

/**
 * A member records that they brought someone in touch with the service's contact, and is reminded
 * after `days` (at a calm moment) to ask how it went. The resident is at most initials.
 */
export async function recordHandover(db: Db, actor: Actor, serviceId: string, input: HandoverInput, now: Date): Promise<Result<{ id: string; remindAt: Date }> | NotFound> {
	if (!can.recordHandover(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	if (!(await findService(db, organisationId, serviceId))) return fail('notFound');
	const remindAt = nextCalmMoment(new Date(now.getTime() + input.days * 86_400_000));
	return withTransaction(db, async (tx) => {
		const id = await insertHandover(tx, organisationId, { serviceId, memberId: actor.userId, contactName: input.contactName, initials: input.initials, remindAt });
		await enqueue(tx, { kind: handoverReminderJob, organisationId, payload: { organisationId, handoverId: id }, key: `${handoverReminderJob}:${id}`, runAt: remindAt, maxAttempts: 5 });
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'handover.recorded', subject: id, payload: { serviceId } });
		return ok({ id, remindAt });
	});
}

/** The member's own handovers, open first, each with the version its "how did it go" form is based on. */
export async function myHandovers(db: Db, actor: Actor) {
	if (!can.recordHandover(actor)) return fail('notFound');
	const rows = await handoversOf(db, actor.organisationId, actor.userId);
	return ok(rows.map((h) => ({ ...h, token: versionToken(h.version, { outcome: h.outcome ?? '' }) })));
}

/** Notes in a line how the handover went, which closes it. */
export async function noteHandoverOutcome(db: Db, actor: Actor, id: string, based: Based, outcome: string, now: Date): Promise<Saved | NotFound> {
	if (!can.recordHandover(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<Saved | NotFound> => {
		if ((await closeHandover(tx, organisationId, actor.userId, id, based.version, outcome, now)) === null) {
			const current = await findHandover(tx, organisationId, id);
			if (!current || current.memberId !== actor.userId) return fail('notFound');
			return stale(based, { outcome: current.outcome ?? '' });
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'handover.closed', subject: id, payload: {} });
		return ok({});
	});
}

const reminderPayload = z.object({ organisationId: z.uuid(), handoverId: z.uuid() });

/** The reminder: a mail to the member asking how it went, unless they noted it already. */
export const runHandoverReminderJob: JobHandler = async (db, payload) => {
	const parsed = reminderPayload.safeParse(payload);
	if (!parsed.success) return { ok: false, code: 'gone', detail: 'payload is not a handover' };
	const handover = await findHandover(db, parsed.data.organisationId, parsed.data.handoverId);
	if (!handover || handover.closedAt) return { ok: true };
	const nl = { locale: 'nl' as const };
	await sendMail(db, {
		organisationId: parsed.data.organisationId,
		to: handover.memberEmail,
		subject: m.socialMap_handoverMailSubject({}, nl),
		text: m.socialMap_handoverMailBody({ contact: handover.contactName, service: handover.serviceName, link: `${config.origin}/map/handovers` }, nl)
	});
	return { ok: true };
};

export type { Opening };
