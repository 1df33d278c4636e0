import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import { createMember } from './accounts';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { event, membership, session } from './db/schema';
import { changeMemberRole, memberFor, removeMember } from './members';

describe.each(databaseKinds)('changing and removing members, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `M${++seeded}`);
		actors = await actorsOf(db, org);
	});

	const membershipOf = async (userId: string) =>
		(await db.select({ id: membership.id }).from(membership).where(and(eq(membership.userId, userId), eq(membership.organisationId, org.organisationId))))[0]!.id;
	const basedOn = async (actor: Actor, membershipId: string) => {
		const found = await memberFor(db, actor, membershipId);
		if (!found.ok) throw new Error('not found');
		return { version: Number(found.value.version.split('.')[0]), snapshot: { role: found.value.member.role } };
	};

	it('records a role change and a removal, with ids only', async () => {
		const stakeholder = await membershipOf(actors.stakeholder.userId);
		expect(await changeMemberRole(db, actors.coordinator, stakeholder, await basedOn(actors.coordinator, stakeholder), 'facilitator')).toEqual({
			ok: true,
			value: { selfDemoted: false }
		});
		await db.insert(session).values({ id: `s-${seeded}`, token: `t-${seeded}`, userId: actors.stakeholder.userId, expiresAt: new Date(Date.now() + 3_600_000) });
		expect(await removeMember(db, actors.coordinator, stakeholder)).toEqual({ ok: true, value: { wasYou: false } });
		const events = await db.select({ type: event.type, subject: event.subject, payload: event.payload, actorId: event.actorId }).from(event).where(eq(event.subject, stakeholder)).orderBy(event.id);
		expect(events).toEqual([
			{ type: 'member.roleChanged', subject: stakeholder, actorId: actors.coordinator.userId, payload: { userId: actors.stakeholder.userId, from: 'stakeholder', to: 'facilitator' } },
			{ type: 'member.removed', subject: stakeholder, actorId: actors.coordinator.userId, payload: { userId: actors.stakeholder.userId, role: 'facilitator', sessionsEnded: 1 } }
		]);
		expect(await db.select().from(session).where(eq(session.userId, actors.stakeholder.userId))).toEqual([]);
	});

	it('keeps one coordinator when two demote each other at the same moment', async () => {
		const secondId = await createMember(db, { organisationId: org.organisationId, name: 'Tweede', email: `tweede.${seeded}@example.org`, password, role: 'coordinator' });
		const second: Actor = { ...actors.coordinator, userId: secondId, name: 'Tweede', email: `tweede.${seeded}@example.org`, personId: null };
		const [firstMembership, secondMembership] = [await membershipOf(actors.coordinator.userId), await membershipOf(secondId)];
		const results = await Promise.all([
			changeMemberRole(db, actors.coordinator, secondMembership, await basedOn(actors.coordinator, secondMembership), 'stakeholder'),
			changeMemberRole(db, second, firstMembership, await basedOn(second, firstMembership), 'stakeholder')
		]);
		expect(results.map((r) => (r.ok ? 'changed' : r.code)).sort()).toEqual(['changed', 'lastCoordinator']);
		const coordinators = await db
			.select({ id: membership.id })
			.from(membership)
			.where(and(eq(membership.organisationId, org.organisationId), eq(membership.role, 'coordinator')));
		expect(coordinators).toHaveLength(1);
	});

	it('answers notFound to other roles and to a member of another organisation', async () => {
		const other = await seedOrganisation(db, `M${++seeded}`);
		const theirs = (await db.select({ id: membership.id }).from(membership).where(eq(membership.organisationId, other.organisationId)))[0]!.id;
		const based = { version: 1, snapshot: null };
		expect(await changeMemberRole(db, actors.coordinator, theirs, based, 'stakeholder')).toEqual({ ok: false, code: 'notFound' });
		expect(await removeMember(db, actors.coordinator, theirs)).toEqual({ ok: false, code: 'notFound' });
		const own = await membershipOf(actors.stakeholder.userId);
		for (const actor of [actors.facilitator, actors.stakeholder]) {
			expect(await changeMemberRole(db, actor, own, based, 'coordinator')).toEqual({ ok: false, code: 'notFound' });
			expect(await removeMember(db, actor, own)).toEqual({ ok: false, code: 'notFound' });
		}
	});
});
