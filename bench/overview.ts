/**
 * Load test of the series overview (`GET /series`) for a signed-in coordinator with 200 series,
 * against a minimal reference (one raw SQL query + a template string on node:http), on PGlite and
 * on PostgreSQL, at 10 and 50 connections. Prints a table; see bench/README.md.
 *
 *   npm run bench            (needs a production build: npm run build)
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh database is
 * created per run and dropped after), BENCH_DATABASES (default "pglite,postgres"),
 * BENCH_CONNECTIONS (default "10,50"), BENCH_DURATION / BENCH_WARMUP in seconds (default 10 / 2),
 * BENCH_JSON (a file to write the raw figures to).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { seriesPerPage } from '../src/lib/server/series';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root); // the harness resolves build/ and drizzle/ from the working directory
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const { startApp } = await import('../tests/support/app');
const { seedBench } = await import('./seriesOverview/seed');

type Kind = 'pglite' | 'postgres';
const kinds = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((s) => s.trim()) as Kind[];
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);

interface Figures {
	/** CPU ms the server process spent per request: robust against other load on the machine. */
	cpuPerRequest: number | null;
	rps: number;
	p50: number;
	p99: number;
	requests: number;
	non2xx: number;
	errors: number;
	kbPerRequest: number;
}
interface Row {
	database: Kind;
	connections: number;
	ours: Figures;
	reference: Figures;
}

/** CPU time (user + system) a process has used so far, in ms; null where /proc is missing. */
function cpuMs(pid: number | null): number | null {
	if (!pid) return null;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, USER_HZ = 100
	} catch {
		return null;
	}
}

/** The pid of our app: the harness's child process running build/index.js. */
function appPid(): number | null {
	try {
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
			if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('build/index.js')) return Number(entry);
		}
	} catch {
		// not Linux
	}
	return null;
}

async function load(url: string, connections: number, seconds: number, headers: Record<string, string>, pid: number | null = null): Promise<Figures> {
	const before = cpuMs(pid);
	const r = await autocannon({ url, connections, duration: seconds, headers });
	const after = cpuMs(pid);
	return {
		cpuPerRequest: before !== null && after !== null && r.requests.total ? (after - before) / r.requests.total : null,
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		requests: r.requests.total,
		non2xx: r.non2xx,
		errors: r.errors + r.timeouts,
		kbPerRequest: r.requests.total ? r.throughput.total / r.requests.total / 1024 : 0
	};
}

/** Series ids in page order, to prove both pages show the same rows. */
async function seriesIds(url: string, headers: Record<string, string>): Promise<{ ids: string[]; bytes: number }> {
	const res = await fetch(url, { headers, redirect: 'manual' });
	if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
	const html = await res.text();
	const ids = [...html.matchAll(/<a class="utrecht-link" href="\/series\/([0-9a-f-]{36})">/g)].map((m) => m[1]!);
	return { ids, bytes: Buffer.byteLength(html) };
}

function startReference(env: Record<string, string>): Promise<{ url: string; pid: number | null; stop: () => Promise<void> }> {
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/seriesOverview/reference.ts')], {
		env: { ...process.env, REF_PORT: '0', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const logs: string[] = [];
	child.stderr?.on('data', (d) => logs.push(String(d)));
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`reference exited with ${code}:\n${logs.join('')}`)));
		child.stdout?.on('data', (d) => {
			const port = /listening (\d+)/.exec(String(d))?.[1];
			if (!port) return;
			resolve({
				url: `http://127.0.0.1:${port}/series`,
				pid: child.pid ?? null,
				stop: async () => {
					if (child.exitCode !== null) return;
					child.removeAllListeners('exit');
					const exited = new Promise((r) => child.once('exit', r));
					child.kill('SIGTERM');
					await exited;
				}
			});
		});
	});
}

/**
 * Signs in the way a browser without JavaScript does and returns the session cookies. (Like
 * tests/support/client.ts, but with `accept: text/html`: without it SvelteKit answers a form post
 * with its JSON action result instead of the 303.)
 */
