import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { MemberRole } from '../../../domain/vocabularies';
import { account, membership, organisation, person, seriesPerson, session, user } from '../schema';
import { claimVersion } from './versions';
import { logoVersion } from './organisations';

export async function anyOrganisationExists(db: Db): Promise<boolean> {
	const rows = await db.select({ id: organisation.id }).from(organisation).limit(1);
	return rows.length > 0;
}

export async function insertMembership(db: Db, organisationId: string, userId: string, role: MemberRole): Promise<void> {
	await db.insert(membership).values({ organisationId, userId, role });
}

/** A user with a password account the way better-auth stores one (credential provider), and their membership. */
export async function insertAccountWithMembership(
	db: Db,
	organisationId: string,
	input: { userId: string; accountId: string; name: string; email: string; passwordHash: string; role: MemberRole }
): Promise<void> {
	await db.insert(user).values({ id: input.userId, name: input.name, email: input.email, emailVerified: true });
	await db.insert(account).values({
		id: input.accountId,
		accountId: input.userId,
		providerId: 'credential',
		userId: input.userId,
		password: input.passwordHash
	});
	await insertMembership(db, organisationId, input.userId, input.role);
}

/**
 * The membership a member acts in: the organisation they chose (when they are a member there),
 * else the one they joined first; most people belong to one.
 */
export async function findMembership(db: Db, userId: string, chosen: string | null = null) {
	const rows = await db
		.select({
			organisationId: membership.organisationId,
			role: membership.role,
			personId: membership.personId,
			organisationName: organisation.name,
			themeColour: organisation.themeColour,
			logoVersion: logoVersion()
		})
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(eq(membership.userId, userId))
		.orderBy(...(chosen && isUuid(chosen) ? [desc(sql`${membership.organisationId} = ${chosen}`)] : []), asc(membership.createdAt))
		.limit(1);
	return rows[0] ?? null;
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Every organisation an account is a member of, by name, for the switcher in the header. */
export async function listOrganisationsOf(db: Db, userId: string): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: organisation.id, name: organisation.name })
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(eq(membership.userId, userId))
		.orderBy(asc(organisation.name));
}

/** The series in which the member's linked person facilitates; the link is explicit, never an e-mail match. */
export async function seriesLedBy(db: Db, organisationId: string, personId: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ seriesId: seriesPerson.seriesId })
		.from(seriesPerson)
		.innerJoin(person, eq(person.id, seriesPerson.personId))
		.where(and(eq(person.organisationId, organisationId), eq(person.id, personId), eq(seriesPerson.role, 'facilitator')));
	return rows.map((r) => r.seriesId);
}

export async function listMembers(db: Db, organisationId: string) {
	return db
		.select({
			id: membership.id,
			role: membership.role,
			name: user.name,
			email: user.email,
			personId: membership.personId,
			personName: person.name,
			version: membership.version
		})
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.leftJoin(person, and(eq(person.id, membership.personId), eq(person.organisationId, organisationId)))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
}

/** The member already linked to a person, if any. */
export async function memberLinkedTo(db: Db, organisationId: string, personId: string) {
	const rows = await db
		.select({ id: membership.id })
		.from(membership)
		.where(and(eq(membership.organisationId, organisationId), eq(membership.personId, personId)));
	return rows[0] ?? null;
}

/**
 * Links a member to a person of the same organisation (the caller checked the person), or unlinks
 * with null. False when no such member exists here, or the person is linked to someone else.
 */
export async function linkMemberToPerson(
	db: Db,
	organisationId: string,
	member: { membershipId: string } | { userId: string },
	personId: string | null
): Promise<boolean> {
	const rows = await db
		.update(membership)
		.set({ personId })
		.where(
			and(
				eq(membership.organisationId, organisationId),
				'membershipId' in member ? eq(membership.id, member.membershipId) : eq(membership.userId, member.userId),
				personId === null
					? undefined
					: sql`not exists (select 1 from ${membership} m where m.organisation_id = ${organisationId} and m.person_id = ${personId} and m.id <> ${membership.id})`
			)
		)
		.returning({ id: membership.id })
		.catch((error: unknown) => {
			// Two coordinators linking the same person at once: the unique index decides.
			if (isUniqueViolation(error)) return [];
			throw error;
		});
	return rows.length > 0;
}

export function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
		if ((e as { code?: unknown }).code === '23505') return true;
	}
	return false;
}

/** One member of this organisation, for the page where a coordinator changes or removes them. */
export async function findMember(db: Db, organisationId: string, membershipId: string) {
	const rows = await db
		.select({ id: membership.id, userId: membership.userId, role: membership.role, version: membership.version, name: user.name, email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(membership.id, membershipId)));
	return rows[0] ?? null;
}

/**
 * Takes the organisation's row lock for the rest of the transaction: every change of a role or a
 * membership takes it first, so two coordinators demoting each other at once are counted one
 * after the other and the organisation always keeps a coordinator.
 */
export async function lockMembershipsOf(tx: Db, organisationId: string): Promise<void> {
	await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, organisationId)).for('update');
}

export async function countCoordinators(db: Db, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(membership)
		.where(and(eq(membership.organisationId, organisationId), eq(membership.role, 'coordinator')));
	return row?.n ?? 0;
}

/** Sets a member's role over the version the form was loaded with; the new version, or null when it moved on. */
export function updateMemberRole(db: Db, organisationId: string, membershipId: string, expected: number, role: MemberRole): Promise<number | null> {
	return claimVersion(db, membership, 'version', and(eq(membership.organisationId, organisationId), eq(membership.id, membershipId)), expected, { role });
}

/** Ends a membership; the account stays (it may belong to another organisation, or be invited again). */
export async function deleteMembership(db: Db, organisationId: string, membershipId: string): Promise<boolean> {
	const rows = await db
		.delete(membership)
		.where(and(eq(membership.organisationId, organisationId), eq(membership.id, membershipId)))
		.returning({ id: membership.id });
	return rows.length > 0;
}

/** Signs an account out everywhere: every session cookie of it stops working at its next request. */
export async function deleteSessionsOf(db: Db, userId: string): Promise<number> {
	const rows = await db.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
	return rows.length;
}
