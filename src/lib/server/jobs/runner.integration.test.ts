import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshPostgres } from '../../../../tests/support/app';
import { openDatabase, type Database } from '../db/client';
import { job, organisation } from '../db/schema';
import { enqueue } from './queue';
import { createRunner, type JobHandler, type JobOutcome, type RunnerOptions } from './runner';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out');
		await sleep(50);
	}
}

describe.each(databaseKinds)('the job runner on %s', (kind) => {
	let database: Database;
	let dataDir: string;
	let dropPostgres: (() => Promise<void>) | undefined;
	let organisationId: string;

	beforeAll(async () => {
		dataDir = mkdtempSync(path.join(tmpdir(), 'sd-jobs-'));
		const pg = kind === 'postgres' ? await freshPostgres() : null;
		dropPostgres = pg?.drop;
		database = await openDatabase({ url: pg?.url ?? null, dataDir });
		const [org] = await database.db.insert(organisation).values({ name: 'Jobs' }).returning();
		organisationId = org!.id;
	});
	afterAll(async () => {
		await database?.close();
		await dropPostgres?.();
		rmSync(dataDir, { recursive: true, force: true });
	});

	const runner = (handlers: Record<string, JobHandler>, options: Partial<RunnerOptions> = {}) =>
		createRunner({
			db: database.db,
			handlers,
			pollMs: 100,
			leaseSeconds: 60,
			retryBaseSeconds: 0.2,
			releaseOrphans: false,
			log: () => {},
			...options
		});

	const stateOf = async (id: string) => (await database.db.select().from(job).where(eq(job.id, id)))[0]!;
	const add = (jobKind: string, payload: Record<string, unknown> = {}, extra: { key?: string; runAt?: Date; maxAttempts?: number } = {}) =>
		enqueue(database.db, { kind: jobKind, organisationId, payload, maxAttempts: 5, ...extra });

	it('keeps a job enqueued in a transaction that commits, and drops it with one that rolls back', async () => {
		const key = `tx-${kind}`;
		await expect(
			database.db.transaction(async (tx) => {
				await enqueue(tx, { kind: 'tx', organisationId, payload: {}, key: `${key}-rolled-back`, maxAttempts: 1 });
				throw new Error('use-case failed');
			})
		).rejects.toThrow('use-case failed');
		await database.db.transaction(async (tx) => {
			await enqueue(tx, { kind: 'tx', organisationId, payload: {}, key: `${key}-committed`, maxAttempts: 1 });
		});
		const keys = (await database.db.select({ key: job.key }).from(job).where(eq(job.kind, 'tx'))).map((r) => r.key);
		expect(keys).toEqual([`${key}-committed`]);
	});

	it('enqueues a key once, so its effect happens once', async () => {
		const first = await add('once', {}, { key: 'same' });
		const second = await add('once', {}, { key: 'same' });
		expect(first).not.toBeNull();
		expect(second).toBeNull();
		let calls = 0;
		const r = runner({ once: async () => ((calls += 1), { ok: true }) });
		await r.start();
		await until(async () => (await stateOf(first!)).state === 'done');
		await r.stop();
		expect(calls).toBe(1);
	});

	it('retries with growing waits until the handler succeeds', async () => {
		const id = (await add('flaky'))!;
		const seen: number[] = [];
		const r = runner({
			flaky: async (): Promise<JobOutcome> => {
				seen.push(Date.now());
				return seen.length < 3 ? { ok: false, code: 'retry', detail: 'server down' } : { ok: true };
			}
		});
		await r.start();
		await until(async () => (await stateOf(id)).state === 'done');
		await r.stop();
		const row = await stateOf(id);
		expect(row.attempts).toBe(3);
		expect(row.lastError).toBeNull();
		// 0.2 s, then 0.4 s: the second wait is the longer one.
		expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(180);
		expect(seen[2]! - seen[1]!).toBeGreaterThanOrEqual(380);
	});

	it('gives up after the last attempt and keeps the reason', async () => {
		const id = (await add('broken', {}, { maxAttempts: 2 }))!;
		const r = runner({ broken: async () => ({ ok: false, code: 'retry', detail: 'connection refused' }) });
		await r.start();
		await until(async () => (await stateOf(id)).state === 'failed');
		await r.stop();
		expect(await stateOf(id)).toMatchObject({ attempts: 2, failure: 'attempts', lastError: 'connection refused' });
	});

	it('fails a job whose subject is gone at once, without a retry storm', async () => {
		const id = (await add('gone', { personId: crypto.randomUUID() }))!;
		const unknown = (await add('no-such-kind'))!;
		let calls = 0;
		const r = runner({ gone: async () => ((calls += 1), { ok: false, code: 'gone', detail: 'the person was removed' }) });
		await r.start();
		await until(async () => (await stateOf(id)).state === 'failed' && (await stateOf(unknown)).state === 'failed');
		await sleep(500);
		await r.stop();
		expect(calls).toBe(1);
		expect(await stateOf(id)).toMatchObject({ attempts: 1, failure: 'gone', lastError: 'the person was removed' });
		expect(await stateOf(unknown)).toMatchObject({ attempts: 1, failure: 'unknownKind' });
	});

	it('treats a handler that throws as "try again"', async () => {
		const id = (await add('throws', {}, { maxAttempts: 1 }))!;
		const r = runner({
			throws: async () => {
				throw new Error('unexpected');
			}
		});
		await r.start();
		await until(async () => (await stateOf(id)).state === 'failed');
		await r.stop();
		expect(await stateOf(id)).toMatchObject({ failure: 'attempts', lastError: 'unexpected' });
	});

	it('runs a delayed job within a poll of being due, not before', async () => {
		const due = new Date(Date.now() + 1000);
		const id = (await add('later', {}, { runAt: due }))!;
		let ranAt = 0;
		const r = runner({ later: async () => ((ranAt = Date.now()), { ok: true }) });
		await r.start();
		await until(async () => (await stateOf(id)).state === 'done');
		await r.stop();
		expect(ranAt).toBeGreaterThanOrEqual(due.getTime());
		expect(ranAt - due.getTime()).toBeLessThan(1000);
	});

	it('takes over a job whose worker died: at start on PGlite, after its lease on PostgreSQL', async () => {
		const id = (await add('orphan'))!;
		await database.db
			.update(job)
			.set({ state: 'running', attempts: 1, lockedUntil: kind === 'pglite' ? new Date(Date.now() + 3_600_000) : new Date(Date.now() - 1000) })
			.where(eq(job.id, id));
		let calls = 0;
		const r = runner({ orphan: async () => ((calls += 1), { ok: true }) }, { releaseOrphans: kind === 'pglite' });
		await r.start();
		await until(async () => (await stateOf(id)).state === 'done');
		await r.stop();
		expect(calls).toBe(1);
		expect((await stateOf(id)).attempts).toBe(2);
	});

	it('lets two workers share the queue without running a job twice', async () => {
		const ids = new Set<string>();
		for (let i = 0; i < 60; i++) ids.add((await add('shared', { i }))!);
		const runs = new Map<string, number>();
		const handler: JobHandler = async (_db, payload) => {
			const i = String((payload as { i: number }).i);
			runs.set(i, (runs.get(i) ?? 0) + 1);
			await sleep(5);
			return { ok: true };
		};
		const a = runner({ shared: handler }, { concurrency: 4 });
		const b = runner({ shared: handler }, { concurrency: 4 });
		await Promise.all([a.start(), b.start()]);
		await until(async () => (await database.db.select().from(job).where(eq(job.kind, 'shared'))).every((j) => j.state === 'done'));
		await Promise.all([a.stop(), b.stop()]);
		expect(runs.size).toBe(60);
		expect([...runs.values()].every((n) => n === 1)).toBe(true);
	});

	it('finishes the job in hand when stopped', async () => {
		const id = (await add('slow'))!;
		let started = false;
		const r = runner({ slow: async () => ((started = true), await sleep(300), { ok: true }) });
		await r.start();
		await until(async () => started);
		await r.stop();
		expect((await stateOf(id)).state).toBe('done');
	});
});
