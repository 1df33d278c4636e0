import { and, asc, desc, eq, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { ServiceDetails } from '../../../domain/socialMap';
import type { Db } from '../client';
import { mapOrganisation, mapService, membership, user, warmHandover } from '../schema';
import { claimVersion } from './versions';

/*
 * The social map's queries (issue #13): partner organisations, their services, the Dutch search,
 * duplicates, entries to check again, warm handovers. Always within one organisation.
 */

export interface MapOrganisationInput {
	name: string;
	description: string;
	website: string | null;
	email: string | null;
	phone: string | null;
}

export type ServiceInput = ServiceDetails;

export const listMapOrganisations = (db: Db, organisationId: string) =>
	db.select().from(mapOrganisation).where(eq(mapOrganisation.organisationId, organisationId)).orderBy(asc(mapOrganisation.name), asc(mapOrganisation.id));

export async function findMapOrganisation(db: Db, organisationId: string, id: string) {
	const [row] = await db.select().from(mapOrganisation).where(and(eq(mapOrganisation.organisationId, organisationId), eq(mapOrganisation.id, id)));
	return row ?? null;
}

export async function insertMapOrganisation(db: Db, organisationId: string, input: MapOrganisationInput & { externalId?: string }) {
	const [row] = await db.insert(mapOrganisation).values({ organisationId, ...input }).returning();
	return row!;
}

/** Saves a partner organisation's details only over version `expected`. */
export function updateMapOrganisation(db: Db, organisationId: string, id: string, expected: number, input: MapOrganisationInput) {
	return claimVersion(db, mapOrganisation, 'version', and(eq(mapOrganisation.organisationId, organisationId), eq(mapOrganisation.id, id)), expected, input);
}

const serviceColumns = {
	id: mapService.id,
	mapOrganisationId: mapService.mapOrganisationId,
	regionId: mapService.regionId,
	name: mapService.name,
	description: mapService.description,
	keywords: mapService.keywords,
	themes: mapService.themes,
	minAge: mapService.minAge,
	maxAge: mapService.maxAge,
	languages: mapService.languages,
	free: mapService.free,
	eligibility: mapService.eligibility,
	locationName: mapService.locationName,
	address: mapService.address,
	postcode: mapService.postcode,
	city: mapService.city,
	neighbourhood: mapService.neighbourhood,
	openingHours: mapService.openingHours,
	contactName: mapService.contactName,
	contactRole: mapService.contactRole,
	contactPhone: mapService.contactPhone,
	contactEmail: mapService.contactEmail,
	verifiedAt: mapService.verifiedAt,
	verifiedBy: mapService.verifiedBy,
	version: mapService.version,
	providerName: mapOrganisation.name
};

export type ServiceRow = Awaited<ReturnType<typeof findService>> & object;

export async function findService(db: Db, organisationId: string, id: string) {
	const [row] = await db
		.select({ ...serviceColumns, verifierName: user.name, providerWebsite: mapOrganisation.website })
		.from(mapService)
		.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
		.leftJoin(user, eq(user.id, mapService.verifiedBy))
		.where(and(eq(mapService.organisationId, organisationId), eq(mapService.id, id)));
	return row ?? null;
}

/** A service's provider must be one of the organisation's own partners. */
export async function insertService(db: Db, organisationId: string, input: ServiceInput & { externalId?: string; verifiedAt?: Date; verifiedBy: string | null }) {
	const [row] = await db.insert(mapService).values({ organisationId, ...input }).returning({ id: mapService.id });
	return row!.id;
}

/** Saves `input` only over version `expected`; an edit counts as a check of the entry. */
export function updateService(db: Db, organisationId: string, id: string, expected: number, input: ServiceInput, verifiedBy: string, now: Date) {
	return claimVersion(db, mapService, 'version', and(eq(mapService.organisationId, organisationId), eq(mapService.id, id)), expected, {
		...input,
		verifiedAt: now,
		verifiedBy
	});
}

/** Marks the entry checked now by `userId`, over the version the page showed. */
export function verifyService(db: Db, organisationId: string, id: string, expected: number, userId: string, now: Date) {
	return claimVersion(db, mapService, 'version', and(eq(mapService.organisationId, organisationId), eq(mapService.id, id)), expected, {
		verifiedAt: now,
		verifiedBy: userId
	});
}

export interface SearchFilters {
	theme: string | null;
	ageRange: readonly [number, number] | null;
	neighbourhood: string | null;
	language: string | null;
	free: boolean;
}

function filterConditions(organisationId: string, f: SearchFilters): SQL[] {
	const where: SQL[] = [eq(mapService.organisationId, organisationId)];
	if (f.theme) where.push(sql`${mapService.themes} @> array[${f.theme}]::text[]`);
	if (f.language) where.push(sql`${mapService.languages} @> array[${f.language}]::text[]`);
	if (f.neighbourhood) where.push(sql`lower(${mapService.neighbourhood}) = lower(${f.neighbourhood})`);
	if (f.free) where.push(eq(mapService.free, true));
	if (f.ageRange) {
		where.push(sql`coalesce(${mapService.minAge}, 0) <= ${f.ageRange[1]}`);
		where.push(sql`coalesce(${mapService.maxAge}, 200) >= ${f.ageRange[0]}`);
	}
	return where;
}

const hitColumns = {
	id: mapService.id,
	name: mapService.name,
	// Aliased: the ranked subquery below would otherwise have two columns called "name".
	providerName: sql<string>`${mapOrganisation.name}`.as('provider_name'),
	description: mapService.description,
	themes: mapService.themes,
	neighbourhood: mapService.neighbourhood,
	city: mapService.city,
	free: mapService.free,
	minAge: mapService.minAge,
	maxAge: mapService.maxAge,
	openingHours: mapService.openingHours,
	verifiedAt: mapService.verifiedAt
};

const headlineOptions = `StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Services whose text holds every word as the start of a word (after Dutch stemming without
 * accents: "schulden" finds "schuldhulpverlening"), best first by `ts_rank` (name and keywords
 * weigh most), with an excerpt marked by `ts_headline`. `prefix` is made by `prefixQuery` from
 * sanitised words only. Without words, every service in name order.
 */
export async function searchServicesFullText(db: Db, organisationId: string, prefix: string | null, filters: SearchFilters, limit: number) {
	const where = filterConditions(organisationId, filters);
	if (!prefix) {
		const rows = await db
			.select({ ...hitColumns, excerpt: sql<string>`left(${mapService.description}, 200)` })
			.from(mapService)
			.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
			.where(and(...where))
			.orderBy(asc(mapService.name), asc(mapService.id))
			.limit(limit);
		return rows;
	}
	// Each word as the start of a stemmed word, or (OR) each word as typed as the start of a word:
	// "huur" stems to "hur", which starts no compound; unstemmed "huur:*" finds "huurteam".
	const query = sql`(to_tsquery('sd_dutch'::regconfig, ${prefix}) || to_tsquery('sd_simple'::regconfig, ${prefix}))`;
	const ranked = db
		.select({ ...hitColumns, rank: sql<number>`ts_rank(${mapService.search}, ${query})`.as('rank') })
		.from(mapService)
		.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
		.where(and(...where, sql`${mapService.search} @@ ${query}`))
		.orderBy(sql`rank desc`, asc(mapService.name), asc(mapService.id))
		.limit(limit)
		.as('ranked');
	// The excerpt is made for the few rows shown only: ts_headline reads the whole text again.
	return db
		.select({
			id: ranked.id,
			name: ranked.name,
			providerName: ranked.providerName,
			description: ranked.description,
			themes: ranked.themes,
			neighbourhood: ranked.neighbourhood,
			city: ranked.city,
			free: ranked.free,
			minAge: ranked.minAge,
			maxAge: ranked.maxAge,
			openingHours: ranked.openingHours,
			verifiedAt: ranked.verifiedAt,
			excerpt: sql<string>`ts_headline('sd_dutch'::regconfig, ${ranked.description}, ${query}, ${headlineOptions})`
		})
		.from(ranked)
		.orderBy(sql`${ranked.rank} desc`, asc(ranked.name), asc(ranked.id));
}

/**
 * The typo fallback: services whose name or keywords hold a word much like `text` (pg_trgm's word
 * similarity), most alike first: the GiST trigram index orders by distance (`<<->`) itself.
 */
export function searchServicesFuzzy(db: Db, organisationId: string, text: string, filters: SearchFilters, limit: number) {
	const where = filterConditions(organisationId, filters);
	return db
		.select({ ...hitColumns, excerpt: sql<string>`left(${mapService.description}, 200)` })
		.from(mapService)
		.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
		.where(and(...where, sql`${text} <% ${mapService.fuzzy}`))
		.orderBy(sql`${text} <<-> ${mapService.fuzzy}`, asc(mapService.name), asc(mapService.id))
		.limit(limit);
}

/** Services much like a new one: a similar name (trigrams) at the same postcode. */
export function similarServices(db: Db, organisationId: string, name: string, postcode: string, exceptId: string | null) {
	const where: SQL[] = [eq(mapService.organisationId, organisationId), eq(mapService.postcode, postcode), sql`similarity(lower(${mapService.name}), lower(${name})) >= 0.45`];
	if (exceptId) where.push(sql`${mapService.id} <> ${exceptId}`);
	return db
		.select({ id: mapService.id, name: mapService.name, providerName: mapOrganisation.name })
		.from(mapService)
		.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
		.where(and(...where))
		.orderBy(asc(mapService.name))
		.limit(5);
}

/** The neighbourhoods named on the map, for the filter. */
export async function mapNeighbourhoods(db: Db, organisationId: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ n: mapService.neighbourhood })
		.from(mapService)
		.where(and(eq(mapService.organisationId, organisationId), sql`${mapService.neighbourhood} <> ''`))
		.orderBy(asc(mapService.neighbourhood));
	return rows.map((r) => r.n);
}

/** Services nobody checked since `before`, longest ago first. */
export function servicesCheckedBefore(db: Db, organisationId: string, before: Date) {
	return db
		.select({ id: mapService.id, name: mapService.name, providerName: mapOrganisation.name, verifiedAt: mapService.verifiedAt, verifierName: user.name, version: mapService.version })
		.from(mapService)
		.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
		.leftJoin(user, eq(user.id, mapService.verifiedBy))
		.where(and(eq(mapService.organisationId, organisationId), lt(mapService.verifiedAt, before)))
		.orderBy(asc(mapService.verifiedAt), asc(mapService.id));
}

/** Per organisation, how many services nobody checked since `before`. */
export function staleCountsPerOrganisation(db: Db, before: Date) {
	return db
		.select({ organisationId: mapService.organisationId, count: sql<number>`count(*)::int` })
		.from(mapService)
		.where(lt(mapService.verifiedAt, before))
		.groupBy(mapService.organisationId);
}

/** The coordinators' addresses, for the reminder about entries to check. */
export async function coordinatorAddresses(db: Db, organisationId: string): Promise<string[]> {
	const rows = await db
		.select({ email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(membership.role, 'coordinator')))
		.orderBy(asc(user.email));
	return rows.map((r) => r.email);
}

/** Everything the map holds, for the export: partners and their services, in a fixed order. */
export async function wholeMap(db: Db, organisationId: string) {
	const organisations = await listMapOrganisations(db, organisationId);
	const services = await db
		.select()
		.from(mapService)
		.where(eq(mapService.organisationId, organisationId))
		.orderBy(asc(mapService.name), asc(mapService.id));
	return { organisations, services };
}

/** The HSDS ids on this organisation's map (an imported row's own, else its id), to refuse an import repeating them. */
export async function mapIdsOf(db: Db, organisationId: string): Promise<Set<string>> {
	const a = await db
		.select({ id: sql<string>`coalesce(${mapOrganisation.externalId}, ${mapOrganisation.id})::text` })
		.from(mapOrganisation)
		.where(eq(mapOrganisation.organisationId, organisationId));
	const b = await db
		.select({ id: sql<string>`coalesce(${mapService.externalId}, ${mapService.id})::text` })
		.from(mapService)
		.where(eq(mapService.organisationId, organisationId));
	return new Set([...a, ...b].map((r) => r.id));
}

/* Warm handovers */

export async function insertHandover(
	db: Db,
	organisationId: string,
	input: { serviceId: string; memberId: string; contactName: string; initials: string; remindAt: Date }
): Promise<string> {
	const [row] = await db.insert(warmHandover).values({ organisationId, ...input }).returning({ id: warmHandover.id });
	return row!.id;
}

/** A member's handovers: open ones first (the soonest reminder first), then the closed ones. */
export function handoversOf(db: Db, organisationId: string, memberId: string) {
	return db
		.select({
			id: warmHandover.id,
			serviceId: warmHandover.serviceId,
			serviceName: mapService.name,
			providerName: mapOrganisation.name,
			contactName: warmHandover.contactName,
			initials: warmHandover.initials,
			remindAt: warmHandover.remindAt,
			outcome: warmHandover.outcome,
			closedAt: warmHandover.closedAt,
			createdAt: warmHandover.createdAt,
			version: warmHandover.version
		})
		.from(warmHandover)
		.innerJoin(mapService, eq(mapService.id, warmHandover.serviceId))
		.innerJoin(mapOrganisation, eq(mapOrganisation.id, mapService.mapOrganisationId))
		.where(and(eq(warmHandover.organisationId, organisationId), eq(warmHandover.memberId, memberId)))
		.orderBy(sql`${warmHandover.closedAt} is not null`, asc(warmHandover.remindAt), desc(warmHandover.createdAt))
		.limit(200);
}

/** One handover of the member, with what its reminder mail needs. */
export async function findHandover(db: Db, organisationId: string, id: string) {
	const [row] = await db
		.select({
			id: warmHandover.id,
			memberId: warmHandover.memberId,
			memberEmail: user.email,
			serviceName: mapService.name,
			contactName: warmHandover.contactName,
			closedAt: warmHandover.closedAt,
			version: warmHandover.version,
			outcome: warmHandover.outcome
		})
		.from(warmHandover)
		.innerJoin(mapService, eq(mapService.id, warmHandover.serviceId))
		.innerJoin(user, eq(user.id, warmHandover.memberId))
		.where(and(eq(warmHandover.organisationId, organisationId), eq(warmHandover.id, id)));
	return row ?? null;
}

/** Notes how it went and closes the handover, over the version the page showed, for its own member only. */
export function closeHandover(db: Db, organisationId: string, memberId: string, id: string, expected: number, outcome: string, now: Date) {
	return claimVersion(
		db,
		warmHandover,
		'version',
		and(eq(warmHandover.organisationId, organisationId), eq(warmHandover.memberId, memberId), eq(warmHandover.id, id)),
		expected,
		{ outcome, closedAt: now }
	);
}

/** Open handovers whose reminder is due by `now` (for tests and the page). */
export function dueHandovers(db: Db, organisationId: string, now: Date) {
	return db
		.select({ id: warmHandover.id })
		.from(warmHandover)
		.where(and(eq(warmHandover.organisationId, organisationId), isNull(warmHandover.closedAt), lte(warmHandover.remindAt, now)));
}
