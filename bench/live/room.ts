/**
 * A meeting's room under load (issue #10): 50 live meetings, each followed by 15 clients — the
 * facilitator's run page, the screen that joined with its code and 13 phones that joined with
 * theirs — on one instance (PGlite, PostgreSQL) and split over two instances on one PostgreSQL
 * database. In every round each meeting gets a change wish from one of its phones, all meetings
 * at once (burst) or one after another (paced), through the phone's own form; every client measures the time from the phone's submit to the
 * event's arrival. Prints events per second, p50/p95/p99, memory per connection, and the JavaScript
 * a phone loads for the room (gzip); see bench/README.md.
 *
 *   npm run bench:room          (needs a production build: npm run build)
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SETUPS
 * (default "pglite,postgres,postgres×2"), BENCH_MEETINGS (50), BENCH_PHONES (13 per meeting),
 * BENCH_ROUNDS (10), BENCH_MODES (default "paced,burst").
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
process.chdir(path.resolve(here, '../..'));
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const { follow, memoryOf, ms, now, percentile, printTable, probeEnv, scratch, signedInCookie } = await import('./support');
type Follower = import('./support').Follower;
type Memory = import('./support').Memory;
const { startApp } = await import('../../tests/support/app');
const { seedOrganisation } = await import('../../tests/support/factories');
const { meeting } = await import('../../src/lib/server/db/schema');
const { toInstant } = await import('../../src/lib/domain/schedule');

type Setup = 'pglite' | 'postgres' | 'postgres×2';
const setups = (process.env.BENCH_SETUPS ?? 'pglite,postgres,postgres×2').split(',').map((s) => s.trim()) as Setup[];
const meetingCount = Number(process.env.BENCH_MEETINGS ?? 50);
const phonesPerMeeting = Number(process.env.BENCH_PHONES ?? 13);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const clientsPerMeeting = phonesPerMeeting + 2;

const cookieOf = (res: Response) =>
	res.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.join('; ');

async function post(url: string, fields: Record<string, string>, cookie: string, asAction = false) {
	const origin = new URL(url).origin;
	const res = await fetch(url, {
		method: 'POST',
		redirect: 'manual',
		body: new URLSearchParams(fields),
		headers: {
			origin,
			cookie,
			'content-type': 'application/x-www-form-urlencoded',
			...(asAction ? { 'x-sveltekit-action': 'true', accept: 'application/json' } : { accept: 'text/html' })
		}
	});
	return res;
}

/** A meeting's two codes, as the run page shows them after "make codes". */
async function codesOf(url: string, seriesId: string, meetingId: string, cookie: string) {
	const run = `${url}/series/${seriesId}/meetings/${meetingId}/run`;
	await (await post(`${run}?/openCodes`, {}, cookie, true)).arrayBuffer();
	const html = await (await fetch(run, { headers: { cookie } })).text();
	const codes = [...html.matchAll(/class="sd-join-code[^"]*">([0-9A-Z-]{7})</g)].map((m) => m[1]!);
	if (codes.length !== 2) throw new Error('the run page shows no codes');
	return { screen: codes[0]!, phone: codes[1]! };
}

async function joined(url: string, base: '/scherm' | '/doe-mee', code: string): Promise<string> {
	const res = await post(`${url}${base}`, { code }, '');
	if (res.status !== 303) throw new Error(`joining ${base} answered ${res.status}`);
	return cookieOf(res);
}

/** The JavaScript a phone loads for the room: the entry, the layout's and the page's modules, gzip. */
async function phoneJavaScript(url: string, phoneCookie: string): Promise<{ files: number; bytes: number }> {
	const html = await (await fetch(`${url}/doe-mee/live`, { headers: { cookie: phoneCookie } })).text();
	const entries = [...html.matchAll(/import\("(?:\.\.?\/)+(_app\/immutable\/entry\/[^"]+)"\)/g)].map((m) => m[1]!);
	const nodeIds = (/node_ids:\s*\[([\d,\s]+)\]/.exec(html)?.[1] ?? '').split(',').map((n) => Number(n.trim()));
	const seen = new Map<string, number>();
	const walk = async (file: string): Promise<void> => {
		if (seen.has(file)) return;
		seen.set(file, 0);
		const text = await (await fetch(`${url}/${file}`)).text();
		seen.set(file, gzipSync(text).length);
		const dir = path.posix.dirname(file);
		for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) await walk(path.posix.join(dir, m[1]!));
	};
	for (const entry of entries) await walk(entry);
	// The route's nodes as the page names them (the server resolves routes: svelte.config.js).
	const nodes = new Map([...html.matchAll(/'(\d+)': \(\) => import\('(?:\.\.?\/)+(_app\/immutable\/[^']+\.js)'\)/g)].map((m) => [Number(m[1]), m[2]!]));
	for (const id of nodeIds) {
		const node = nodes.get(id);
		if (!node) throw new Error(`node ${id} of the phone's page not found in its HTML`);
		await walk(node);
	}
	return { files: seen.size, bytes: [...seen.values()].reduce((a, b) => a + b, 0) };
}

type Mode = 'paced' | 'burst';
const modes = (process.env.BENCH_MODES ?? 'paced,burst').split(',').map((s) => s.trim()) as Mode[];

interface Row {
	setup: Setup;
	mode: Mode;
	clients: number;
	events: number;
	perSecond: number;
	expected: number;
	delivered: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	rssKb: number;
	heapKb: number;
	phoneJs: { files: number; bytes: number };
	load: string;
}

async function bench(setup: Setup, mode: Mode): Promise<Row> {
	const kind = setup === 'pglite' ? 'pglite' : 'postgres';
	const app = await startApp(
		kind,
		async (db) => {
			const a = await seedOrganisation(db, 'A');
			const today = new Date().toISOString().slice(0, 10);
			const more = Array.from({ length: Math.max(0, meetingCount - 4) }, (_, i) => ({
				seriesId: a.seriesId,
				number: 5 + i,
				date: today,
				startTime: '10:00',
				startsAt: toInstant(today, '10:00'),
				durationMinutes: 120
			}));
			if (more.length) await db.insert(meeting).values(more);
			const meetingIds = (await db.select({ id: meeting.id, seriesId: meeting.seriesId }).from(meeting))
				.filter((m) => m.seriesId === a.seriesId)
				.map((m) => m.id)
				.slice(0, meetingCount);
			return { a, meetingIds };
		},
		{ ...probeEnv, LOGIN_ATTEMPTS: '1000' }
	);
	const followers: Follower[] = [];
	try {
		const instances = [{ url: app.url, pid: app.pid }];
		if (setup === 'postgres×2') instances.push(await app.another());
		const { a, meetingIds } = app.seeded;
		const facilitator = await Promise.all(instances.map((i) => signedInCookie(i.url, a.facilitator.email)));

		/** Per meeting: when each round's wish was sent, and every client's arrival times of wishes. */
		const sentAt = new Map<string, number[]>();
		const latencies: number[] = [];
		const arrivals = (meetingId: string) => {
			let seen = 0;
			return (at: number, data: { type: string }) => {
				if (data.type !== 'capture.changeWishAdded') return;
				const sent = sentAt.get(meetingId)?.[seen++];
				if (sent !== undefined) latencies.push(at - sent);
			};
		};

		const phones = new Map<string, { url: string; cookie: string }[]>();
		let sampleJoin = { url: '', cookie: '' };
		const before = await Promise.all(instances.map((i) => memoryOf(i.pid)));
		for (const id of meetingIds) {
			const codes = await codesOf(instances[0]!.url, a.seriesId, id, facilitator[0]!);
			const at = (c: number) => instances[c % instances.length]!.url;
			const clients: Follower[] = [follow(`${at(0)}/series/${a.seriesId}/meetings/${id}/live`, facilitator[0]!, arrivals(id))];
			clients.push(follow(`${at(1)}/scherm/live/events`, await joined(at(1), '/scherm', codes.screen), arrivals(id)));
			const mine: { url: string; cookie: string }[] = [];
			for (let p = 0; p < phonesPerMeeting; p++) {
				const url = at(p);
				const cookie = await joined(url, '/doe-mee', codes.phone);
				mine.push({ url, cookie });
				clients.push(follow(`${url}/doe-mee/live/events`, cookie, arrivals(id)));
			}
			phones.set(id, mine);
			sampleJoin = mine[0]!;
			await Promise.all(clients.map((f) => f.ready));
			followers.push(...clients);
		}
		await new Promise((r) => setTimeout(r, 2000));
		const after = await Promise.all(instances.map((i) => memoryOf(i.pid)));
		const perConnection = (key: keyof Memory) => after.reduce((sum, m, i) => sum + m[key] - before[i]![key], 0) / followers.length;
		const load = loadavg()[0]!.toFixed(1);

		let events = 0;
		const started = now();
		const sendWish = async (id: string, round: number) => {
					const phone = phones.get(id)![round % phonesPerMeeting]!;
					const times = sentAt.get(id) ?? [];
					sentAt.set(id, times);
					times.push(now());
					const res = await post(
						`${phone.url}/doe-mee/live?/send`,
						{ kind: 'changeWish', text: `Als we nou eens ronde ${round + 1} proberen`, submissionId: crypto.randomUUID() },
						phone.cookie,
						true
					);
					const body = await res.text();
					if (res.status !== 200 || !body.includes('"success"')) throw new Error(`sending answered ${res.status} ${body.slice(0, 200)}`);
					events++;
		};
		for (let round = 0; round < rounds; round++) {
			// A burst: every meeting's phone at the same moment. Paced: one after another, as a room really sends.
			if (mode === 'burst') await Promise.all(meetingIds.map((id) => sendWish(id, round)));
			else for (const id of meetingIds) await sendWish(id, round);
		}
		const sendingSeconds = (now() - started) / 1000;
		const expected = events * clientsPerMeeting;
		const deadline = Date.now() + 15_000;
		while (latencies.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		const all = [...latencies].sort((x, y) => x - y);
		return {
			setup,
			mode,
			clients: followers.length,
			events,
			perSecond: events / sendingSeconds,
			expected,
			delivered: all.length,
			p50: percentile(all, 50),
			p95: percentile(all, 95),
			p99: percentile(all, 99),
			max: all.at(-1) ?? NaN,
			rssKb: perConnection('rss'),
			heapKb: perConnection('heapUsed') + perConnection('external'),
			phoneJs: await phoneJavaScript(sampleJoin.url, sampleJoin.cookie),
			load: `${load}–${loadavg()[0]!.toFixed(1)}`
		};
	} finally {
		for (const f of followers) f.close();
		await app.stop();
	}
}

const rows: Row[] = [];
for (const setup of setups) {
	for (const mode of modes) {
		const t0 = Date.now();
		rows.push(await bench(setup, mode));
		console.error(`[${setup}, ${mode}] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	}
}
rmSync(scratch, { recursive: true, force: true });
printTable(rows, [
	['setup', (r) => r.setup],
	['sending', (r) => r.mode],
	['clients', (r) => r.clients],
	['wishes', (r) => r.events],
	['per s', (r) => r.perSecond.toFixed(0)],
	['delivered', (r) => `${r.delivered} of ${r.expected}`],
	['p50 ms', (r) => ms(r.p50)],
	['p95 ms', (r) => ms(r.p95)],
	['p99 ms', (r) => ms(r.p99)],
	['max ms', (r) => ms(r.max)],
	['RSS KB/conn', (r) => r.rssKb.toFixed(1)],
	['heap KB/conn', (r) => r.heapKb.toFixed(1)],
	['phone JS (gzip)', (r) => `${(r.phoneJs.bytes / 1024).toFixed(1)} KB in ${r.phoneJs.files} files`],
	['load avg', (r) => r.load]
]);
