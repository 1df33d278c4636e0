/**
 * The social map's search (issue #13 "Benchmark") on PGlite and on PostgreSQL, in-process (no
 * HTTP): 20,000 services, twenty typical searches through the use-case the page calls
 * (`searchMap`: Dutch full text with prefixes, ranked, with excerpts; the trigram fallback for
 * typos), p50 and p95 per search and over all. See bench/README.md.
 *
 *   npm run bench:search
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh database per
 * run, dropped after), BENCH_DATABASES (default "pglite,postgres"), BENCH_SERVICES (default 20000),
 * BENCH_ROUNDS (default 30 timed runs of each search, after 3 untimed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const { freshPostgres } = await import('../tests/support/app');
const { seedOrganisation } = await import('../tests/support/factories');
const { actorsOf } = await import('../tests/support/inProcess');
const { fixtureServices } = await import('../tests/support/socialMapFixture');
const { openDatabase } = await import('../src/lib/server/db/client');
const { mapOrganisation, mapService } = await import('../src/lib/server/db/schema');
const { searchMap } = await import('../src/lib/server/socialMap');

type Kind = 'pglite' | 'postgres';
const kinds = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((s) => s.trim()) as Kind[];
const total = Number(process.env.BENCH_SERVICES ?? 20_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);

/** Twenty searches as members type them: single words, compounds, two words, a typo, with a filter. */
const queries: { q: string; theme?: string; free?: boolean }[] = [
	{ q: 'schulden' },
	{ q: 'voedselbank' },
	{ q: 'zwemles' },
	{ q: 'opvoeding' },
	{ q: 'toeslagen' },
	{ q: 'huur' },
	{ q: 'taal' },
	{ q: 'bijles' },
	{ q: 'kleding' },
	{ q: 'energierekening' },
	{ q: 'verjaardag' },
	{ q: 'fiets' },
	{ q: 'werk' },
	{ q: 'mantelzorg' },
	{ q: 'nederlands leren' },
	{ q: 'schulden zwolle' },
	{ q: 'jeugdfnds' },
	{ q: 'hulp', theme: 'debt' },
	{ q: 'kinderen', free: true },
	{ q: '' }
];

const neighbourhoods = ['Centrum', 'Dieze', 'Holtenbroek', 'Stadshagen', 'Assendorp', 'Berkum', 'Westenholte', 'Aalanden', 'Kamperpoort', 'Schelle'];
const towns = ['Zwolle', 'Kampen', 'Deventer', 'Meppel', 'Hattem', 'Dalfsen', 'Raalte', 'Ommen'];
const extras = ['voor gezinnen', 'in de wijk', 'met vrijwilligers', 'op afspraak', 'zonder wachtlijst', 'voor jongeren', 'voor ouderen', 'in groepjes'];

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function bench(kind: Kind) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-bench-search-'));
	const pg = kind === 'postgres' ? await freshPostgres() : null;
	const database = await openDatabase({ url: pg?.url ?? null, dataDir });
	const { db } = database;
	try {
		const seeded = await seedOrganisation(db, 'Bench');
		const actor = (await actorsOf(db, seeded)).facilitator;
		const organisationId = seeded.organisationId;
		const started = Date.now();
		// 2,000 partner organisations, ten services each: the fixture's services in many towns and variations.
		const partners = await db
			.insert(mapOrganisation)
			.values(Array.from({ length: Math.ceil(total / 10) }, (_, i) => ({ organisationId, name: `${fixtureServices[i % fixtureServices.length]!.provider} ${towns[i % towns.length]} ${i}` })))
			.returning({ id: mapOrganisation.id });
		for (let from = 0; from < total; from += 500) {
			const rows = Array.from({ length: Math.min(500, total - from) }, (_, k) => {
				const i = from + k;
				const f = fixtureServices[i % fixtureServices.length]!;
				const town = towns[Math.floor(i / fixtureServices.length) % towns.length]!;
				return {
					organisationId,
					mapOrganisationId: partners[Math.floor(i / 10)]!.id,
					name: i < fixtureServices.length ? f.name : `${f.name} ${extras[i % extras.length]}`,
					description: `${f.description} In ${town}, ${extras[(i >> 3) % extras.length]}.`,
					keywords: f.keywords,
					themes: f.themes,
					minAge: f.minAge ?? null,
					maxAge: f.maxAge ?? null,
					languages: f.languages ?? ['nl'],
					free: f.free ?? false,
					city: town,
					neighbourhood: neighbourhoods[i % neighbourhoods.length]!,
					openingHours: f.hours ?? []
				};
			});
			await db.insert(mapService).values(rows);
		}
		await db.execute(sql`analyze map_service`);
		const seededIn = ((Date.now() - started) / 1000).toFixed(1);
		const all: number[] = [];
		const lines: string[] = [];
		for (const query of queries) {
			const search = { q: query.q, theme: query.theme ?? null, age: null, neighbourhood: null, language: null, free: query.free ?? false, openNow: false };
			const times: number[] = [];
			let hits = 0;
			let mode = '';
			for (let r = 0; r < rounds + 3; r++) {
				const t = performance.now();
				const result = await searchMap(db, actor, search, new Date());
				const ms = performance.now() - t;
				if (!result.ok) throw new Error(result.code);
				hits = result.value.hits.length;
				mode = result.value.mode;
				if (r >= 3) times.push(ms);
			}
			all.push(...times);
			const label = `${JSON.stringify(query.q)}${query.theme ? ` theme=${query.theme}` : ''}${query.free ? ' free' : ''}`;
			lines.push(`  ${label.padEnd(32)} ${mode.padEnd(8)} ${String(hits).padStart(3)} hits  p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`);
		}
		// The filter's neighbourhoods, which every search page loads too, alone.
		const { mapNeighbourhoods } = await import('../src/lib/server/db/repositories/socialMap');
		const nTimes: number[] = [];
		for (let r = 0; r < rounds; r++) {
			const t = performance.now();
			await mapNeighbourhoods(db, organisationId);
			nTimes.push(performance.now() - t);
		}
		lines.push(`  (the neighbourhoods of the filter alone: p50 ${percentile(nTimes, 50).toFixed(1)} ms, p95 ${percentile(nTimes, 95).toFixed(1)} ms)`);
		console.log(`\n${kind}: ${total} services (seeded in ${seededIn} s), ${rounds} runs per search`);
		for (const line of lines) console.log(line);
		console.log(`  all searches: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`);
	} finally {
		await database.close();
		await pg?.drop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

for (const kind of kinds) await bench(kind);
process.exit(0);
