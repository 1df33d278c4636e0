import { identities } from './auth/identityCache';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { linkMemberToPerson, memberLinkedTo } from './db/repositories/members';
import { findPerson, listPeople } from './db/repositories/people';
import { fail, ok, type Result } from './result';

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
