import type { Db } from '../db';
import { findMembership, listOrganisationsOf, seriesLedBy } from '../db/repositories/members';
import type { Auth } from './auth';
import { identities, organisationCookie, sessionToken, type Identity } from './identityCache';
import type { Actor } from './policies';

export interface Requester {
	user: Identity['user'];
	/** Null for someone signed in who is not (or no longer) a member of any organisation. */
	organisation: { id: string; name: string; themeColour: string | null; logoVersion: string | null } | null;
	/** Every organisation of the account, for the header's switch. */
	organisations: { id: string; name: string }[];
	actor: Actor | null;
}

async function identityOf(db: Db, auth: Auth, cookies: { get(name: string): string | undefined }, headers: Headers): Promise<Identity | null> {
	const token = sessionToken(cookies);
	if (!token) return null;
	const chosen = cookies.get(organisationCookie) ?? null;
	const cached = identities.get(token);
	// A switch of organisation is a miss, so the membership is read for the new choice.
	if (cached && cached.chosen === chosen) return cached;
	const found = await auth.api.getSession({ headers });
	if (!found) return null;
	const { id, name, email } = found.user;
	const [member, organisations] = await Promise.all([findMembership(db, id, chosen), listOrganisationsOf(db, id)]);
	const identity: Identity = { user: { id, name, email }, member, organisations, chosen };
	identities.set(token, identity);
	return identity;
}

/**
 * Who a request's session cookie belongs to, and the member they act as: the one place a session is
 * parsed. The series a facilitator leads are read every time, so a change of lead counts at once.
 */
export async function whoIsAsking(db: Db, auth: Auth, cookies: { get(name: string): string | undefined }, headers: Headers): Promise<Requester | null> {
	const identity = await identityOf(db, auth, cookies, headers);
	if (!identity) return null;
	const { user, member, organisations } = identity;
	if (!member) return { user, organisation: null, organisations: [], actor: null };
	return {
		user,
		organisations,
		organisation: { id: member.organisationId, name: member.organisationName, themeColour: member.themeColour, logoVersion: member.logoVersion },
		actor: {
			userId: user.id,
			name: user.name,
			email: user.email,
			organisationId: member.organisationId,
			role: member.role,
			personId: member.personId,
			ledSeriesIds: member.role === 'facilitator' && member.personId ? await seriesLedBy(db, member.organisationId, member.personId) : []
		}
	};
}
