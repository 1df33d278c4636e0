import { identities } from './auth/identityCache';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { linkMemberToPerson, memberLinkedTo } from './db/repositories/members';
import { findPerson, listPeople } from './db/repositories/people';
import { allowOrNotFound, notFound } from './guard';

/** The people a coordinator can link a member to, or invite as a member. */
export async function peopleToLink(db: Db, actor: Actor) {
	allowOrNotFound(can.manageMembers(actor));
	const people = await listPeople(db, actor.organisationId, { name: null, background: null, domain: null });
	return people.map(({ id, name }) => ({ id, name }));
}

export type LinkResult = { ok: true } | { ok: false; reason: 'unknownPerson' | 'personTaken' };

/**
 * A coordinator says which person record a member is (or that none is). Only this link, never an
 * e-mail address, decides which series a facilitator leads.
 */
export async function linkMember(db: Db, actor: Actor, input: { membershipId: string; personId: string | null }): Promise<LinkResult> {
	allowOrNotFound(can.manageMembers(actor));
	const { membershipId, personId } = input;
	if (personId && !(await findPerson(db, actor.organisationId, personId))) return { ok: false, reason: 'unknownPerson' };
	if (!(await linkMemberToPerson(db, actor.organisationId, { membershipId }, personId))) {
		if (personId && (await memberLinkedTo(db, actor.organisationId, personId))) return { ok: false, reason: 'personTaken' };
		notFound();
	}
	// The member's series change with the link: no instance may keep serving the old ones.
	identities.clear();
	return { ok: true };
}
