import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { membership, organisation, person, seriesMember, user } from '../schema';
import { logoVersion } from './organisations';

export async function anyOrganisationExists(db: Db): Promise<boolean> {
	const rows = await db.select({ id: organisation.id }).from(organisation).limit(1);
	return rows.length > 0;
}

/** A member acts for the organisation they joined first; most people belong to one. */
export async function findMembership(db: Db, userId: string) {
	const rows = await db
		.select({
			organisationId: membership.organisationId,
			role: membership.role,
			organisationName: organisation.name,
			themeColour: organisation.themeColour,
			logoVersion: logoVersion()
		})
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(eq(membership.userId, userId))
		.orderBy(asc(membership.createdAt))
		.limit(1);
	return rows[0] ?? null;
}

export async function seriesLedBy(db: Db, organisationId: string, email: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ seriesId: seriesMember.seriesId })
		.from(seriesMember)
		.innerJoin(person, eq(person.id, seriesMember.personId))
		.where(
			and(
				eq(person.organisationId, organisationId),
				eq(seriesMember.role, 'facilitator'),
				sql`lower(${person.email}) = lower(${email})`
			)
		);
	return rows.map((r) => r.seriesId);
}

export async function listMembers(db: Db, organisationId: string) {
	return db
		.select({ id: membership.id, role: membership.role, name: user.name, email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
}
