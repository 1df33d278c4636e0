import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { openDatabase } from '../../src/lib/server/db/client';
import { databaseKinds, freshPostgres, serveExisting, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisationWithContent, type SeededOrganisation } from '../support/factories';

const run = promisify(execFile);

/** Every row of every table of the app's schema as text, table by table, in a fixed order. */
async function everything(db: Db): Promise<Record<string, string[]>> {
	const rowsOf = async <R>(query: ReturnType<typeof sql.raw> | ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: R[] }).rows;
	const tables = await rowsOf<{ name: string }>(
		sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`
	);
	const out: Record<string, string[]> = {};
	for (const { name } of tables) out[name] = (await rowsOf<{ row: string }>(sql`select t::text as row from ${sql.identifier(name)} t order by 1`)).map((r) => r.row);
	return out;
}

async function read(database: { dataDir: string; url: string | null }) {
	const opened = await openDatabase(database);
	try {
		return await everything(opened.db);
	} finally {
		await opened.close();
	}
}

/*
 * Issue #11 item 7: the backup procedures of README.md ("Backup and restore"), done as written and
 * restored into an empty installation: every row of every table comes back, and the restored
 * installation serves it, with the same sign-in.
 */
describe.each(databaseKinds)('backup and restore on %s', (kind) => {
	let app: RunningApp<SeededOrganisation> | undefined;
	const cleanups: (() => Promise<void> | void)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups.reverse()) await cleanup();
		await app?.stop();
	});

	it('restores every row into an empty installation, which then serves it', async () => {
		app = await startApp(kind, (db) => seedOrganisationWithContent(db, 'Back'));
		const facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.facilitator.email, password);
		const record = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/record`;
		expect((await facilitator.post(`${record}?/agreement`, { agreement: 'Afgesproken vóór de back-up' })).status).toBe(200);
		// The first visit makes the meeting's agenda: rows with arrays, enums and nulls to restore too.
		expect((await facilitator.get(`/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/agenda`)).status).toBe(200);

		let restored: { dataDir: string; url: string | null };
		let original: Record<string, string[]>;
		if (kind === 'pglite') {
			// The embedded database: stop the app, copy DATA_DIR, and start the copy elsewhere.
			await app.halt();
			original = await read(app.database);
			const copy = mkdtempSync(path.join(tmpdir(), 'sd-restore-'));
			cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
			cpSync(app.database.dataDir, copy, { recursive: true });
			restored = { dataDir: copy, url: null };
		} else {
			// PostgreSQL: an online dump while the app runs, restored into an empty database.
			const dump = path.join(mkdtempSync(path.join(tmpdir(), 'sd-dump-')), 'samen-doorbreken.dump');
			cleanups.push(() => rmSync(path.dirname(dump), { recursive: true, force: true }));
			await run('pg_dump', ['--format=custom', `--file=${dump}`, app.database.url!]);
			original = await read(app.database);
			const empty = await freshPostgres();
			cleanups.push(() => empty.drop());
			await run('pg_restore', ['--no-owner', `--dbname=${empty.url}`, dump]);
			restored = { dataDir: mkdtempSync(path.join(tmpdir(), 'sd-restore-')), url: empty.url };
			cleanups.push(() => rmSync(restored.dataDir, { recursive: true, force: true }));
		}

		const back = await read(restored);
		expect(Object.keys(back)).toEqual(Object.keys(original));
		for (const table of Object.keys(original)) expect(back[table], table).toEqual(original[table]);
		const rows = Object.values(original).reduce((n, r) => n + r.length, 0);
		console.log(`backup on ${kind}: ${Object.keys(original).length} tables, ${rows} rows, all restored`, Object.entries(original).map(([t, r]) => `${t}:${r.length}`).join(" "));

		const served = await serveExisting(restored);
		cleanups.push(() => served.stop());
		const again = new Client(served.url);
		await again.signIn(app.seeded.facilitator.email, password);
		expect(await (await again.get(record)).text()).toContain('Afgesproken vóór de back-up');
	});
});
