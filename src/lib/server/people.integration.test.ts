import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, fullConsent, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { membership } from './db/schema';
import { linkMember } from './members';
import { createPerson, peopleFor, personFor } from './people';
import type { Result } from './result';

const newcomer = {
	name: 'Nieuwe Buur',
	email: null,
	phone: null,
	livedExperience: false,
	experienceExpert: false,
	leadsGroups: false,
	background: 'resident' as const,
	affiliation: null,
	workField: null
};
const everyone = { name: null, background: null, workField: null };

function idOf(result: Result<{ id: string }, string>): string {
	if (!result.ok) throw new Error(`refused: ${result.code}`);
	return result.value.id;
}

describe.each(databaseKinds)('who reaches which people, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	// An organisation per test, so each can run alone and in any order.
	beforeEach(async () => {
		org = await seedOrganisation(db, `P${++seeded}`);
		actors = await actorsOf(db, org);
	});

	const membershipOf = async (actor: Actor) => (await db.select().from(membership).where(eq(membership.userId, actor.userId)))[0]!.id;

	it('lets a facilitator reach the people of the series they lead, and whom they added while in no series', async () => {
		const theirs = idOf(await createPerson(db, actors.facilitator, newcomer, fullConsent));
		const coordinators = idOf(await createPerson(db, actors.coordinator, { ...newcomer, name: 'Buur van de coördinator' }, fullConsent));
		expect((await personFor(db, actors.facilitator, org.personId)).ok).toBe(true);
		expect((await personFor(db, actors.facilitator, theirs)).ok).toBe(true);
		expect(await personFor(db, actors.facilitator, coordinators)).toEqual({ ok: false, code: 'notFound' });
		const listed = await peopleFor(db, actors.facilitator, everyone);
		expect(listed.ok && listed.value.map((p) => p.id).sort()).toEqual([org.personId, org.facilitatorPersonId, theirs].sort());
		expect(await peopleFor(db, actors.stakeholder, everyone)).toEqual({ ok: false, code: 'notFound' });
	});

	it('answers notFound for a person of another organisation, to every role', async () => {
		const other = await seedOrganisation(db, `P${++seeded}`);
		for (const actor of Object.values(actors)) expect(await personFor(db, actor, other.personId)).toEqual({ ok: false, code: 'notFound' });
	});

	it('links a member to a person only by a coordinator, never to someone taken or unknown', async () => {
		const other = await seedOrganisation(db, `P${++seeded}`);
		const stakeholder = await membershipOf(actors.stakeholder);
		expect(await linkMember(db, actors.facilitator, { membershipId: stakeholder, personId: org.personId })).toEqual({ ok: false, code: 'notFound' });
		expect(await linkMember(db, actors.coordinator, { membershipId: stakeholder, personId: other.personId })).toEqual({ ok: false, code: 'unknownPerson' });
		expect(await linkMember(db, actors.coordinator, { membershipId: stakeholder, personId: org.facilitatorPersonId })).toEqual({ ok: false, code: 'personTaken' });
		expect(await linkMember(db, actors.coordinator, { membershipId: stakeholder, personId: org.personId })).toEqual({ ok: true, value: {} });
		expect(await linkMember(db, actors.coordinator, { membershipId: await membershipOf((await actorsOf(db, other)).stakeholder), personId: null })).toEqual({
			ok: false,
			code: 'notFound'
		});
		expect((await db.select().from(membership).where(eq(membership.id, stakeholder)))[0]!.personId).toBe(org.personId);
	});
});
