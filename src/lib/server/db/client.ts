import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	close(): Promise<void>;
}

const migrationsFolder = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/**
 * Opens the embedded database in `dataDir`, or the server at `url`, and brings its schema up to
 * date. Both run the same migrations, so the app behaves the same on either.
 */
export async function openDatabase(options: { url: string | null; dataDir: string }): Promise<Database> {
	if (options.url) {
		const pool = new pg.Pool({ connectionString: options.url, max: Number(process.env.DB_POOL ?? 10) });
		const db = drizzlePg(pool, { schema });
		// Several app instances may start at once; one migrates while the others wait.
		const lock = await pool.connect();
		try {
			await lock.query('select pg_advisory_lock(7263541)');
			await migratePg(db, { migrationsFolder });
		} finally {
			await lock.query('select pg_advisory_unlock(7263541)');
			lock.release();
		}
		return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
	}
	mkdirSync(options.dataDir, { recursive: true });
	const client = new PGlite(path.join(options.dataDir, 'pglite'));
	const db = drizzlePglite(client, { schema });
	await migratePglite(db, { migrationsFolder });
	return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}
