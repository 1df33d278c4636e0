/**
 * The load run (issue #11 item 7): simulated people using the production build at once, each on a
 * realistic journey with think time. `bench/load.ts` runs it at full size (500 users, 5 minutes);
 * `tests/integration/load.test.ts` runs a short version and checks only that nothing went wrong.
 *
 * A hand loop with `fetch` rather than autocannon: autocannon replays fixed requests per
 * connection, while a journey needs state per person (their own cookies as the server renews
 * them, the series and meeting they picked, a post now and then, pauses to read) and live
 * channels that stay open; a loop also times each kind of request on its own.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { eq, like } from 'drizzle-orm';
import { createMember } from '../../src/lib/server/accounts';
import type { Db } from '../../src/lib/server/db';
import { changeWish, groupAgreement, meeting, membership, note, person, series, seriesPerson } from '../../src/lib/server/db/schema';
import { toInstant } from '../../src/lib/domain/schedule';
import { password, seedOrganisationWithContent } from './factories';
import { ms, percentile, printTable } from './figures';

export interface LoadSeed {
	/** Everyone who signs in, with the series each may open (a coordinator all, a facilitator theirs). */
	members: { email: string; role: 'coordinator' | 'facilitator'; seriesIds: string[] }[];
	/** Every series with meetings; `todayId` is the meeting that runs today, where the room is open. */
	series: { id: string; meetingIds: string[]; todayId: string }[];
	coordinatorEmail: string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * One organisation as `seedOrganisationWithContent` makes it, plus `seriesCount` series of twelve
 * participants and six meetings (two past, one today, three ahead), each led by its own
 * facilitator member, and three more coordinators.
 */
export async function seedLoad(db: Db, seriesCount = 8): Promise<LoadSeed> {
	const a = await seedOrganisationWithContent(db, 'L');
	const meetingAt = (seriesId: string, number: number, date: string) => ({
		seriesId,
		number,
		date,
		startTime: '10:00',
		startsAt: toInstant(date, '10:00'),
		durationMinutes: 120,
		location: 'Buurthuis'
	});
	const [seededToday] = await db.insert(meeting).values(meetingAt(a.seriesId, 5, day(0))).returning();
	const seededMeetings = (await db.select({ id: meeting.id }).from(meeting).where(eq(meeting.seriesId, a.seriesId))).map((m) => m.id);
	const all: LoadSeed['series'] = [{ id: a.seriesId, meetingIds: seededMeetings, todayId: seededToday!.id }];
	const members: LoadSeed['members'] = [{ email: a.facilitator.email, role: 'facilitator', seriesIds: [a.seriesId] }];

	for (let s = 0; s < seriesCount; s++) {
		const [row] = await db
			.insert(series)
			.values({ organisationId: a.organisationId, name: `Ontmoetingen ${s + 1}`, kind: 'ontmoetingen', mode: 'onLocation', regionId: a.regionId })
			.returning();
		const email = `begeleider${s + 1}.l@example.org`;
		const people = await db
			.insert(person)
			.values([
				{ organisationId: a.organisationId, name: `Begeleider ${s + 1}`, background: 'professional' as const, email, leadsGroups: true },
				...Array.from({ length: 12 }, (_, p) => ({ organisationId: a.organisationId, name: `Deelnemer ${s + 1}.${p + 1}`, background: 'resident' as const }))
			])
			.returning();
		await db
			.insert(seriesPerson)
			.values(people.map((p, i) => ({ seriesId: row!.id, personId: p.id, role: i === 0 ? ('facilitator' as const) : ('participant' as const) })));
		const meetings = await db
			.insert(meeting)
			.values([-28, -14, 0, 14, 28, 42].map((offset, i) => meetingAt(row!.id, i + 1, day(offset))))
			.returning();
		const userId = await createMember(db, { organisationId: a.organisationId, name: `Begeleider ${s + 1}`, email, password, role: 'facilitator' });
		await db.update(membership).set({ personId: people[0]!.id }).where(eq(membership.userId, userId));
		all.push({ id: row!.id, meetingIds: meetings.map((m) => m.id), todayId: meetings[2]!.id });
		members.push({ email, role: 'facilitator', seriesIds: [row!.id] });
	}
	const everything = all.map((s) => s.id);
	members.push({ email: a.coordinator.email, role: 'coordinator', seriesIds: everything });
	for (let c = 1; c <= 3; c++) {
		const email = `coordinator${c}.l@example.org`;
		await createMember(db, { organisationId: a.organisationId, name: `Coördinator ${c}`, email, password, role: 'coordinator' });
		members.push({ email, role: 'coordinator', seriesIds: everything });
	}
	return { members, series: all, coordinatorEmail: a.coordinator.email };
}

