import { identities } from './auth/identityCache';
import { checkLogo, type LogoCheck } from '../domain/logo';
import { can, type Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import { listMembers } from './db/repositories/members';
import {
	findOrganisation,
	findOrganisationLogo,
	setOrganisationLogo,
	updateOrganisation,
	type OrganisationSettings
} from './db/repositories/organisations';
import { listOutbox } from './db/repositories/outbox';
import { allowOrNotFound, notFound } from './guard';
import { listOpenInvitations } from './db/repositories/invitations';

export type { OrganisationSettings };

/** Without SMTP every message stays in the outbox, so the pages point coordinators there. */
const mailServerConfigured = () => Boolean(config.smtpUrl);

export async function organisationOverview(db: Db, actor: Actor, now = new Date()) {
	allowOrNotFound(can.manageOrganisation(actor));
	const found = (await findOrganisation(db, actor.organisationId)) ?? notFound();
	const [members, invitations] = await Promise.all([
		listMembers(db, actor.organisationId),
		listOpenInvitations(db, actor.organisationId, now)
	]);
	invitations.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
	return { organisation: found, members, invitations, mailServer: mailServerConfigured() };
}

export async function saveOrganisationSettings(db: Db, actor: Actor, input: OrganisationSettings): Promise<void> {
	allowOrNotFound(can.manageOrganisation(actor));
	if (!(await updateOrganisation(db, actor.organisationId, input))) notFound();
	// Every member's header shows the name and colour: nobody should see the old ones.
	identities.clear();
}

/** Replaces the logo with `bytes`, or removes it with null; the file is checked by its content. */
export async function saveOrganisationLogo(db: Db, actor: Actor, bytes: Uint8Array | null): Promise<LogoCheck | { ok: true; type: null }> {
	allowOrNotFound(can.manageOrganisation(actor));
	if (bytes === null) {
		await setOrganisationLogo(db, actor.organisationId, null);
		identities.clear();
		return { ok: true, type: null };
	}
	const checked = checkLogo(bytes);
	if (checked.ok) {
		await setOrganisationLogo(db, actor.organisationId, { bytes, type: checked.type });
		identities.clear();
	}
	return checked;
}

/** Any member sees their own organisation's logo in the header; nobody sees another's. */
export async function organisationLogo(db: Db, actor: Actor) {
	return (await findOrganisationLogo(db, actor.organisationId)) ?? notFound();
}


export async function outboxFor(db: Db, actor: Actor) {
	allowOrNotFound(can.readOutbox(actor));
	return { messages: await listOutbox(db, actor.organisationId), mailServer: mailServerConfigured() };
}
