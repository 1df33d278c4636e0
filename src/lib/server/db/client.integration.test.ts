import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { freshPostgres } from '../../../../tests/support/app';
import { openDatabase, type Database } from './client';

/** The server process behind the connection the pool hands out. */
async function backendPid(database: Database): Promise<number> {
	const result = await database.db.execute(sql`select pg_backend_pid() as pid`);
	return (result as unknown as { rows: { pid: number }[] }).rows[0]!.pid;
}

describe.runIf(process.env.TEST_DATABASE_URL)('the connection pool on PostgreSQL', () => {
	let database: Database | undefined;
	let drop: (() => Promise<void>) | undefined;
	afterAll(async () => {
		await database?.close();
		await drop?.();
	});

	it('outlives the server ending its idle connections, and the next query gets a new one', async () => {
		const pgDb = await freshPostgres();
		drop = pgDb.drop;
		database = await openDatabase({ url: pgDb.url, dataDir: '' });
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const before = await backendPid(database);
		const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
		await admin.connect();
		await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [new URL(pgDb.url).pathname.slice(1)]);
		await admin.end();
		await vi.waitFor(() => expect(logged).toHaveBeenCalled());
		logged.mockRestore();
		expect(await backendPid(database)).not.toBe(before);
	});
});
