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
import { snapshotOf } from '../domain/changes';
import { fail, ok, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';
import { listOpenInvitations } from './db/repositories/invitations';

export type { OrganisationSettings };

/** Without SMTP every message stays in the outbox, so the pages point coordinators there. */
const mailServerConfigured = () => Boolean(config.smtpUrl);

export async function organisationOverview(db: Db, actor: Actor, now = new Date()) {
	if (!can.manageOrganisation(actor)) return fail('notFound');
	const found = await findOrganisation(db, actor.organisationId);
	if (!found) return fail('notFound');
	const [members, invitations] = await Promise.all([
		listMembers(db, actor.organisationId),
		listOpenInvitations(db, actor.organisationId, now)
	]);
	invitations.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
	const settingsVersion = versionToken(found.version, settingsSnapshot(found));
	return ok({ organisation: found, settingsVersion, members, invitations, mailServer: mailServerConfigured() });
}

/** The name and colour as the settings form shows them, under the form's own field names. */
const settingsSnapshot = (s: OrganisationSettings) => snapshotOf({ organisationName: s.name, themeColour: s.themeColour }, ['organisationName', 'themeColour']);

/** Saves the name and colour over the version the form was opened with; a newer save is never overwritten. */
export async function saveOrganisationSettings(db: Db, actor: Actor, based: Based, input: OrganisationSettings): Promise<Saved | NotFound> {
	if (!can.manageOrganisation(actor)) return fail('notFound');
	if ((await updateOrganisation(db, actor.organisationId, based.version, input)) === null) {
		const current = await findOrganisation(db, actor.organisationId);
		return current ? afterConflict(based, settingsSnapshot(current), settingsSnapshot(input)) : fail('notFound');
	}
	// Every member's header shows the name and colour: nobody should see the old ones.
	identities.clear();
	return ok({});
}

/** Replaces the logo with `bytes`, or removes it with null; the file is checked by its content. */
export async function saveOrganisationLogo(
	db: Db,
	actor: Actor,
	bytes: Uint8Array | null
): Promise<Result<{ type: string | null }, 'notFound' | Extract<LogoCheck, { ok: false }>['reason']>> {
	if (!can.manageOrganisation(actor)) return fail('notFound');
	if (bytes === null) {
		await setOrganisationLogo(db, actor.organisationId, null);
		identities.clear();
		return ok({ type: null });
	}
	const checked = checkLogo(bytes);
	if (!checked.ok) return fail(checked.reason);
	await setOrganisationLogo(db, actor.organisationId, { bytes, type: checked.type });
	identities.clear();
	return ok({ type: checked.type });
}

/** Any member sees their own organisation's logo in the header; nobody sees another's. */
export async function organisationLogo(db: Db, actor: Actor) {
	const found = await findOrganisationLogo(db, actor.organisationId);
	return found ? ok(found) : fail('notFound');
}

export async function outboxFor(db: Db, actor: Actor) {
	if (!can.readOutbox(actor)) return fail('notFound');
	return ok({ messages: await listOutbox(db, actor.organisationId), mailServer: mailServerConfigured() });
}
