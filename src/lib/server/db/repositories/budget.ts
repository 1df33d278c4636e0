import { and, asc, eq, sql } from 'drizzle-orm';
import type { BudgetInput } from '../../../domain/budget';
import type { FundingKind, FundingStatus } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { fundingSource, membership, regionBudget, user } from '../schema';
import { claimVersion, removeVersioned, type Removal } from './versions';

/** A region's saved budget, or null while it still is the default. */
export async function findRegionBudget(db: Db, organisationId: string, regionId: string) {
	const rows = await db
		.select()
		.from(regionBudget)
		.where(and(eq(regionBudget.organisationId, organisationId), eq(regionBudget.regionId, regionId)));
	return rows[0] ?? null;
}

/** Saves the budget over version `expected` (`claimVersion`); the new version, or null. */
export function updateRegionBudget(
	db: Db,
	organisationId: string,
	regionId: string,
	expected: number,
	input: BudgetInput,
	userId: string
): Promise<number | null> {
	return claimVersion(
		db,
		regionBudget,
		'version',
		and(eq(regionBudget.organisationId, organisationId), eq(regionBudget.regionId, regionId)),
		expected,
		{ input, updatedBy: userId, updatedAt: sql`now()` }
	);
}

/**
 * The first save of a region's budget, over the default (version 1): the row starts at version 2.
 * Null when another first save got there before (the unique region index), so that one is kept.
 */
export async function insertRegionBudget(db: Db, organisationId: string, regionId: string, input: BudgetInput, userId: string): Promise<number | null> {
	const rows = await db
		.insert(regionBudget)
		.values({ organisationId, regionId, input, version: 2, updatedBy: userId })
		.onConflictDoNothing({ target: regionBudget.regionId })
		.returning({ version: regionBudget.version });
	return rows[0]?.version ?? null;
}

export interface FundingSourceInput {
	name: string;
	kind: FundingKind;
	status: FundingStatus;
	amount: number;
	applicationDeadline: string | null;
	reportDue: string | null;
	notes: string | null;
}

export const listFundingSources = (db: Db, organisationId: string, regionId: string) =>
	db
		.select()
		.from(fundingSource)
		.where(and(eq(fundingSource.organisationId, organisationId), eq(fundingSource.regionId, regionId)))
		.orderBy(asc(fundingSource.createdAt), asc(fundingSource.id));

export async function findFundingSource(db: Db, organisationId: string, regionId: string, id: string) {
	const rows = await db
		.select()
		.from(fundingSource)
		.where(and(eq(fundingSource.organisationId, organisationId), eq(fundingSource.regionId, regionId), eq(fundingSource.id, id)));
	return rows[0] ?? null;
}

/** A source by its id alone within the organisation: for the reminder job, which knows no region. */
export async function findFundingSourceById(db: Db, organisationId: string, id: string) {
	const rows = await db.select().from(fundingSource).where(and(eq(fundingSource.organisationId, organisationId), eq(fundingSource.id, id)));
	return rows[0] ?? null;
}

/** Adds a source to a region the use-case found in the organisation. */
export async function insertFundingSourceForCheckedRegion(db: Db, organisationId: string, regionId: string, input: FundingSourceInput, userId: string) {
	const [row] = await db.insert(fundingSource).values({ organisationId, regionId, ...input, createdBy: userId }).returning();
	return row!;
}

export function updateFundingSource(db: Db, organisationId: string, regionId: string, id: string, expected: number, input: FundingSourceInput): Promise<number | null> {
	return claimVersion(
		db,
		fundingSource,
		'version',
		and(eq(fundingSource.organisationId, organisationId), eq(fundingSource.regionId, regionId), eq(fundingSource.id, id)),
		expected,
		input
	);
}

export function deleteFundingSource(db: Db, organisationId: string, regionId: string, id: string, expected: number): Promise<Removal> {
	return removeVersioned(
		db,
		fundingSource,
		and(eq(fundingSource.organisationId, organisationId), eq(fundingSource.regionId, regionId), eq(fundingSource.id, id)),
		eq(fundingSource.version, expected)
	);
}

/** Where the organisation's coordinators get their mail. */
export async function coordinatorAddresses(db: Db, organisationId: string): Promise<string[]> {
	const rows = await db
		.select({ email: user.email })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(membership.role, 'coordinator')))
		.orderBy(asc(user.email));
	return rows.map((r) => r.email);
}