async function signIn(base: string, email: string, password: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		body: new URLSearchParams({ email, password }),
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}: ${(await res.text()).slice(0, 300)}`);
	const cookies = res.headers.getSetCookie().map((line) => line.split(';')[0]!).filter((pair) => !pair.endsWith('='));
	if (!cookies.length) throw new Error('sign-in set no cookie');
	return cookies.join('; ');
}

async function benchDatabase(kind: Kind): Promise<Row[]> {
	const scratch = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	const dumpFile = path.join(scratch, 'seeded.tar');
	const t0 = Date.now();
	let postgresUrl = '';
	const app = await startApp(kind, async (db) => {
		const seeded = await seedBench(db);
		if (kind === 'postgres') {
			// The harness made a fresh database for this run; the reference reads the same one.
			postgresUrl = (db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
		} else {
			// PGlite has one owner at a time: keep a copy of exactly these rows for the reference.
			const client = (db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
			writeFileSync(dumpFile, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
		}
		return seeded;
	});
	let reference: Awaited<ReturnType<typeof startReference>> | null = null;
	try {
		reference = await startReference(
			kind === 'postgres'
				? { REF_DATABASE_URL: postgresUrl, REF_ORGANISATION_ID: app.seeded.organisationId }
				: { REF_PGLITE_DIR: path.join(scratch, 'reference'), REF_PGLITE_DUMP: dumpFile, REF_ORGANISATION_ID: app.seeded.organisationId }
		);
		console.error(`[${kind}] seeded ${app.seeded.seriesCount} series and started both servers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

		const pid = appPid();
		const rows: Row[] = [];
		for (const connections of connectionCounts) {
			// A fresh sign-in per run: better-auth's signed session cookie cache lasts 60 s, and
			// autocannon does not take new cookies, so an old cookie would measure a session query
			// on every request instead of the app's normal behaviour.
			const cookie = await signIn(app.url, app.seeded.coordinator.email, app.seeded.password);
			const ours = await seriesIds(`${app.url}/series`, { cookie });
			const ref = await seriesIds(reference.url, {});
			// Both show the same first page of the overview (the app pages through 24 series at a time).
			const expected = Math.min(app.seeded.seriesCount, seriesPerPage);
			if (ours.ids.length !== expected || ours.ids.join() !== ref.ids.join()) {
				throw new Error(`pages differ: ours shows ${ours.ids.length} series, the reference ${ref.ids.length} (expected ${expected})`);
			}
			await load(`${app.url}/series`, connections, warmup, { cookie });
			const oursFigures = await load(`${app.url}/series`, connections, duration, { cookie }, pid);
			await load(reference.url, connections, warmup, {});
			const refFigures = await load(reference.url, connections, duration, {}, reference.pid);
			rows.push({ database: kind, connections, ours: oursFigures, reference: refFigures });
			console.error(
				`[${kind} c=${connections}] ours ${oursFigures.rps.toFixed(0)} req/s (${ours.bytes} B), reference ${refFigures.rps.toFixed(0)} req/s (${ref.bytes} B)`
			);
		}
		return rows;
	} finally {
		await reference?.stop();
		await app.stop();
		rmSync(scratch, { recursive: true, force: true });
	}
}

function table(rows: Row[]): string {
	const cpu = (f: Figures) => (f.cpuPerRequest === null ? '–' : f.cpuPerRequest.toFixed(1));
	const head = ['database', 'conns', 'ours req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'ref req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'ours/ref', 'goal'];
	const body = rows.map((r) => {
		const ratio = r.ours.rps / r.reference.rps;
		const goal =
			r.database === 'postgres' && r.connections === 50 ? (ratio >= 0.5 && r.ours.p99 < 100 ? 'met' : 'missed') : '';
		return [
			r.database,
			String(r.connections),
			r.ours.rps.toFixed(0),
			String(r.ours.p50),
			String(r.ours.p99),
			cpu(r.ours),
			r.reference.rps.toFixed(0),
			String(r.reference.p50),
			String(r.reference.p99),
			cpu(r.reference),
			ratio.toFixed(2),
			goal
		];
	});
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	return [line(head), `|${widths.map((w, i) => (i < 1 ? ':' : '-') + '-'.repeat(w) + (i < 1 ? '-' : ':')).join('|')}|`, ...body.map(line)].join('\n');
}

if (!existsSync(path.join(root, 'build/index.js'))) {
	console.error('No production build: run `npm run build` first.');
	process.exit(1);
}
const started = Date.now();
const loadBefore = loadavg();
const rows: Row[] = [];
for (const kind of kinds) rows.push(...(await benchDatabase(kind)));

console.log(`\nGET /series, signed-in coordinator, 202 series; autocannon ${duration} s per cell after a ${warmup} s warm-up; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}\n`);
console.log(table(rows));
console.log('\nratio = ours req/s ÷ reference req/s. CPU ms/req = CPU time of that server process per request: on PostgreSQL without the database server, on PGlite including it (it runs in-process).');
const failures = rows.flatMap((r) =>
	(['ours', 'reference'] as const)
		.filter((side) => r[side].non2xx || r[side].errors)
		.map((side) => `${side} ${r.database} c=${r.connections}: ${r[side].non2xx} non-2xx, ${r[side].errors} errors/timeouts of ${r[side].requests}`)
);
if (failures.length) console.log(`\nWarning, not every response was a 200: ${failures.join('; ')}`);
// Other work on the machine skews every figure; the load average shows whether it was quiet.
const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
console.log(`\nLoad average (1/5/15 min) before: ${fmtLoad(loadBefore)}, after: ${fmtLoad(loadavg())} (above ~1 means something else competed for the ${cpus().length} cores).`);
console.log(`Goal (issue 2): ratio ≥ 0.5 and p99 < 100 ms at 50 connections on PostgreSQL. Total ${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows, null, 2));
