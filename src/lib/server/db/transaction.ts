import type { Db } from './client';

/**
/**
 * Runs a use-case's writes as one unit: all of them and their events are kept, or none. A thrown
 * error rolls back; a refusal the use-case returns does not (what it wrote before refusing stays).
 * The transaction is a `Db` too, so repository functions take either; inside `work` only `tx` may
 * be used (PGlite has one connection, so a query on `db` would wait for this very transaction).
 */
export function withTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
	return db.transaction((tx) => work(tx as unknown as Db));
}