export interface LoadOptions {
	users: number;
	seconds: number;
	/** Share of users that hold a meeting's live channel open (signed in), and share that are phones in the room. */
	followerShare?: number;
	phoneShare?: number;
	/** Pause between two steps of a journey, in ms. */
	think?: [number, number];
	/** Chance that a journey ends with an agreement or a note posted on the record page. */
	postChance?: number;
}

export const requestKinds = ['page', 'post', 'join', 'stream'] as const;
export type RequestKind = (typeof requestKinds)[number];

export interface LoadFigures {
	users: number;
	seconds: number;
	requests: number;
	errors: number;
	/** The first few errors, to say what went wrong. */
	errorSamples: string[];
	/** Latencies in ms per kind, sorted; a stream's is the time to its first bytes. */
	latencies: Record<RequestKind, number[]>;
	kindErrors: Record<RequestKind, number>;
	/** Every post's text starts with `tag`, so what was stored can be counted afterwards. */
	tag: string;
	posted: number;
	answered: number;
	streamsPeak: number;
	events: number;
	rssMb: number;
	peakRssMb: number;
	load: string;
}

/** The rows a run's posts made, found by their tag: agreements, notes and the phones' change wishes. */
export async function storedPosts(db: Db, tag: string): Promise<number> {
	const pattern = `${tag}%`;
	const counts = await Promise.all([
		db.select({ id: groupAgreement.id }).from(groupAgreement).where(like(groupAgreement.text, pattern)),
		db.select({ id: note.id }).from(note).where(like(note.text, pattern)),
		db.select({ id: changeWish.id }).from(changeWish).where(like(changeWish.text, pattern))
	]);
	return counts.reduce((sum, rows) => sum + rows.length, 0);
}

