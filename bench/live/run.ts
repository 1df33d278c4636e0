/**
 * The live channel under load (issue 9): 50 meetings × 15 subscribed clients, on one instance
 * (PGlite, PostgreSQL) and split over two instances on one PostgreSQL database. Changes are made
 * through the app (the attendance form, one meeting after another); every client measures the time
 * from the event's insert, just before the commit, to its arrival. Prints p50/p95/p99 and the
 * server's memory per open connection; see bench/README.md.
 *
 *   npm run bench:live          (needs a production build: npm run build)
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh database per
 * run, dropped after), BENCH_SETUPS (default "pglite,postgres,postgres×2"), BENCH_MEETINGS (50),
 * BENCH_CLIENTS (15 per meeting), BENCH_ROUNDS (10 changes per meeting).
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
process.chdir(root); // the harness resolves build/ and drizzle/ from the working directory
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const { follow, memoryOf, ms, percentile, printTable, probeEnv, scratch, signedInCookie } = await import('./support');
type Memory = import('./support').Memory;
type Follower = import('./support').Follower;
const { startApp } = await import('../../tests/support/app');
const { Client } = await import('../../tests/support/client');
const { versionOn } = await import('../../tests/support/forms');
const { password, seedOrganisation } = await import('../../tests/support/factories');
const { meeting } = await import('../../src/lib/server/db/schema');
const { toInstant } = await import('../../src/lib/domain/schedule');

type Setup = 'pglite' | 'postgres' | 'postgres×2';
const setups = (process.env.BENCH_SETUPS ?? 'pglite,postgres,postgres×2').split(',').map((s) => s.trim()) as Setup[];
const meetingCount = Number(process.env.BENCH_MEETINGS ?? 50);
const clientsPerMeeting = Number(process.env.BENCH_CLIENTS ?? 15);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);

interface Row {
	setup: Setup;
	clients: number;
	events: number;
	expected: number;
	delivered: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	/** Resident memory and live JS heap (after a full collection) per open connection. */
	rssKb: number;
	heapKb: number;
	load: string;
}

async function bench(setup: Setup): Promise<Row> {
	const kind = setup === 'pglite' ? 'pglite' : 'postgres';
	const app = await startApp(
		kind,
		async (db) => {
			const a = await seedOrganisation(db, 'A');
			const more = Array.from({ length: Math.max(0, meetingCount - 4) }, (_, i) => {
				const date = new Date(Date.UTC(2032, 0, 1 + 7 * i)).toISOString().slice(0, 10);
				return { seriesId: a.seriesId, number: 5 + i, date, startTime: '10:00', startsAt: toInstant(date, '10:00'), durationMinutes: 120 };
			});
			if (more.length) await db.insert(meeting).values(more);
			const meetingIds = (await db.select({ id: meeting.id, seriesId: meeting.seriesId }).from(meeting))
				.filter((m) => m.seriesId === a.seriesId)
				.map((m) => m.id)
				.slice(0, meetingCount);
			return { a, meetingIds };
		},
		probeEnv
	);
	const followers: Follower[] = [];
	try {
		const instances = [{ url: app.url, pid: app.pid }];
		if (setup === 'postgres×2') instances.push(await app.another());
		const { a, meetingIds } = app.seeded;
		const cookies = await Promise.all(instances.map((i) => signedInCookie(i.url, a.facilitator.email)));
		const liveUrl = (i: number, id: string) => `${instances[i]!.url}/series/${a.seriesId}/meetings/${id}/live`;

		// Warm the instances (code paths, pools) so the memory figure is about connections only.
		const warm = meetingIds.slice(0, 5).flatMap((id) => instances.map((_, i) => follow(liveUrl(i, id), cookies[i]!)));
		await Promise.all(warm.map((f) => f.ready));
		for (const f of warm) f.close();
		await new Promise((r) => setTimeout(r, 1000));

		const before = await Promise.all(instances.map((i) => memoryOf(i.pid)));
		for (const id of meetingIds) {
			for (let c = 0; c < clientsPerMeeting; c++) {
				const i = c % instances.length;
				followers.push(follow(liveUrl(i, id), cookies[i]!));
			}
			await Promise.all(followers.slice(-clientsPerMeeting).map((f) => f.ready));
		}
		await new Promise((r) => setTimeout(r, 2000));
		const after = await Promise.all(instances.map((i) => memoryOf(i.pid)));
		const perConnection = (key: keyof Memory) => after.reduce((sum, m, i) => sum + m[key] - before[i]![key], 0) / followers.length;
		const load = loadavg()[0]!.toFixed(1);

		const writers = instances.map((i) => new Client(i.url));
		await Promise.all(writers.map((w) => w.signIn(a.facilitator.email, password)));
		let events = 0;
		for (let round = 0; round < rounds; round++) {
			for (const [index, id] of meetingIds.entries()) {
				const writer = writers[(round + index) % writers.length]!;
				const page = `/series/${a.seriesId}/meetings/${id}`;
				// The checklist's version, as the page carries it; read before the save, outside what is timed.
				const version = await versionOn(writer, page);
				const res = await writer.post(`${page}?/attendance`, {
					person: [a.personId],
					present: round % 2 ? [] : [a.personId],
					version
				});
				if (res.status !== 200) throw new Error(`attendance answered ${res.status}`);
				await res.arrayBuffer();
				events++;
			}
		}
		const expected = events * clientsPerMeeting;
		const deadline = Date.now() + 10_000;
		const delivered = () => followers.reduce((sum, f) => sum + f.latencies.length, 0);
		while (delivered() < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		const all = followers.flatMap((f) => f.latencies).sort((x, y) => x - y);
		return {
			setup,
			clients: followers.length,
			events,
			expected,
			delivered: all.length,
			p50: percentile(all, 50),
			p95: percentile(all, 95),
			p99: percentile(all, 99),
			max: all.at(-1) ?? NaN,
			rssKb: perConnection('rss'),
			heapKb: perConnection('heapUsed') + perConnection('external'),
			load: `${load}–${loadavg()[0]!.toFixed(1)}`
		};
	} finally {
		for (const f of followers) f.close();
		await app.stop();
	}
}

const rows: Row[] = [];
for (const setup of setups) {
	const t0 = Date.now();
	rows.push(await bench(setup));
	console.error(`[${setup}] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
rmSync(scratch, { recursive: true, force: true });
printTable(rows, [
	['setup', (r) => r.setup],
	['clients', (r) => r.clients],
	['events', (r) => r.events],
	['delivered', (r) => `${r.delivered} of ${r.expected}`],
	['p50 ms', (r) => ms(r.p50)],
	['p95 ms', (r) => ms(r.p95)],
	['p99 ms', (r) => ms(r.p99)],
	['max ms', (r) => ms(r.max)],
	['RSS KB/conn', (r) => r.rssKb.toFixed(1)],
	['heap KB/conn', (r) => r.heapKb.toFixed(1)],
	['load avg', (r) => r.load]
]);
