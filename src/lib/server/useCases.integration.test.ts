import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { event, invitation, outbox, person } from './db/schema';
import { demoOrganisationName, seedDemo } from './demo';
import { inviteMember } from './invitations';
import { newPersonForm } from './people';
import type { Result } from './result';
import { regionsFor, regionsToManage } from './regions';
import { newSeriesForm, saveSeriesPeople, seriesPeopleForEditing, seriesOverview } from './series';
import { readVersionToken } from './versioning';

/** The value of a use-case's result; the test fails on a refusal. */
function valueOf<T>(result: Result<T, string>): T {
	if (!result.ok) throw new Error(`refused: ${result.code}`);
	return result.value;
}

const roles: MemberRole[] = ['coordinator', 'facilitator', 'stakeholder'];

/** Which roles each use-case lets in; every other role gets a 404. Grows by a row per use-case. */
const access: { useCase: string; allowed: MemberRole[]; run: (db: Db, actor: Actor) => Result<unknown, string> | Promise<Result<unknown, string>> }[] = [
	{ useCase: 'regions to pick for a series', allowed: ['coordinator', 'facilitator'], run: (db, a) => regionsFor(db, a) },
	{ useCase: 'the regions page', allowed: ['coordinator'], run: (db, a) => regionsToManage(db, a) },
	{ useCase: 'the new-series form', allowed: ['coordinator'], run: (db, a) => newSeriesForm(db, a) },
	{ useCase: 'the new-person form', allowed: ['coordinator', 'facilitator'], run: (_db, a) => newPersonForm(a) },
	{ useCase: 'the series overview', allowed: roles, run: (db, a) => seriesOverview(db, a) }
];

describe.each(databaseKinds)('use-cases in process on %s', (kind) => {
	let database: { db: Db; close: () => Promise<void> };
	let seeded: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		database = await openTestDatabase(kind);
		seeded = await seedOrganisation(database.db, 'U');
		actors = await actorsOf(database.db, seeded);
	});
	afterAll(() => database?.close());

	describe.each(access)('$useCase', ({ allowed, run }) => {
		it.each(roles)('as %s', async (role) => {
			// Returned, not thrown: a job or a script can call the use-case and read the refusal.
			const result = await run(database.db, actors[role]);
			expect(result).toMatchObject(allowed.includes(role) ? { ok: true } : { ok: false, code: 'notFound' });
		});
	});

	it('offers creating a series only to coordinators', async () => {
		expect(valueOf(await seriesOverview(database.db, actors.coordinator)).canCreate).toBe(true);
		expect(valueOf(await seriesOverview(database.db, actors.facilitator)).canCreate).toBe(false);
	});

	it('answers notFound for a series of another organisation, or out of reach, without throwing', async () => {
		const other = await seedOrganisation(database.db, 'V');
		expect(await seriesPeopleForEditing(database.db, actors.coordinator, other.seriesId)).toEqual({ ok: false, code: 'notFound' });
		expect(await seriesPeopleForEditing(database.db, actors.facilitator, seeded.otherSeriesId)).toEqual({ ok: false, code: 'notFound' });
	});

	it('records series.participantsChanged with counts only, in the save, and nothing for a stale save', async () => {
		const { db } = database;
		const [newcomer] = await db
			.insert(person)
			.values({ organisationId: seeded.organisationId, name: 'Nieuwkomer U', background: 'resident' })
			.returning();
		const form = valueOf(await seriesPeopleForEditing(db, actors.coordinator, seeded.seriesId));
		const based = readVersionToken(form.version)!;
		const members = [
			{ personId: seeded.facilitatorPersonId, role: 'facilitator' as const },
			{ personId: newcomer!.id, role: 'participant' as const }
		];
		expect((await saveSeriesPeople(db, actors.coordinator, seeded.seriesId, based, members)).ok).toBe(true);
		const stale = await saveSeriesPeople(db, actors.coordinator, seeded.seriesId, based, members.slice(0, 1));
		expect(stale).toMatchObject({ ok: false, code: 'stale' });
		const events = await db.select().from(event).where(eq(event.type, 'series.participantsChanged'));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			organisationId: seeded.organisationId,
			actorId: actors.coordinator.userId,
			subject: seeded.seriesId,
			payload: { added: 1, removed: 1 }
		});
	});

	it('records invitation.sent with the invitation, its outbox message and the event in one go', async () => {
		const { db } = database;
		const text = { subject: 'Uitnodiging', body: ({ link }: { link: string }) => `Welkom: ${link}` };
		const input = { name: 'Nieuw Lid', email: 'nieuw.lid@example.org', role: 'facilitator' as const, personId: null };
		expect(await inviteMember(db, actors.coordinator, input, text)).toEqual({ ok: true, value: { reinvited: false } });
		const [sent] = await db.select().from(invitation).where(eq(invitation.email, input.email));
		const events = await db.select().from(event).where(eq(event.type, 'invitation.sent'));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ subject: sent!.id, actorId: actors.coordinator.userId, payload: { invitationId: sent!.id } });
		expect(await db.select().from(outbox).where(eq(outbox.recipient, input.email))).toHaveLength(1);
	});

	it('fills the demo organisation once', async () => {
		const first = await seedDemo(database.db);
		expect(first.created).toBe(true);
		const [demo] = await database.db.select({ id: person.organisationId }).from(person).where(eq(person.name, 'Anja de Vries'));
		expect(demo).toBeDefined();
		expect(await seedDemo(database.db)).toEqual({ created: false, seriesId: null });
		expect(demoOrganisationName).toContain('demo');
	});
});
