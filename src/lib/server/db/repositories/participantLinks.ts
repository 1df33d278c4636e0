import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { meeting, participantLink, person, series, seriesPerson } from '../schema';

/** Revokes the active link of this person in this series (if any), then adds the new one. */
export async function replaceParticipantLink(
	db: Db,
	values: { organisationId: string; seriesId: string; personId: string; tokenHash: string; createdBy: string },
	now: Date
): Promise<{ id: string; revokedId: string | null }> {
	const revoked = await revokeActiveLink(db, values.organisationId, values.seriesId, values.personId, now);
	const [row] = await db.insert(participantLink).values(values).returning({ id: participantLink.id });
	if (!row) throw new Error('participant link insert returned nothing');
	return { id: row.id, revokedId: revoked };
}

export async function revokeActiveLink(db: Db, organisationId: string, seriesId: string, personId: string, now: Date): Promise<string | null> {
	const rows = await db
		.update(participantLink)
		.set({ revokedAt: now })
		.where(
			and(
				eq(participantLink.organisationId, organisationId),
				eq(participantLink.seriesId, seriesId),
				eq(participantLink.personId, personId),
				isNull(participantLink.revokedAt)
			)
		)
		.returning({ id: participantLink.id });
	return rows[0]?.id ?? null;
}

/** Which participants of a series have an active link; the link itself cannot be shown again. */
export async function activeLinkPersonIds(db: Db, organisationId: string, seriesId: string): Promise<Set<string>> {
	const rows = await db
		.select({ personId: participantLink.personId })
		.from(participantLink)
		.where(and(eq(participantLink.organisationId, organisationId), eq(participantLink.seriesId, seriesId), isNull(participantLink.revokedAt)));
	return new Set(rows.map((r) => r.personId));
}

/**
 * Active links, by their token's hash or by their ids, while their person is still a participant of
 * their series: taking someone out of the series closes their link too.
 */
function findActive(db: Db, where: SQL) {
	return db
		.select({ id: participantLink.id, organisationId: participantLink.organisationId, seriesId: participantLink.seriesId, personId: participantLink.personId })
		.from(participantLink)
		.innerJoin(
			seriesPerson,
			and(eq(seriesPerson.seriesId, participantLink.seriesId), eq(seriesPerson.personId, participantLink.personId), eq(seriesPerson.role, 'participant'))
		)
		.where(and(where, isNull(participantLink.revokedAt)));
}

export const findActiveLinkByHash = async (db: Db, tokenHash: string) => (await findActive(db, eq(participantLink.tokenHash, tokenHash)))[0] ?? null;
/** The active ones among `ids`, in no particular order. */
export const findActiveLinksByIds = (db: Db, ids: readonly string[]) => (ids.length ? findActive(db, inArray(participantLink.id, [...ids])) : Promise.resolve([]));

/** What the participant's own page needs: their first name, the series and its meetings. Nobody else. */
export async function participantView(db: Db, organisationId: string, seriesId: string, personId: string) {
	const [found] = await db
		.select({ seriesName: series.name, mode: series.mode, personName: person.name })
		.from(series)
		.innerJoin(person, and(eq(person.id, personId), eq(person.organisationId, organisationId)))
		.where(and(eq(series.id, seriesId), eq(series.organisationId, organisationId)));
	if (!found) return null;
	const meetings = await db.select().from(meeting).where(eq(meeting.seriesId, seriesId)).orderBy(asc(meeting.number));
	return { ...found, meetings };
}
