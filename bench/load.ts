/**
 * The load run (issue #11 item 7): 500 simulated users for 5 minutes across the main pages, the
 * meetings' live channels and the room's phones, on each database. Prints requests per second,
 * the error rate, p50/p95/p99 per kind of request and the app's memory; see bench/README.md.
 * The journeys are in tests/support/load.ts, which the short version in the tests runs too.
 *
 *   npm run bench:load          (needs a production build: npm run build)
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SETUPS
 * (default "pglite,postgres"), BENCH_USERS (500), BENCH_SECONDS (300), BENCH_SERIES (8, besides
 * the seeded one).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
process.chdir(path.resolve(here, '..'));
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const { startApp } = await import('../tests/support/app');
const { printLoad, runLoad, seedLoad, storedPosts } = await import('../tests/support/load');
type LoadFigures = import('../tests/support/load').LoadFigures;

const setups = (process.env.BENCH_SETUPS ?? 'pglite,postgres').split(',').map((s) => s.trim()) as ('pglite' | 'postgres')[];
const users = Number(process.env.BENCH_USERS ?? 500);
const seconds = Number(process.env.BENCH_SECONDS ?? 300);
const seriesCount = Number(process.env.BENCH_SERIES ?? 8);

const rows: { setup: string; figures: LoadFigures; stored: number }[] = [];
for (const setup of setups) {
	const t0 = Date.now();
	// Every user comes from 127.0.0.1, so the per-address sign-in and join limits would stop the run.
	const app = await startApp(setup, (db) => seedLoad(db, seriesCount), { LOGIN_ATTEMPTS: '100000' });
	try {
		const figures = await runLoad(app.url, app.pid, app.seeded, { users, seconds });
		// PGlite has one owner at a time: the server goes before its rows are counted.
		await app.halt();
		rows.push({ setup, figures, stored: await app.read((db) => storedPosts(db, figures.tag)) });
	} finally {
		await app.stop();
	}
	console.error(`[${setup}] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
printLoad(rows);
