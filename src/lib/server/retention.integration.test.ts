import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { addCalendarMonths } from '../domain/retention';
import { fromInstant, toInstant } from '../domain/schedule';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { auditEntry, event, job, meeting, outbox, person, series, seriesPerson } from './db/schema';
import { createRunner } from './jobs/runner';
import { ensureRetentionScheduled, postponeRetention, retentionJob, retentionNotice, runRetention, runRetentionJob } from './retention';
import { readVersionToken } from './versioning';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out');
		await sleep(50);
	}
}

const today = () => fromInstant(new Date()).date;

describe.each(databaseKinds)('retention on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let keptId: string;
	let soonId: string;
	let soonDue: string;

	/** A series of the organisation with one meeting on `date`, and a new participant in it. */
	async function seriesOn(date: string, name: string): Promise<{ seriesId: string; personId: string }> {
		const [s] = await db.insert(series).values({ organisationId: org.organisationId, name, kind: 'ontmoetingen', mode: 'onLocation' }).returning();
		await db.insert(meeting).values({ seriesId: s!.id, number: 1, date, startTime: '10:00', startsAt: toInstant(date, '10:00'), durationMinutes: 120 });
		const [p] = await db.insert(person).values({ organisationId: org.organisationId, name: `Deelnemer van ${name}`, email: `${s!.id}@voorbeeld.test`, background: 'resident' }).returning();
		await db.insert(seriesPerson).values({ seriesId: s!.id, personId: p!.id, role: 'participant' });
		return { seriesId: s!.id, personId: p!.id };
	}

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'R');
		actors = await actorsOf(db, org);
		// The seeded series ended 13 months ago: its last meeting moves there, the others before it.
		const ended = addCalendarMonths(today(), -13);
		const meetings = await db.select().from(meeting).where(eq(meeting.seriesId, org.seriesId)).orderBy(meeting.number);
		for (const [i, m] of meetings.entries()) {
			const date = addCalendarMonths(ended, i - meetings.length + 1);
			await db.update(meeting).set({ date, startsAt: toInstant(date, '10:00') }).where(eq(meeting.id, m.id));
		}
		// Someone of that series who is also in one that still runs.
		const running = await seriesOn(addCalendarMonths(today(), 2), 'Lopende reeks');
		keptId = running.personId;
		await db.insert(seriesPerson).values({ seriesId: org.seriesId, personId: keptId, role: 'participant' });
		// A series that ended 12 months minus 20 days ago: its participant goes in 20 days.
		const soonEnded = addCalendarMonths(today(), -12);
		const [y, mo, d] = soonEnded.split('-').map(Number) as [number, number, number];
		const plus20 = fromInstant(new Date(Date.UTC(y, mo - 1, d, 12) + 20 * 86_400_000)).date;
		soonId = (await seriesOn(plus20, 'Bijna verlopen reeks')).personId;
		soonDue = addCalendarMonths(plus20, 12);
		// Mail from 14 months ago, and mail of today.
		await db.insert(outbox).values([
			{ organisationId: org.organisationId, recipient: 'oud@voorbeeld.test', subject: 'Oud', body: 'Beste Oud', sentAt: new Date(), createdAt: new Date(Date.now() - 426 * 86_400_000) },
			{ organisationId: org.organisationId, recipient: 'nieuw@voorbeeld.test', subject: 'Nieuw', body: 'Beste Nieuw', sentAt: new Date() }
		]);
	});
	afterAll(() => close?.());

	const personRow = async (id: string) => (await db.select().from(person).where(eq(person.id, id)))[0]!;
	const retentionJobs = () => db.select().from(job).where(eq(job.kind, retentionJob)).orderBy(job.runAt);
	const retentionEvents = () => db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, 'retention.anonymised')));

	it('shows the coordinator a month ahead who goes and when, and nobody else', async () => {
		const notice = await retentionNotice(db, actors.coordinator);
		if (!notice.ok) throw new Error('refused');
		expect(notice.value.series).toEqual([
			{
				seriesId: expect.any(String),
				seriesName: 'Bijna verlopen reeks',
				version: expect.any(String),
				people: [{ personId: soonId, name: 'Deelnemer van Bijna verlopen reeks', dueDate: soonDue }]
			}
		]);
		for (const actor of [actors.facilitator, actors.stakeholder]) expect(await retentionNotice(db, actor)).toEqual({ ok: false, code: 'notFound' });
	});

	it('lets a coordinator keep a series three months longer, once per version shown', async () => {
		const notice = await retentionNotice(db, actors.coordinator);
		if (!notice.ok) throw new Error('refused');
		const [entry] = notice.value.series;
		const based = readVersionToken(entry!.version)!;
		expect(await postponeRetention(db, actors.facilitator, entry!.seriesId, based)).toEqual({ ok: false, code: 'notFound' });
		const other = await seedOrganisation(db, 'S');
		expect(await postponeRetention(db, actors.coordinator, other.seriesId, based)).toEqual({ ok: false, code: 'notFound' });
		expect(await postponeRetention(db, actors.coordinator, entry!.seriesId, based)).toEqual({ ok: true, value: {} });
		// A second coordinator who saw the same page is told, and the series is postponed once.
		expect(await postponeRetention(db, actors.coordinator, entry!.seriesId, based)).toMatchObject({ ok: false, code: 'stale', changed: ['extraMonths'] });
		const after = await retentionNotice(db, actors.coordinator);
		expect(after.ok && after.value.series).toEqual([]);
		const [recorded] = await db.select().from(event).where(and(eq(event.subject, entry!.seriesId), eq(event.type, 'retention.postponed')));
		expect(recorded).toMatchObject({ actorId: actors.coordinator.userId, payload: { months: 3 } });
		// Back as it was, for the tests below.
		await db.update(series).set({ retentionExtraMonths: 0 }).where(eq(series.id, entry!.seriesId));
	});

	it('runs as a daily job: anonymises the participant of the finished series, keeps the rest, plans tomorrow', async () => {
		await ensureRetentionScheduled(db);
		await ensureRetentionScheduled(db);
		expect(await retentionJobs()).toHaveLength(1);
		const runner = createRunner({ db, handlers: { [retentionJob]: runRetentionJob }, pollMs: 50, leaseSeconds: 60, retryBaseSeconds: 0.2, releaseOrphans: false, log: () => {} });
		await runner.start();
		await until(async () => (await retentionJobs()).some((j) => j.state === 'done'));
		await runner.stop();

		const resident = await personRow(org.personId);
		expect(resident).toMatchObject({ name: 'Verwijderde deelnemer', email: null });
		expect(resident.erasedAt).not.toBeNull();
		// Also in a running series; the facilitator is a member; the other series ends later.
		expect((await personRow(keptId)).erasedAt).toBeNull();
		expect((await personRow(org.facilitatorPersonId)).name).toBe('Begeleider R');
		expect((await personRow(soonId)).erasedAt).toBeNull();
		expect((await db.select().from(outbox).where(eq(outbox.organisationId, org.organisationId))).map((o) => o.subject)).toEqual(['Nieuw']);
		expect((await retentionEvents()).map((e) => [e.actorId, e.payload])).toEqual([[null, { people: 1, mails: 1, signups: 0 }]]);

		// Tomorrow's run waits at the quiet hour; starting again adds none.
		const [, next] = await retentionJobs();
		expect(next).toMatchObject({ state: 'waiting', organisationId: null });
		expect(fromInstant(next!.runAt)).toEqual({ date: expect.any(String), time: '03:30' });
		expect(next!.runAt.getTime()).toBeGreaterThan(Date.now());
		await ensureRetentionScheduled(db);
		expect(await retentionJobs()).toHaveLength(2);
	});

	it('changes nothing when it runs again', async () => {
		const before = await db.select({ name: person.name, version: person.version }).from(person).where(eq(person.organisationId, org.organisationId)).orderBy(person.id);
		expect(await runRetention(db, new Date(), 12)).toEqual({ anonymised: 0, mails: 0, jobs: 0, auditEntries: 0 });
		expect(await db.select({ name: person.name, version: person.version }).from(person).where(eq(person.organisationId, org.organisationId)).orderBy(person.id)).toEqual(before);
		expect(await retentionEvents()).toHaveLength(1);
	});

	it('keeps the audit log for its own months, then lets only the retention remove it', async () => {
		const entry = (monthsAgo: number) => ({
			organisationId: org.organisationId,
			traceId: crypto.randomUUID(),
			actorId: actors.coordinator.userId,
			operation: 'person.viewed',
			purpose: 'peopleAdministration',
			personId: keptId,
			occurredAt: new Date(Date.now() - monthsAgo * 31 * 86_400_000)
		});
		const [old] = await db.insert(auditEntry).values(entry(26)).returning({ id: auditEntry.id });
		const [young] = await db.insert(auditEntry).values(entry(14)).returning({ id: auditEntry.id });
		// Outside the retention's transaction nothing deletes an entry, however old.
		await expect(db.delete(auditEntry).where(eq(auditEntry.id, old!.id))).rejects.toThrow();

		// Asking for a year or less keeps everything younger than a year; 24 months takes the old one only.
		const run = await runRetention(db, new Date(), 12, 24);
		expect(run.auditEntries).toBeGreaterThanOrEqual(1);
		const left = await db.select({ id: auditEntry.id }).from(auditEntry).where(eq(auditEntry.personId, keptId));
		expect(left.map((r) => r.id)).toContain(young!.id);
		expect(left.map((r) => r.id)).not.toContain(old!.id);
		// A `now` years ahead would put the cut-off inside the last year: the statement holds it back to a year.
		const [fresh] = await db.insert(auditEntry).values(entry(0)).returning({ id: auditEntry.id });
		await runRetention(db, new Date(Date.now() + 5 * 365 * 86_400_000), 12, 12);
		const recent = await db.select({ id: auditEntry.id }).from(auditEntry).where(eq(auditEntry.organisationId, org.organisationId));
		expect(recent.map((r) => r.id)).toEqual([fresh!.id]);
	});
});
