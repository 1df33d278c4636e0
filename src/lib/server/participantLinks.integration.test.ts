import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseKinds, freshPostgres } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';

// The cookie is signed with the app's secret; without one it would be written into ./data.
vi.hoisted(() => {
	process.env.AUTH_SECRET = 'in-process-test-secret-0123456789abcdef';
});

const { openDatabase } = await import('./db/client');
const { event, membership, person, seriesPerson } = await import('./db/schema');
const { LINKS_PER_DEVICE, issueParticipantLink, openParticipantLink, participantsFromCookie, revokeParticipantLink } = await import('./participantLinks');
type Database = Awaited<ReturnType<typeof openDatabase>>;
type Actor = import('./auth/policies').Actor;

describe.each(databaseKinds)('personal links in process on %s', (kind) => {
	let database: Database;
	let dataDir: string;
	let dropPostgres: (() => Promise<void>) | undefined;
	let org: SeededOrganisation;
	let coordinator: Actor;

	beforeAll(async () => {
		dataDir = mkdtempSync(path.join(tmpdir(), 'sd-links-'));
		const pg = kind === 'postgres' ? await freshPostgres() : null;
		dropPostgres = pg?.drop;
		database = await openDatabase({ url: pg?.url ?? null, dataDir });
		org = await seedOrganisation(database.db, 'A');
		const [member] = await database.db
			.select()
			.from(membership)
			.where(and(eq(membership.organisationId, org.organisationId), eq(membership.role, 'coordinator')));
		coordinator = { userId: member!.userId, name: 'C', email: org.coordinator.email, organisationId: org.organisationId, role: 'coordinator', personId: null, ledSeriesIds: [] };
	});
	afterAll(async () => {
		await database?.close();
		await dropPostgres?.();
		rmSync(dataDir, { recursive: true, force: true });
	});

	const tokenOf = (link: string) => link.split('/p/')[1]!;

	it('records issuing, renewing and revoking as events with ids only, and ends the session with the link', async () => {
		const { db } = database;
		const first = await issueParticipantLink(db, coordinator, org.seriesId, org.personId);
		if (!first.ok) throw new Error(first.code);
		const opened = await openParticipantLink(db, tokenOf(first.value.link), '10.0.0.1');
		expect(opened.ok).toBe(true);
		const cookie = opened.ok ? opened.value.cookie : '';
		expect(await participantsFromCookie(db, cookie)).toEqual([{ kind: 'participant', organisationId: org.organisationId, personId: org.personId, seriesIds: [org.seriesId] }]);
		// A cookie whose signature does not match is nobody.
		expect(await participantsFromCookie(db, `${cookie.split('.')[0]}.AAAA`)).toEqual([]);
		expect(await participantsFromCookie(db, 'not-a-cookie')).toEqual([]);

		await issueParticipantLink(db, coordinator, org.seriesId, org.personId);
		expect(await participantsFromCookie(db, cookie)).toEqual([]);
		expect(await revokeParticipantLink(db, coordinator, org.seriesId, org.personId)).toEqual({ ok: true, value: 'revoked' });
		expect(await revokeParticipantLink(db, coordinator, org.seriesId, org.personId)).toEqual({ ok: true, value: 'none' });

		const events = await db.select().from(event).where(eq(event.subject, org.seriesId)).orderBy(asc(event.id));
		expect(events.map((e) => e.type)).toEqual(['participantLink.issued', 'participantLink.revoked', 'participantLink.issued', 'participantLink.revoked']);
		for (const e of events) {
			expect(Object.keys(e.payload as object).sort()).toEqual(['linkId', 'personId']);
			expect(e.actorId).toBe(coordinator.userId);
		}
	});

	it('keeps the newest links opened on one device, one participant per person, and drops those that stopped working', async () => {
		const { db } = database;
		// Six people of one series, and the first of them in the other series as well.
		const people = await db
			.insert(person)
			.values(Array.from({ length: LINKS_PER_DEVICE + 1 }, (_, i) => ({ organisationId: org.organisationId, name: `Gezin ${i}`, background: 'resident' as const })))
			.returning();
		await db.insert(seriesPerson).values([
			...people.map((p) => ({ seriesId: org.seriesId, personId: p.id, role: 'participant' as const })),
			{ seriesId: org.otherSeriesId, personId: people[0]!.id, role: 'participant' as const }
		]);
		let cookie: string | undefined;
		const open = async (seriesId: string, personId: string) => {
			const issued = await issueParticipantLink(db, coordinator, seriesId, personId);
			if (!issued.ok) throw new Error(issued.code);
			const opened = await openParticipantLink(db, tokenOf(issued.value.link), '10.0.0.2', cookie);
			if (!opened.ok) throw new Error(opened.code);
			cookie = opened.value.cookie;
		};

		await open(org.seriesId, people[0]!.id);
		await open(org.otherSeriesId, people[0]!.id);
		expect(await participantsFromCookie(db, cookie!)).toEqual([
			{ kind: 'participant', organisationId: org.organisationId, personId: people[0]!.id, seriesIds: [org.otherSeriesId, org.seriesId] }
		]);

		for (const p of people.slice(1)) await open(org.seriesId, p.id);
		const kept = await participantsFromCookie(db, cookie!);
		expect(kept.map((p) => p.personId)).toEqual(people.slice(-LINKS_PER_DEVICE).reverse().map((p) => p.id));

		// A revoked link leaves the others as they are, and frees its place for the next one.
		await revokeParticipantLink(db, coordinator, org.seriesId, people.at(-1)!.id);
		expect((await participantsFromCookie(db, cookie!)).map((p) => p.personId)).toEqual(people.slice(-LINKS_PER_DEVICE, -1).reverse().map((p) => p.id));
		await open(org.otherSeriesId, people[0]!.id);
		expect((await participantsFromCookie(db, cookie!)).map((p) => p.personId)).toEqual([people[0]!.id, ...people.slice(-LINKS_PER_DEVICE, -1).reverse().map((p) => p.id)]);
	});
});
