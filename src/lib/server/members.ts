import { snapshotOf } from '../domain/changes';
import { leavesNoCoordinator } from '../domain/members';
import type { MemberRole } from '../domain/vocabularies';
import { identities } from './auth/identityCache';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	countCoordinators,
	deleteMembership,
	deleteSessionsOf,
	findMember,
	linkMemberToPerson,
	listOrganisationsOf,
	lockMembershipsOf,
	memberLinkedTo,
	updateMemberRole
} from './db/repositories/members';
import { findPerson, listPeople } from './db/repositories/people';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

/** The people a coordinator can link a member to, or invite as a member. */
export async function peopleToLink(db: Db, actor: Actor): Promise<Result<{ id: string; name: string }[], 'notFound'>> {
	if (!can.manageMembers(actor)) return fail('notFound');
	const people = await listPeople(db, actor.organisationId, { name: null, background: null, workField: null });
	return ok(people.map(({ id, name }) => ({ id, name })));
}

export type LinkResult = Result<object, 'notFound' | 'unknownPerson' | 'personTaken'>;

/**
 * A coordinator says which person record a member is (or that none is). Only this link, never an
 * e-mail address, decides which series a facilitator leads.
 */
export async function linkMember(db: Db, actor: Actor, input: { membershipId: string; personId: string | null }): Promise<LinkResult> {
	if (!can.manageMembers(actor)) return fail('notFound');
	const { membershipId, personId } = input;
	if (personId && !(await findPerson(db, actor.organisationId, personId))) return fail('unknownPerson');
	if (!(await linkMemberToPerson(db, actor.organisationId, { membershipId }, personId))) {
		if (personId && (await memberLinkedTo(db, actor.organisationId, personId))) return fail('personTaken');
		return fail('notFound');
	}
	// The member's series change with the link: no instance may keep serving the old ones.
	identities.clear();
	return ok({});
}

/** `selfDemoted`: the coordinator gave themselves another role, so they no longer manage members. */
export type MemberRoleChange = Saved<{ selfDemoted: boolean }> | NotFound | Fail<'lastCoordinator'>;

const roleSnapshot = (role: MemberRole) => snapshotOf({ role }, ['role']);

/** One member as the coordinator's page shows them, with the version their role form is based on. */
export async function memberFor(db: Db, actor: Actor, membershipId: string) {
	if (!can.manageMembers(actor)) return fail('notFound');
	const member = await findMember(db, actor.organisationId, membershipId);
	if (!member) return fail('notFound');
	const { userId, version, ...shown } = member;
	return ok({ member: { ...shown, isYou: userId === actor.userId }, version: versionToken(version, roleSnapshot(member.role)) });
}

/**
 * A coordinator gives a member another role, over the version the form was loaded with. The
 * organisation always keeps a coordinator. The member's next request, on any instance, already
 * acts in the new role: the role is read from the membership whenever the identity cache misses,
 * and every instance's cache forgets the account on the event (`live/identities.ts`). The session
 * stays valid: it holds no role, so the member goes on working without signing in again.
 */
export async function changeMemberRole(db: Db, actor: Actor, membershipId: string, based: Based, role: MemberRole): Promise<MemberRoleChange> {
	if (!can.manageMembers(actor)) return fail('notFound');
	const outcome = await withTransaction(db, async (tx): Promise<MemberRoleChange | { roleSetFor: { userId: string } }> => {
		await lockMembershipsOf(tx, actor.organisationId);
		const member = await findMember(tx, actor.organisationId, membershipId);
		if (!member) return fail('notFound');
		const unchanged = ok({ selfDemoted: false });
		if (member.version !== based.version) {
			const conflict = afterConflict(based, roleSnapshot(member.role), roleSnapshot(role));
			return conflict.ok ? unchanged : conflict;
		}
		if (member.role === role) return unchanged;
		if (leavesNoCoordinator(await countCoordinators(tx, actor.organisationId), member.role, role)) return fail('lastCoordinator');
		if ((await updateMemberRole(tx, actor.organisationId, membershipId, based.version, role)) === null) return fail('notFound');
		await recordEvent(tx, {
			organisationId: actor.organisationId,
			actorId: actor.userId,
			type: 'member.roleChanged',
			subject: membershipId,
			payload: { userId: member.userId, from: member.role, to: role }
		});
		return { roleSetFor: { userId: member.userId } };
	});
	if (!('roleSetFor' in outcome)) return outcome;
	// This instance at once; the others when the event's notification reaches them.
	identities.forgetUser(outcome.roleSetFor.userId);
	return ok({ selfDemoted: outcome.roleSetFor.userId === actor.userId && role !== 'coordinator' });
}

/**
 * A coordinator ends someone's membership. Every session of the account ends with it, on every
 * instance, so nothing they had open keeps working; the account itself stays, because it may
 * belong to another organisation or be invited again. The last coordinator cannot be removed.
 */
export async function removeMember(db: Db, actor: Actor, membershipId: string): Promise<Result<{ wasYou: boolean }, 'notFound' | 'lastCoordinator'>> {
	if (!can.manageMembers(actor)) return fail('notFound');
	const outcome = await withTransaction(db, async (tx) => {
		await lockMembershipsOf(tx, actor.organisationId);
		const member = await findMember(tx, actor.organisationId, membershipId);
		if (!member) return fail('notFound');
		if (leavesNoCoordinator(await countCoordinators(tx, actor.organisationId), member.role, null)) return fail('lastCoordinator');
		await deleteMembership(tx, actor.organisationId, membershipId);
		const sessionsEnded = await deleteSessionsOf(tx, member.userId);
		await recordEvent(tx, {
			organisationId: actor.organisationId,
			actorId: actor.userId,
			type: 'member.removed',
			subject: membershipId,
			payload: { userId: member.userId, role: member.role, sessionsEnded }
		});
		return ok({ userId: member.userId });
	});
	if (!outcome.ok) return outcome;
	identities.forgetUser(outcome.value.userId);
	return ok({ wasYou: outcome.value.userId === actor.userId });
}

/**
 * A member of several organisations chooses which one they work in. Only an organisation of their
 * own counts; any other id is `notFound`, as if it did not exist.
 */
export async function chooseOrganisation(db: Db, actor: Actor, organisationId: string): Promise<Result<{ organisationId: string }, 'notFound'>> {
	const own = await listOrganisationsOf(db, actor.userId);
	return own.some((o) => o.id === organisationId) ? ok({ organisationId }) : fail('notFound');
}
