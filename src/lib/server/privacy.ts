import { phoneKey } from '../domain/signup';
import { deleteSignupsOf } from './db/repositories/signups';
import * as m from '$lib/paraglide/messages.js';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	anonymisePerson,
	deleteInvitationsOf,
	deleteLimiterCountersOf,
	deleteParticipantLinksOf,
	dropAuthorship,
	hasLinkedMember,
	personRecord,
	scrubEvents,
	scrubJobErrors,
	scrubOutbox,
	type PersonRecord
} from './db/repositories/privacy';
import { withdrawConsents } from './db/repositories/consents';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type NotFound, type Result } from './result';
import { stale, versionToken, type Based, type Stale } from './versioning';

/*
 * A person's rights over their data (issue #11 item 2): a coordinator exports everything the app
 * holds about someone, or erases it. Both are the organisation's duty to that person, so both ask
 * `can.exportPerson` / `can.erasePerson`; anyone else, and any id of another organisation, gets
 * `notFound`.
 */

/** The export as the JSON file and the readable page show it: plain data, dates as ISO text. */
export function exportShape(record: PersonRecord, exportedAt: Date) {
	const { person: p } = record;
	return {
		exportedAt: exportedAt.toISOString(),
		person: {
			id: p.id,
			name: p.name,
			email: p.email,
			phone: p.phone,
			background: p.background,
			affiliation: p.affiliation,
			workField: p.workField,
			livedExperience: p.livedExperience,
			experienceExpert: p.experienceExpert,
			leadsGroups: p.leadsGroups,
			createdAt: p.createdAt.toISOString(),
			erasedAt: p.erasedAt?.toISOString() ?? null
		},
		consents: record.consents.map((c) => ({
			purpose: c.purpose,
			wording: c.wording,
			givenAt: c.givenAt.toISOString(),
			givenHow: c.givenHow,
			recordedBy: c.recordedBy,
			withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
			withdrawnHow: c.withdrawnHow,
			withdrawnRecordedBy: c.withdrawnRecordedBy
		})),
		series: record.series,
		attendance: record.attendance,
		groups: record.groups,
		changeWishes: record.changeWishes.map((w) => ({ ...w, createdAt: w.createdAt.toISOString() })),
		answers: record.answers.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
		participantLinks: record.participantLinks.map((l) => ({ ...l, createdAt: l.createdAt.toISOString(), revokedAt: l.revokedAt?.toISOString() ?? null })),
		member: record.member && { ...record.member, createdAt: record.member.createdAt.toISOString() },
		invitations: record.invitations.map((i) => ({
			...i,
			createdAt: i.createdAt.toISOString(),
			expiresAt: i.expiresAt.toISOString(),
			acceptedAt: i.acceptedAt?.toISOString() ?? null
		})),
		mails: record.mails.map((mail) => ({ ...mail, createdAt: mail.createdAt.toISOString(), sentAt: mail.sentAt?.toISOString() ?? null })),
		events: record.events.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() }))
	};
}

export type PersonExport = ReturnType<typeof exportShape>;

/**
 * Everything about one person, for a coordinator to hand over; recorded as an event (who, for
 * whom, in which form) that holds no personal data itself.
 */
export async function exportPerson(db: Db, actor: Actor, personId: string, format: 'json' | 'page', now = new Date()): Promise<Result<PersonExport, 'notFound'>> {
	if (!can.exportPerson(actor, { organisationId: actor.organisationId })) return fail('notFound');
	const record = await personRecord(db, actor.organisationId, personId);
	if (!record || !can.exportPerson(actor, record.person)) return fail('notFound');
	await withTransaction(db, (tx) =>
		recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'person.exported', subject: personId, payload: { format } })
	);
	return ok(exportShape(record, now));
}

/** What the erasure form shows: the name, what goes and what stays, and the version it is based on. */
export async function erasureFor(db: Db, actor: Actor, personId: string) {
	if (!can.erasePerson(actor, { organisationId: actor.organisationId })) return fail('notFound');
	const record = await personRecord(db, actor.organisationId, personId);
	if (!record || !can.erasePerson(actor, record.person)) return fail('notFound');
	const p = record.person;
	return ok({
		person: { id: p.id, name: p.name, erasedAt: p.erasedAt },
		linkedMember: record.member !== null,
		reach: {
			series: record.series.length,
			meetings: record.attendance.length,
			wishes: record.changeWishes.length + record.answers.length,
			links: record.participantLinks.length,
			invitations: record.invitations.length,
			mails: record.mails.length
		},
		version: versionToken(p.version, erasureSnapshot(p))
	});
}

