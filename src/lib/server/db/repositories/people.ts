import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Background, WorkField } from '../../../domain/vocabularies';
import type { PersonDetails } from '../../../domain/people';
import type { Db } from '../client';
import { person, series, seriesPerson } from '../schema';
import { isUniqueViolation } from './members';
import { claimVersion } from './versions';

export interface PeopleFilter {
	/** Part of the name, any case. */
	name: string | null;
	background: Background | null;
	workField: WorkField | null;
}

/** `%` and `_` typed in a search box are meant literally, not as wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** For a facilitator: whom they may see (mirrors `can.viewPerson`); null for a coordinator. */
export interface PeopleReach {
	userId: string;
	personId: string | null;
	ledSeriesIds: readonly string[];
}

function reachCondition(reach: PeopleReach): SQL {
	const inSeries = (ids: readonly string[]) =>
		sql`exists (select 1 from ${seriesPerson} where ${seriesPerson.personId} = ${person.id} and ${inArray(seriesPerson.seriesId, [...ids])})`;
	const inNoSeries = sql`not exists (select 1 from ${seriesPerson} where ${seriesPerson.personId} = ${person.id})`;
	return or(
		reach.personId ? eq(person.id, reach.personId) : undefined,
		reach.ledSeriesIds.length ? inSeries(reach.ledSeriesIds) : undefined,
		and(eq(person.createdBy, reach.userId), inNoSeries)
	)!;
}

export function listPeople(db: Db, organisationId: string, filter: PeopleFilter, reach: PeopleReach | null = null) {
	const conditions: SQL[] = [eq(person.organisationId, organisationId)];
	if (reach) conditions.push(reachCondition(reach));
	if (filter.name) conditions.push(sql`${person.name} ilike ${likePattern(filter.name)}`);
	if (filter.background) conditions.push(eq(person.background, filter.background));
	if (filter.workField) conditions.push(eq(person.workField, filter.workField));
	return db
		.select({
			id: person.id,
			name: person.name,
			background: person.background,
			workField: person.workField,
			affiliation: person.affiliation,
			// Not whether someone lives in poverty: a list is read over shoulders; the person's page says it.
			experienceExpert: person.experienceExpert,
			leadsGroups: person.leadsGroups
		})
		.from(person)
		.where(and(...conditions))
		.orderBy(asc(person.name), asc(person.id));
}

export async function findPerson(db: Db, organisationId: string, id: string) {
	const rows = await db.select().from(person).where(and(eq(person.organisationId, organisationId), eq(person.id, id)));
	return rows[0] ?? null;
}

/**
 * The answer of a write whose e-mail address another person of the organisation already has: the
 * unique index (`person_org_email_idx`, any case) decides, so two saves at once cannot both keep it.
 */
export const emailTaken = 'emailTaken' as const;

const unlessEmailTaken = (error: unknown): typeof emailTaken => {
	// The person's only unique index besides its random id is the one on the e-mail address.
	if (isUniqueViolation(error)) return emailTaken;
	throw error;
};

/** The new person's id, or `emailTaken`. */
export async function insertPerson(db: Db, organisationId: string, input: PersonDetails, createdBy: string): Promise<string | typeof emailTaken> {
	const rows = await db.insert(person).values({ organisationId, ...input, createdBy }).returning({ id: person.id }).catch(unlessEmailTaken);
	if (rows === emailTaken) return rows;
	if (!rows[0]) throw new Error('person insert returned nothing');
	return rows[0].id;
}

/** Many people at once, for the demo data; their ids in the given order. */
export async function insertPeople(
	db: Db,
	organisationId: string,
	rows: Omit<typeof person.$inferInsert, 'id' | 'organisationId'>[]
): Promise<string[]> {
	const inserted = await db
		.insert(person)
		.values(rows.map((row) => ({ ...row, organisationId })))
		.returning({ id: person.id });
	return inserted.map((r) => r.id);
}

/** Saves `input` only over version `expected` (`claimVersion`); the new version, null, or `emailTaken`. */
export function updatePerson(db: Db, organisationId: string, id: string, expected: number, input: PersonDetails): Promise<number | null | typeof emailTaken> {
	return claimVersion(db, person, 'version', and(eq(person.organisationId, organisationId), eq(person.id, id)), expected, input).catch(unlessEmailTaken);
}

/** The series a person takes part in or leads, within the one organisation. */
export function listSeriesOfPerson(db: Db, organisationId: string, personId: string) {
	return db
		.select({ id: series.id, name: series.name, kind: series.kind, role: seriesPerson.role })
		.from(seriesPerson)
		.innerJoin(series, eq(series.id, seriesPerson.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(seriesPerson.personId, personId)))
		.orderBy(asc(series.name));
}

/** The ids of the series a person is in, for the permission checks on that person. */
export async function seriesIdsOfPerson(db: Db, organisationId: string, personId: string): Promise<string[]> {
	const rows = await db
		.select({ id: seriesPerson.seriesId })
		.from(seriesPerson)
		.innerJoin(series, eq(series.id, seriesPerson.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(seriesPerson.personId, personId)));
	return rows.map((r) => r.id);
}
