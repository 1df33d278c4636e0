/**
 * The job runner (issue 9 item 5) on PGlite and on PostgreSQL, in-process (no HTTP): how many jobs
 * per second one worker finishes, and how long after being due a job is done. See bench/README.md.
 *
 *   npm run bench:jobs
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh database per
 * run, dropped after), BENCH_DATABASES (default "pglite,postgres"), BENCH_JOBS (default 2000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inArray } from 'drizzle-orm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';

const { startSmtp } = await import('../tests/support/smtp');
const smtp = await startSmtp();
// The mail module reads its settings once, at import: the listener must exist first.
process.env.SMTP_URL = smtp.url;

const { freshPostgres } = await import('../tests/support/app');
const { openDatabase } = await import('../src/lib/server/db/client');
const { job, organisation } = await import('../src/lib/server/db/schema');
const { createRunner } = await import('../src/lib/server/jobs/runner');
const { enqueue, onEnqueue } = await import('../src/lib/server/jobs/queue');
const { deliverMail, deliverMailJob, sendMail } = await import('../src/lib/server/mail');

type Kind = 'pglite' | 'postgres';
type Db = Awaited<ReturnType<typeof openDatabase>>['db'];
const kinds = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((s) => s.trim()) as Kind[];
const count = Number(process.env.BENCH_JOBS ?? 2000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const summary = (delays: number[]) =>
	`p50 ${percentile(delays, 50).toFixed(0)} ms, p95 ${percentile(delays, 95).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms`;

/** The app's settings: a one-second poll, ten jobs in hand. */
const runnerFor = (db: Db, handlers: Parameters<typeof createRunner>[0]['handlers']) =>
	createRunner({ db, handlers, pollMs: 1000, leaseSeconds: 300, retryBaseSeconds: 5, releaseOrphans: false, log: () => {} });

async function bench(kind: Kind) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-bench-jobs-'));
	const pg = kind === 'postgres' ? await freshPostgres() : null;
	const database = await openDatabase({ url: pg?.url ?? null, dataDir });
	const { db } = database;
	const [org] = await db.insert(organisation).values({ name: 'Bench' }).returning();
	const organisationId = org!.id;
	const lines: string[] = [];
	try {
		// 1. Throughput with a handler that does nothing: the runner's own cost (claim + settle).
		const rows = Array.from({ length: count }, (_, i) => ({ kind: 'noop', organisationId, payload: { i }, maxAttempts: 3 }));
		for (let i = 0; i < rows.length; i += 500) await db.insert(job).values(rows.slice(i, i + 500));
		let finished = 0;
		const noop = runnerFor(db, { noop: async () => ((finished += 1), { ok: true }) });
		let started = performance.now();
		await noop.start();
		while (finished < count) await sleep(10);
		const noopSeconds = (performance.now() - started) / 1000;
		await noop.stop();
		lines.push(`empty jobs:       ${(count / noopSeconds).toFixed(0)} jobs/s (${count} jobs in ${noopSeconds.toFixed(1)} s)`);

		// 2. Throughput of real mail: outbox row + job in one transaction, SMTP to a local listener.
		const mails = Math.min(count, 500);
		const before = smtp.received.length;
		for (let i = 0; i < mails; i++) await sendMail(db, { organisationId, to: `p${i}@example.org`, subject: 'Bench', text: 'Hallo' });
		const mailRunner = runnerFor(db, { [deliverMailJob]: deliverMail });
		started = performance.now();
		await mailRunner.start();
		while (smtp.received.length - before < mails) await sleep(10);
		const mailSeconds = (performance.now() - started) / 1000;
		await mailRunner.stop();
		lines.push(`mail via SMTP:    ${(mails / mailSeconds).toFixed(0)} jobs/s (${mails} mails in ${mailSeconds.toFixed(1)} s)`);

		// 3. Delayed jobs: due at spread moments over 10 s; delay from due to done.
		const doneAt = new Map<string, number>();
		const delayed = runnerFor(db, { timed: async (_db, payload) => (doneAt.set(String((payload as { n: number }).n), Date.now()), { ok: true }) });
		await delayed.start();
		const due = new Map<string, number>();
		const t0 = Date.now() + 1000;
		for (let n = 0; n < 200; n++) {
			const runAt = new Date(t0 + n * 50);
			due.set(String(n), runAt.getTime());
			await enqueue(db, { kind: 'timed', organisationId, payload: { n }, runAt, maxAttempts: 3 });
		}
		while (doneAt.size < due.size) await sleep(20);
		await delayed.stop();
		lines.push(`delayed, due→done: ${summary([...due].map(([n, at]) => doneAt.get(n)! - at))} (200 jobs, poll 1 s)`);

		// 4. Jobs for now, enqueued one by one as a use-case would: enqueue→done, with the nudge.
		const enqueuedAt = new Map<string, number>();
		const finishedAt = new Map<string, number>();
		const now = runnerFor(db, { now: async (_db, payload) => (finishedAt.set(String((payload as { n: number }).n), Date.now()), { ok: true }) });
		await now.start();
		onEnqueue(now.nudge);
		for (let n = 0; n < 200; n++) {
			enqueuedAt.set(String(n), Date.now());
			await db.transaction((tx) => enqueue(tx, { kind: 'now', organisationId, payload: { n }, maxAttempts: 3 }));
			await sleep(10);
		}
		while (finishedAt.size < enqueuedAt.size) await sleep(20);
		onEnqueue(null);
		await now.stop();
		lines.push(`for now, enqueue→done: ${summary([...enqueuedAt].map(([n, at]) => finishedAt.get(n)! - at))} (200 jobs)`);
		await db.delete(job).where(inArray(job.kind, ['noop', 'timed', 'now']));
	} finally {
		await database.close();
		await pg?.drop();
		rmSync(dataDir, { recursive: true, force: true });
	}
	return lines;
}

for (const kind of kinds) {
	const lines = await bench(kind);
	console.log(`\n${kind}`);
	for (const line of lines) console.log(`  ${line}`);
}
await smtp.stop();
