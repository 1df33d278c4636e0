import type { Db } from './client';

/**
 * Runs `work` in one transaction: everything it writes is saved together or not at all. The
 * transaction is a `Db` too, so repository functions take either; inside `work` only `tx` may be
 * used (PGlite has one connection, so a query on `db` would wait for this very transaction).
 */
export function withTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
	return db.transaction((tx) => work(tx));
}
