import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { listenPostgres } from './listener';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/**
	 * Hears every NOTIFY on `channel` that any instance's committed transaction sends. Call it once
	 * per process (the live hub does); `onReconnect` says notifications may have been missed.
	 */
	listen(channel: string, onMessage: (payload: string) => void, onReconnect: () => void): Promise<void>;
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
		// An idle connection the server ends (a restart, a failover, an administrator) is reported
		// here and replaced by the pool on the next query; unheard, the error would end the process.
		pool.on('error', (error) => console.error('[db] an idle connection was lost:', error.message));
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
		const listeners: { stop(): Promise<void> }[] = [];
		return {
			db: db as unknown as Db,
			kind: 'postgres',
			listen: async (channel, onMessage, onReconnect) => {
				listeners.push(await listenPostgres(options.url!, channel, onMessage, onReconnect));
			},
			close: async () => {
				await Promise.all(listeners.map((l) => l.stop()));
				await pool.end();
			}
		};
	}
	mkdirSync(options.dataDir, { recursive: true });
	// The social map's search needs these two (migration 0029 creates them); PGlite loads an
	// extension only when it is passed here.
	const client = new PGlite(path.join(options.dataDir, 'pglite'), { extensions: { pg_trgm, unaccent } });
	const db = drizzlePglite(client, { schema });
	await migratePglite(db, { migrationsFolder });
	return {
		db: db as unknown as Db,
		kind: 'pglite',
		// Only the PGlite instance itself hears its notifications, not the drizzle adapter; it never drops.
		listen: async (channel, onMessage) => {
			await client.listen(channel, onMessage);
		},
		close: () => client.close()
	};
}
