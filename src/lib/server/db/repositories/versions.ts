import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../client';

/**
 * The one way an edited thing's version moves (see "Edits carry a version" in
 * docs/ARCHITECTURE.md). Bumps `table`'s version column `key` on the row `where` finds, only while
 * it still is `expected`, and writes `values` in the same statement. The row lock it takes makes
 * a concurrent save with the same version wait, then find no row: of two saves based on one
 * version exactly one goes on. The new version, or null when the row has moved on (or is not
 * there). Called first in the use-case's transaction, before the rest of the save.
 */
export async function claimVersion<T extends PgTable>(
	db: Db,
	table: T,
	key: keyof T['_']['columns'] & string,
	where: SQL | undefined,
	expected: number,
	values: PgUpdateSetSource<T> = {}
): Promise<number | null> {
	const column: PgColumn = getTableColumns(table)[key]!;
	const bump = { ...values, [key]: sql`${column} + 1` } as PgUpdateSetSource<T>;
	const rows = await db
		.update(table)
		.set(bump)
		.where(and(where, eq(column, expected)))
		.returning({ version: column });
	const version = rows[0]?.version;
	return typeof version === 'number' ? version : null;
}

/** What a versioned removal came to: done, refused because the row moved on, or already gone. */
export type Removal = 'removed' | 'stale' | 'gone';

/**
 * Removes the row `where` finds only while `version` holds, the removal's counterpart of
 * `claimVersion`: a row someone saved since is kept ('stale'), and one removed already is 'gone'.
 */
export async function removeVersioned(db: Db, table: PgTable, where: SQL | undefined, version: SQL): Promise<Removal> {
	const removed = await db.delete(table).where(and(where, version)).returning({ one: sql`1` });
	if (removed.length) return 'removed';
	const still = await db.select({ one: sql`1` }).from(table).where(where);
	return still.length ? 'stale' : 'gone';
}
