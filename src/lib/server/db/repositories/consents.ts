import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ConsentEnd, ConsentPurpose, ConsentSource } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { consent, outbox, person, user } from '../schema';

/** A person's consents, oldest first, with the name of whoever wrote each moment down. */
export function consentsOf(db: Db, organisationId: string, personId: string) {
	const withdrawer = sql<string | null>`(select ${user.name} from ${user} where ${user.id} = ${consent.withdrawnRecordedBy})`;
	return db
		.select({
			id: consent.id,
			purpose: consent.purpose,
			wording: consent.wording,
			givenAt: consent.givenAt,
			givenHow: consent.givenHow,
			recordedBy: user.name,
			withdrawnAt: consent.withdrawnAt,
			withdrawnHow: consent.withdrawnHow,
			withdrawnRecordedBy: withdrawer
		})
		.from(consent)
		.leftJoin(user, eq(user.id, consent.recordedBy))
		.where(and(eq(consent.organisationId, organisationId), eq(consent.personId, personId)))
		.orderBy(asc(consent.givenAt), asc(consent.id));
}

export type ConsentRow = Awaited<ReturnType<typeof consentsOf>>[number];

/**
 * Records consents for a person the caller checked; a purpose already in force stays as it was
 * (the unique index decides, so two saves at once record it once). The purposes newly recorded.
 */
export async function insertConsents(
	db: Db,
	organisationId: string,
	personId: string,
	purposes: readonly ConsentPurpose[],
	how: ConsentSource,
	recordedBy: string | null,
	wording: string,
	at: Date
): Promise<ConsentPurpose[]> {
	if (purposes.length === 0) return [];
	const rows = await db
		.insert(consent)
		.values(purposes.map((purpose) => ({ organisationId, personId, purpose, wording, givenHow: how, recordedBy, givenAt: at })))
		.onConflictDoNothing()
		.returning({ purpose: consent.purpose });
	return rows.map((r) => r.purpose);
}

/** Ends the consents in force of `purposes` (all when null); the purposes that were in force. */
export async function withdrawConsents(
	db: Db,
	organisationId: string,
	personId: string,
	purposes: readonly ConsentPurpose[] | null,
	how: ConsentEnd,
	recordedBy: string | null,
	at: Date
): Promise<ConsentPurpose[]> {
	const rows = await db
		.update(consent)
		.set({ withdrawnAt: at, withdrawnHow: how, withdrawnRecordedBy: recordedBy })
		.where(
			and(
				eq(consent.organisationId, organisationId),
				eq(consent.personId, personId),
				isNull(consent.withdrawnAt),
				purposes ? sql`${consent.purpose} in (${sql.join(purposes.map((p) => sql`${p}`), sql`, `)})` : undefined
			)
		)
		.returning({ purpose: consent.purpose });
	return rows.map((r) => r.purpose);
}

/**
 * Writes the details a withdrawn consent takes away over whatever version is stored, and moves the
 * version on, so an edit form opened before is refused as stale instead of putting them back.
 */
export async function clearPersonDetails(
	db: Db,
	organisationId: string,
	personId: string,
	cleared: Partial<Pick<typeof person.$inferInsert, 'email' | 'phone' | 'livedExperience' | 'experienceExpert'>>
): Promise<void> {
	await db
		.update(person)
		.set({ ...cleared, version: sql`${person.version} + 1` })
		.where(and(eq(person.organisationId, organisationId), eq(person.id, personId)));
}

/** Mail not yet sent to an address nobody may use any more; the number removed. */
export async function deleteUnsentMailTo(db: Db, organisationId: string, email: string): Promise<number> {
	const rows = await db
		.delete(outbox)
		.where(and(eq(outbox.organisationId, organisationId), isNull(outbox.sentAt), sql`lower(${outbox.recipient}) = ${email.toLowerCase()}`))
		.returning({ id: outbox.id });
	return rows.length;
}

/**
 * Turns a consent from before the register into the one the person now confirmed: when, how and
 * by whom it was written down. Whether anything was confirmed.
 */
export async function confirmConsent(
	db: Db,
	organisationId: string,
	personId: string,
	purpose: ConsentPurpose,
	how: ConsentSource,
	recordedBy: string | null,
	wording: string,
	at: Date
): Promise<boolean> {
	const rows = await db
		.update(consent)
		.set({ givenHow: how, givenAt: at, recordedBy, wording })
		.where(
			and(
				eq(consent.organisationId, organisationId),
				eq(consent.personId, personId),
				eq(consent.purpose, purpose),
				eq(consent.givenHow, 'beforeRegister'),
				isNull(consent.withdrawnAt)
			)
		)
		.returning({ id: consent.id });
	return rows.length > 0;
}