/** What the erasure form showed, to name what changed when it is refused as stale. */
const erasureSnapshot = (p: { name: string; email: string | null; phone: string | null }) => ({ name: p.name, email: p.email ?? '', phone: p.phone ?? '' });

/**
 * Erases a person's personal data everywhere in the organisation (see "Erasure" in
 * docs/ARCHITECTURE.md). The row stays as "Verwijderde deelnemer" with nothing personal, so the
 * group's attendance, groups and counts hold; wishes and answers keep their text without an author;
 * links and invitations go; mails and events lose the name, e-mail and phone. Based on the version
 * the confirmation showed: a person edited since is refused as stale, so nobody erases what they
 * did not see. Someone who is also a member is refused: their account is theirs, and goes first.
 */
export async function erasePerson(
	db: Db,
	actor: Actor,
	personId: string,
	based: Based,
	now = new Date()
): Promise<Result<Record<string, never>, 'linkedMember'> | Stale | NotFound> {
	if (!can.erasePerson(actor, { organisationId: actor.organisationId })) return fail('notFound');
	return withTransaction(db, async (tx) => {
		const record = await personRecord(tx, actor.organisationId, personId);
		if (!record || !can.erasePerson(actor, record.person)) return fail('notFound');
		const current = record.person;
		// Already erased, by this click or another coordinator's: what was asked for is done.
		if (current.erasedAt) return ok({});
		const erased = await eraseRecord(tx, actor.organisationId, record, based.version, now);
		if (erased === 'linkedMember') return fail('linkedMember');
		if (erased === 'stale') return stale(based, erasureSnapshot(current));
		await recordEvent(tx, {
			organisationId: actor.organisationId,
			actorId: actor.userId,
			type: 'person.erased',
			subject: personId,
			payload: { series: record.series.length, ...erased }
		});
		return ok({});
	});
}

/** What an erasure touched, as counts. */
export interface ErasureCounts {
	wishes: number;
	answers: number;
	links: number;
	invitations: number;
	mails: number;
	events: number;
}

/**
 * The erasure itself, inside the caller's transaction, for a person the caller checked: the
 * coordinator's `erasePerson` above, and the retention job, which acts for the organisation and
 * records its own event. Refuses a person linked to a member, and one whose row moved on from
 * `expectedVersion`.
 */
export async function eraseRecord(
	tx: Db,
	organisationId: string,
	record: PersonRecord,
	expectedVersion: number,
	now: Date
): Promise<ErasureCounts | 'linkedMember' | 'stale'> {
	const current = record.person;
	if (await hasLinkedMember(tx, organisationId, current.id)) return 'linkedMember';
	// Stored in the base language, like every name typed in; the pages show it as it is.
	const label = m.privacy_erased_name({}, { locale: 'nl' });
	if ((await anonymisePerson(tx, organisationId, current.id, expectedVersion, label, now)) === null) return 'stale';
	const ids = { name: current.name, email: current.email, phone: current.phone };
	const authorship = await dropAuthorship(tx, organisationId, current.id);
	const links = await deleteParticipantLinksOf(tx, organisationId, current.id);
	const invitations = await deleteInvitationsOf(tx, organisationId, current.id, current.email);
	const mails = await scrubOutbox(tx, organisationId, ids, label);
	await scrubJobErrors(tx, organisationId, ids, label);
	const events = await scrubEvents(tx, organisationId, ids, label);
	await deleteLimiterCountersOf(tx, current.email);
	// A sign-up with their address or number waiting for another series goes too (issue #12 item 7).
	await deleteSignupsOf(tx, organisationId, current.email, phoneKey(current.phone));
	// The register keeps its rows (they hold no personal data): the proof of what was agreed and until when.
	await withdrawConsents(tx, organisationId, current.id, null, 'erasure', null, now);
	return { ...authorship, links, invitations, mails, events };
}
