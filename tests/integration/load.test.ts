import { afterAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { printLoad, runLoad, seedLoad, storedPosts, type LoadSeed } from '../support/load';

/** The short version of the load run (`npm run bench:load`, issue #11 item 7). */
const USERS = 50;
const SECONDS = 15;

/*
 * 50 simulated users for 15 seconds on the same journeys as the benchmark: pages, posts on the
 * record page, live channels held open and phones in the room sending change wishes. Only
 * correctness is asserted (no errors, every post answered and stored), never speed: the figures
 * are printed for the reader.
 */
describe.each(databaseKinds)('the load run, short, on %s', (kind) => {
	let app: RunningApp<LoadSeed> | undefined;
	afterAll(() => app?.stop());

	it(`serves ${USERS} users for ${SECONDS} s without an error, and stores every post it answered`, { timeout: 180_000 }, async () => {
		app = await startApp(kind, (db) => seedLoad(db, 3), { LOGIN_ATTEMPTS: '100000' });
		const figures = await runLoad(app.url, app.pid, app.seeded, { users: USERS, seconds: SECONDS });
		// PGlite has one owner at a time: the server goes before its rows are counted.
		await app.halt();
		const stored = await app.read((db) => storedPosts(db, figures.tag));
		printLoad([{ setup: kind, figures, stored }]);

		expect(figures.errorSamples).toEqual([]);
		expect(figures.errors).toBe(0);
		for (const kind of ['page', 'post', 'join', 'stream'] as const) expect(figures.latencies[kind].length).toBeGreaterThan(0);
		expect(figures.answered).toBe(figures.posted);
		expect(stored).toBe(figures.answered);
	});
});
