import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshPostgres } from '../../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../../tests/support/factories';
import { SseReader } from '../../../../tests/support/sse';
import { openDatabase, type Database } from '../db/client';
import { withTransaction } from '../db/transaction';
import { recordEvent } from '../events/record';
import type { RecordedEvent } from '../events/types';
import type { Hub } from './hub';
import { connectHub } from '.';
import { liveStream } from './stream';

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(databaseKinds)('events and the live hub on %s', (kind) => {
	let database: Database;
	let hub: Hub;
	let org: SeededOrganisation;
	let cleanup: () => Promise<void>;

	beforeAll(async () => {
		const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-live-'));
		const pgDb = kind === 'postgres' ? await freshPostgres() : null;
		database = await openDatabase({ url: pgDb?.url ?? null, dataDir });
		hub = await connectHub(database);
		org = await seedOrganisation(database.db, 'A');
		cleanup = async () => {
			await database.close();
			await pgDb?.drop();
			rmSync(dataDir, { recursive: true, force: true });
		};
	});
	afterAll(() => cleanup?.());

	const record = (subject: string, db = database.db) =>
		recordEvent(db, { organisationId: org.organisationId, actorId: null, type: 'meeting.groupsLocked', subject, payload: {} });

	const follow = (topic: string) => {
		const got: RecordedEvent[] = [];
		const stop = hub.subscribe(topic, { deliver: (e) => got.push(e), resync: () => {}, close: () => {} });
		return { got, stop };
	};

	const open = (topic: string, lastEventId: number | null, heartbeatMs?: number, maxAgeMs?: number) => {
		const abort = new AbortController();
		const res = liveStream({ db: database.db, hub, organisationId: org.organisationId, topic, lastEventId, signal: abort.signal, heartbeatMs, maxAgeMs });
		return { res, reader: new SseReader(res.body!), abort };
	};

	it('delivers an event after its transaction commits, not before', async () => {
		const topic = crypto.randomUUID();
		const { got, stop } = follow(topic);
		let seenInside = -1;
		const recorded = await withTransaction(database.db, async (tx) => {
			const e = await record(topic, tx);
			await settle();
			seenInside = got.length;
			return e;
		});
		await settle();
		stop();
		expect(seenInside).toBe(0);
		expect(got.map((e) => e.id)).toEqual([recorded.id]);
		expect(got[0]).toMatchObject({ organisationId: org.organisationId, type: 'meeting.groupsLocked', subject: topic });
	});

	it('never delivers, nor keeps, an event whose transaction rolled back', async () => {
		const topic = crypto.randomUUID();
		const { got, stop } = follow(topic);
		await expect(
			withTransaction(database.db, async (tx) => {
				await record(topic, tx);
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');
		const after = await record(topic);
		await settle();
		stop();
		expect(got.map((e) => e.id)).toEqual([after.id]);
		const rows = await database.db.execute(sql`select count(*)::int as n from event where subject = ${topic}`);
		expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
	});

	it('replays what a reconnecting client missed, then goes on live, each event once', async () => {
		const topic = crypto.randomUUID();
		const [first, second, third] = [await record(topic), await record(topic), await record(topic)];
		const { reader, abort } = open(topic, first.id);
		await reader.until(() => reader.messages.length === 2);
		const fourth = await record(topic);
		await reader.until(() => reader.messages.length === 3);
		await settle();
		abort.abort();
		expect(reader.messages.map((m) => Number(m.id))).toEqual([second.id, third.id, fourth.id]);
		expect(reader.lastId).toBe(String(fourth.id));
	});

	it('gives a first connection no history, only the id to come back with', async () => {
		const topic = crypto.randomUUID();
		const old = await record(topic);
		const { reader, abort } = open(topic, null);
		await reader.until(() => reader.lastId !== null);
		await settle();
		abort.abort();
		expect(reader.messages).toEqual([]);
		expect(reader.lastId).toBe(String(old.id));
	});

	it('counts an id beyond the topic’s newest from the newest, so a made-up id cannot mute the stream', async () => {
		const topic = crypto.randomUUID();
		const old = await record(topic);
		const { reader, abort } = open(topic, old.id + 1_000_000);
		await reader.until(() => reader.lastId !== null);
		expect(reader.lastId).toBe(String(old.id));
		const next = await record(topic);
		await reader.until(() => reader.messages.length === 1);
		abort.abort();
		expect(reader.messages.map((m) => Number(m.id))).toEqual([next.id]);
	});

	it('never writes an event of another organisation, even on the same topic', async () => {
		const topic = crypto.randomUUID();
		const { reader, abort } = open(topic, null);
		await reader.until(() => reader.lastId !== null);
		hub.publish({ id: 1e12, organisationId: crypto.randomUUID(), type: 'meeting.groupsLocked', subject: topic, occurredAt: '', payload: {} });
		const own = await record(topic);
		await reader.until(() => reader.messages.length > 0);
		abort.abort();
		expect(reader.messages.map((m) => Number(m.id))).toEqual([own.id]);
	});

	it('gives an audience only its own kinds of event, live and replayed, and never their ids', async () => {
		const topic = crypto.randomUUID();
		const quiet = () =>
			recordEvent(database.db, { organisationId: org.organisationId, actorId: null, type: 'meeting.attendanceSaved', subject: topic, payload: { listed: 1, present: 1, absentWithNotice: 0 } });
		const start = await record(topic);
		const hiddenBefore = await quiet();
		const abort = new AbortController();
		const res = liveStream({ db: database.db, hub, organisationId: org.organisationId, topic, lastEventId: start.id, audience: (type) => type === 'meeting.groupsLocked', signal: abort.signal });
		const reader = new SseReader(res.body!);
		await reader.until(() => reader.lastId !== null);
		await quiet();
		const shown = await record(topic);
		await reader.until(() => reader.messages.length === 1);
		await settle();
		abort.abort();
		expect(reader.messages.map((m) => Number(m.id))).toEqual([shown.id]);
		expect(hiddenBefore.id).toBeGreaterThan(start.id);
	});

	it('sends an event that arrives after a later-numbered one, as a slower commit does on PostgreSQL, and none twice', async () => {
		const topic = crypto.randomUUID();
		const { reader, abort } = open(topic, null);
		await reader.until(() => reader.lastId !== null);
		const base = Number(reader.lastId) + 1_000_000;
		const fake = (id: number) => ({ id, organisationId: org.organisationId, type: 'meeting.groupsLocked' as const, subject: topic, occurredAt: '', payload: {} });
		for (const id of [base + 2, base + 1, base + 2]) hub.publish(fake(id));
		await reader.until(() => reader.messages.length === 2);
		await settle();
		abort.abort();
		expect(reader.messages.map((m) => Number(m.id))).toEqual([base + 2, base + 1]);
	});

	it('sends heartbeats while nothing happens', async () => {
		const { reader, abort } = open(crypto.randomUUID(), null, 20);
		await reader.until(() => reader.comments >= 2);
		abort.abort();
		expect(reader.comments).toBeGreaterThanOrEqual(2);
	});

	it('leaves nothing behind when the client goes away or the request is aborted', async () => {
		const topic = crypto.randomUUID();
		const before = hub.count();
		const byAbort = open(topic, null, 10);
		const byCancel = open(topic, null, 10);
		await byAbort.reader.until(() => byAbort.reader.lastId !== null);
		await byCancel.reader.until(() => byCancel.reader.lastId !== null);
		expect(hub.count(topic)).toBe(2);
		byAbort.abort.abort();
		await byCancel.reader.cancel();
		await settle(50);
		expect(hub.count(topic)).toBe(0);
		expect(hub.count()).toBe(before);
		await byAbort.reader.until(() => byAbort.reader.ended);
		expect(byAbort.reader.ended).toBe(true);
	});

	it('ends a stream after its maximum age, so the browser reconnects and is checked again', async () => {
		const topic = crypto.randomUUID();
		const { reader } = open(topic, null, undefined, 100);
		await reader.until(() => reader.ended);
		expect(hub.count(topic)).toBe(0);
	});

	it('ends every stream when the instance stops, so browsers reconnect elsewhere', async () => {
		const topic = crypto.randomUUID();
		const { reader } = open(topic, null);
		await reader.until(() => reader.lastId !== null);
		hub.closeAll();
		await reader.until(() => reader.ended);
		expect(hub.count(topic)).toBe(0);
	});

	it.runIf(kind === 'postgres')('catches up from the table when the LISTEN connection drops', async () => {
		const topic = crypto.randomUUID();
		const { reader, abort } = open(topic, null);
		await reader.until(() => reader.lastId !== null);
		await database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and datname = current_database()`);
		const missed = await record(topic);
		await reader.until(() => reader.messages.length === 1, 10_000);
		abort.abort();
		expect(reader.messages.map((m) => Number(m.id))).toEqual([missed.id]);
	});
});