/** Cookies as a browser keeps them: what the server sets or renews replaces what was there. */
class Jar {
	private cookies = new Map<string, string>();
	constructor(from?: Jar) {
		if (from) this.cookies = new Map(from.cookies);
	}
	take(res: Response) {
		for (const line of res.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const at = pair!.indexOf('=');
			const name = pair!.slice(0, at).trim();
			const value = pair!.slice(at + 1).trim();
			if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}
	get header() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const between = ([low, high]: [number, number]) => low + Math.random() * (high - low);

function rssOf(pid: number) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
	return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/** Runs the simulated users against the app at `url` (its process `pid`, for its memory). */
export async function runLoad(url: string, pid: number, seed: LoadSeed, options: LoadOptions): Promise<LoadFigures> {
	const { users, seconds, followerShare = 0.2, phoneShare = 0.1, think = [1000, 3000], postChance = 0.3 } = options;
	const origin = new URL(url).origin;
	const tag = `load-${crypto.randomUUID().slice(0, 8)}`;
	const latencies: Record<RequestKind, number[]> = { page: [], post: [], join: [], stream: [] };
	const kindErrors: Record<RequestKind, number> = { page: 0, post: 0, join: 0, stream: 0 };
	const errorSamples: string[] = [];
	let requests = 0;
	let posted = 0;
	let answered = 0;
	let streamsOpen = 0;
	let streamsPeak = 0;
	let events = 0;

	const record = (kind: RequestKind, started: number, problem: string | null) => {
		requests++;
		latencies[kind].push(performance.now() - started);
		if (problem === null) return;
		kindErrors[kind]++;
		if (errorSamples.length < 10) errorSamples.push(`${kind}: ${problem}`);
	};
	/** A form action posted as `use:enhance` does; the answer must be the action's success. */
	const action = async (path: string, fields: Record<string, string>, jar: Jar) => {
		const started = performance.now();
		posted++;
		try {
			const res = await fetch(url + path, {
				method: 'POST',
				redirect: 'manual',
				body: new URLSearchParams(fields),
				headers: { origin, cookie: jar.header, accept: 'application/json', 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' }
			});
			jar.take(res);
			const body = await res.text();
			const ok = res.status === 200 && (JSON.parse(body) as { type?: string }).type === 'success';
			if (ok) answered++;
			record('post', started, ok ? null : `${path} answered ${res.status} ${body.slice(0, 120)}`);
		} catch (error) {
			record('post', started, `${path}: ${String(error)}`);
		}
	};
	/** A page as a browser opens it; anything but 200 (a redirect to the login too) is an error. */
	const page = async (path: string, jar: Jar) => {
		const started = performance.now();
		try {
			const res = await fetch(url + path, { redirect: 'manual', headers: { cookie: jar.header, accept: 'text/html' } });
			jar.take(res);
			await res.arrayBuffer();
			record('page', started, res.status === 200 ? null : `${path} answered ${res.status}`);
		} catch (error) {
			record('page', started, `${path}: ${String(error)}`);
		}
	};

	// Sign every member in once; each user starts from their member's cookies and keeps their own.
	const jars = new Map<string, Jar>();
	for (const member of seed.members) {
		const jar = new Jar();
		const res = await fetch(`${url}/login`, {
			method: 'POST',
			redirect: 'manual',
			body: new URLSearchParams({ email: member.email, password }),
			headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
		});
		if (res.status !== 303) throw new Error(`signing in ${member.email} answered ${res.status}`);
		jar.take(res);
		jars.set(member.email, jar);
	}
	// Today's meetings have their room open: the phone code as the run page shows it.
	const coordinator = jars.get(seed.coordinatorEmail)!;
	const phoneCodes: string[] = [];
	for (const s of seed.series) {
		const run = `/series/${s.id}/meetings/${s.todayId}/run`;
		const opened = await fetch(`${url}${run}?/openCodes`, {
			method: 'POST',
			body: new URLSearchParams(),
			headers: { origin, cookie: coordinator.header, accept: 'application/json', 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' }
		});
		await opened.arrayBuffer();
		const html = await (await fetch(url + run, { headers: { cookie: coordinator.header } })).text();
		const codes = [...html.matchAll(/class="sd-join-code[^"]*">([0-9A-Z-]{7})</g)].map((m) => m[1]!);
		if (codes.length !== 2) throw new Error('the run page shows no codes');
		phoneCodes.push(codes[1]!);
	}

	const startedAt = performance.now();
	const endAt = startedAt + seconds * 1000;
	const running = () => performance.now() < endAt;
	const pause = (range: [number, number]) => new Promise((r) => setTimeout(r, Math.max(0, Math.min(between(range), endAt - performance.now()))));

	/**
	 * Holds a live channel open for 20–60 s, as a page left open does, counting its messages; then
	 * the page is left and another opened. Connect time is the time to the stream's first bytes.
	 */
	const hold = (path: string, cookie: string) =>
		new Promise<void>((resolve) => {
			const started = performance.now();
			let responded = false;
			let connected = false;
			let closedByUs = false;
			let finished = false;
			const done = (problem: string | null) => {
				if (finished) return;
				finished = true;
				clearTimeout(timer);
				if (connected) {
					streamsOpen--;
					if (problem) {
						kindErrors.stream++;
						if (errorSamples.length < 10) errorSamples.push(`stream: ${problem}`);
					}
				} else if (problem) record('stream', started, problem);
				resolve();
			};
			const stop = () => {
				closedByUs = true;
				req.destroy();
				// A stream that has not answered when the page is left (the run's end) is not counted:
				// it was cut short, not refused; one that took over 10 s to answer is an error.
				if (!responded) done(performance.now() - started > 10_000 ? `${path} did not answer in 10 s` : null);
			};
			const timer = setTimeout(stop, Math.min(between([20_000, 60_000]), Math.max(0, endAt - performance.now())));
			const req = http.get(url + path, { headers: { cookie, accept: 'text/event-stream' }, agent: false }, (res) => {
				responded = true;
				if (res.statusCode !== 200) {
					res.resume();
					closedByUs = true;
					req.destroy();
					done(`${path} answered ${res.statusCode}`);
					return;
				}
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => {
					if (!connected) {
						connected = true;
						record('stream', started, null);
						streamsPeak = Math.max(streamsPeak, ++streamsOpen);
					}
					events += chunk.split('\n').filter((line) => line.startsWith('data:')).length;
				});
				res.on('close', () => done(closedByUs ? null : `${path} ended by the server`));
				res.on('error', () => undefined);
			});
			req.on('error', (error) => done(closedByUs ? null : `${path}: ${String(error)}`));
		});

	const browse = async (n: number) => {
		const member = seed.members[n % seed.members.length]!;
		const jar = new Jar(jars.get(member.email));
		// A facilitator notes for the series' facilitators; a coordinator, who does not lead it, for the organisation.
		const visibility = member.role === 'facilitator' ? 'facilitators' : 'organisation';
		for (let step = 0; running(); step++) {
			await page('/series', jar);
			await pause(think);
			const seriesId = pick(member.seriesIds);
			const s = seed.series.find((x) => x.id === seriesId)!;
			if (!running()) break;
			await page(`/series/${s.id}`, jar);
			await pause(think);
			// Half the time today's meeting, where the live channels and the room are.
			const meetingPath = `/series/${s.id}/meetings/${Math.random() < 0.5 ? s.todayId : pick(s.meetingIds)}`;
			if (!running()) break;
			await page(meetingPath, jar);
			await pause(think);
			if (!running()) break;
			await page(`${meetingPath}/record`, jar);
			await pause(think);
			if (running() && Math.random() < postChance) {
				const text = `${tag} ${n}-${step}`;
				if (Math.random() < 0.5) await action(`${meetingPath}/record?/agreement`, { agreement: `${text} afspraak` }, jar);
				else await action(`${meetingPath}/record?/note`, { note: `${text} notitie`, visibility }, jar);
				await pause(think);
			}
		}
	};
	const followMeeting = async (n: number) => {
		const member = seed.members[n % seed.members.length]!;
		const jar = jars.get(member.email)!;
		while (running()) {
			const seriesId = pick(member.seriesIds);
			const s = seed.series.find((x) => x.id === seriesId)!;
			await hold(`/series/${s.id}/meetings/${s.todayId}/live`, jar.header);
			await pause(think);
		}
	};
	const phone = async (n: number) => {
		const jar = new Jar();
		const started = performance.now();
		try {
			const res = await fetch(`${url}/doe-mee`, {
				method: 'POST',
				redirect: 'manual',
				body: new URLSearchParams({ code: phoneCodes[n % phoneCodes.length]! }),
				headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
			});
			jar.take(res);
			await res.arrayBuffer();
			record('join', started, res.status === 303 ? null : `joining answered ${res.status}`);
			if (res.status !== 303) return;
		} catch (error) {
			record('join', started, String(error));
			return;
		}
		const listen = async () => {
			while (running()) {
				await hold('/doe-mee/live/events', jar.header);
				await pause(think);
			}
		};
		// A phone sends a change wish now and then while it listens, as a room does.
		const send = async () => {
			for (let i = 0; running(); i++) {
				await pause([10_000, 30_000]);
				if (!running()) break;
				await action('/doe-mee/live?/send', { kind: 'changeWish', text: `${tag} telefoon ${n}-${i}`, submissionId: crypto.randomUUID() }, jar);
			}
		};
		await Promise.all([listen(), send()]);
	};

	const loadBefore = loadavg()[0]!.toFixed(1);
	const followers = Math.round(users * followerShare);
	const phones = Math.round(users * phoneShare);
	await Promise.all(
		Array.from({ length: users }, async (_, n) => {
			// Users arrive spread over the first pause, not all in the same millisecond.
			await pause([0, think[1]]);
			if (n < followers) await followMeeting(n);
			else if (n < followers + phones) await phone(n);
			else await browse(n);
		})
	);
	const elapsed = (performance.now() - startedAt) / 1000;
	for (const kind of requestKinds) latencies[kind].sort((x, y) => x - y);
	return {
		users,
		seconds: elapsed,
		requests,
		errors: requestKinds.reduce((sum, kind) => sum + kindErrors[kind], 0),
		errorSamples,
		latencies,
		kindErrors,
		tag,
		posted,
		answered,
		streamsPeak,
		events,
		...rssOf(pid),
		load: `${loadBefore}–${loadavg()[0]!.toFixed(1)}`
	};
}

/** The figures of one or more runs, as bench/README.md keeps them. */
export function printLoad(rows: { setup: string; figures: LoadFigures; stored: number }[]) {
	printTable(rows, [
		['setup', (r) => r.setup],
		['users', (r) => r.figures.users],
		['seconds', (r) => r.figures.seconds.toFixed(0)],
		['requests', (r) => r.figures.requests],
		['per s', (r) => (r.figures.requests / r.figures.seconds).toFixed(1)],
		['errors', (r) => r.figures.errors],
		['error rate', (r) => `${((100 * r.figures.errors) / Math.max(1, r.figures.requests)).toFixed(2)} %`],
		['posts answered / stored', (r) => `${r.figures.answered} of ${r.figures.posted} / ${r.stored}`],
		['streams (peak)', (r) => r.figures.streamsPeak],
		['events received', (r) => r.figures.events],
		['RSS MB (end / peak)', (r) => `${r.figures.rssMb.toFixed(0)} / ${r.figures.peakRssMb.toFixed(0)}`],
		['load avg', (r) => r.figures.load]
	]);
	console.log('');
	const perKind = rows.flatMap((r) => requestKinds.map((kind) => ({ setup: r.setup, kind, sorted: r.figures.latencies[kind], errors: r.figures.kindErrors[kind] })));
	printTable(perKind, [
		['setup', (r) => r.setup],
		['kind', (r) => (r.kind === 'stream' ? 'stream connect' : r.kind)],
		['requests', (r) => r.sorted.length],
		['errors', (r) => r.errors],
		['p50 ms', (r) => ms(percentile(r.sorted, 50))],
		['p95 ms', (r) => ms(percentile(r.sorted, 95))],
		['p99 ms', (r) => ms(percentile(r.sorted, 99))],
		['max ms', (r) => ms(r.sorted.at(-1) ?? NaN)]
	]);
	for (const r of rows) for (const sample of r.figures.errorSamples) console.log(`${r.setup}: ${sample}`);
}
