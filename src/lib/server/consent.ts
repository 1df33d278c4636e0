import { consentOverview, consentWording, inForce, withdrawnFrom, withoutConsent } from '../domain/consent';
import type { PersonDetails } from '../domain/people';
import type { ConsentEnd, ConsentMethod, ConsentPurpose } from '../domain/vocabularies';
import { can, participantCan, type Actor, type ParticipantActor } from './auth/policies';
import type { Db } from './db';
import { clearPersonDetails, confirmConsent, consentsOf, deleteUnsentMailTo, insertConsents, withdrawConsents, type ConsentRow } from './db/repositories/consents';
import { findPerson, seriesIdsOfPerson } from './db/repositories/people';
import { personRecord } from './db/repositories/privacy';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { eraseRecord } from './privacy';
import { fail, ok, type Fail, type NotFound, type Result } from './result';

/*
 * The consent register (issue #11 item 1; see "Consent" in docs/ARCHITECTURE.md). Whoever may edit
 * a person writes down the consent the person gave, and its withdrawal; the person withdraws it
 * themselves through their personal link. Withdrawing clears what the consent covered at once;
 * withdrawing "taking part" erases the person.
 */

/** What a form says was agreed to, and how. */
export interface ConsentInput {
	purposes: readonly ConsentPurpose[];
	how: ConsentMethod;
}

/** Details typed in without the consent they need: named per field, so the form marks each one. */
export type ConsentMissing = Fail<'consentMissing', { fields: (keyof PersonDetails)[] }>;

/** Null when every detail that holds something has its consent. */
export function consentMissing(details: PersonDetails, given: ReadonlySet<ConsentPurpose>): ConsentMissing | null {
	const fields = withoutConsent(details, given);
	return fields.length ? fail('consentMissing', { fields, field: fields[0] }) : null;
}

/** The purposes in force for a person, for checking an edit. */
export async function consentsInForce(db: Db, organisationId: string, personId: string): Promise<Set<ConsentPurpose>> {
	return inForce(await consentsOf(db, organisationId, personId));
}

/** Records the consent of a new person, in the transaction that adds them. */
export async function recordFirstConsent(tx: Db, actor: Actor, personId: string, input: ConsentInput, now: Date): Promise<void> {
	const purposes = await insertConsents(tx, actor.organisationId, personId, input.purposes, input.how, actor.userId, consentWording, now);
	await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'consent.given', subject: personId, payload: { purposes, how: input.how, by: 'member' } });
}

async function reachable(db: Db, actor: Actor, personId: string) {
	const found = await findPerson(db, actor.organisationId, personId);
	if (!found || !can.recordConsent(actor, { ...found, seriesIds: await seriesIdsOfPerson(db, actor.organisationId, personId) })) return null;
	return found;
}

/** The person's consent page: per purpose what is in force or was withdrawn, with its history. */
export async function personConsents(db: Db, actor: Actor, personId: string) {
	const found = await reachable(db, actor, personId);
	if (!found) return fail('notFound');
	return ok({
		person: { id: found.id, name: found.name, erasedAt: found.erasedAt },
		purposes: consentOverview(await consentsOf(db, actor.organisationId, personId)),
		canErase: can.erasePerson(actor, found)
	});
}

/**
 * Writes down a consent the person gave. A consent in force stays as it is, unless it dates from
 * before the register: then this is the person's confirmation, and replaces it.
 */
export async function giveConsent(db: Db, actor: Actor, personId: string, purpose: ConsentPurpose, how: ConsentMethod, now = new Date()): Promise<Result<Record<string, never>, 'erased'> | NotFound> {
	const found = await reachable(db, actor, personId);
	if (!found) return fail('notFound');
	if (found.erasedAt) return fail('erased');
	return withTransaction(db, async (tx) => {
		const confirmed = await confirmConsent(tx, actor.organisationId, personId, purpose, how, actor.userId, consentWording, now);
		const given = confirmed ? [purpose] : await insertConsents(tx, actor.organisationId, personId, [purpose], how, actor.userId, consentWording, now);
		if (given.length) await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'consent.given', subject: personId, payload: { purposes: given, how, by: 'member' } });
		return ok({});
	});
}

/**
 * Ends a consent and clears in the same transaction what it covered: the e-mail address and phone
 * number (and mail still waiting for that address) for contact, the experience of poverty for
 * composition. "Taking part" is not withdrawn here: that is the person's erasure.
 */
async function endConsent(
	tx: Db,
	organisationId: string,
	person: PersonDetails & { id: string },
	purpose: 'contact' | 'composition',
	how: ConsentEnd,
	recordedBy: string | null,
	now: Date
): Promise<boolean> {
	const ended = await withdrawConsents(tx, organisationId, person.id, [purpose], how, recordedBy, now);
	if (!ended.length) return false;
	const cleared = withdrawnFrom(person, purpose);
	await clearPersonDetails(tx, organisationId, person.id, {
		email: cleared.email,
		phone: cleared.phone,
		livedExperience: cleared.livedExperience,
		experienceExpert: cleared.experienceExpert
	});
	if (purpose === 'contact' && person.email) await deleteUnsentMailTo(tx, organisationId, person.email);
	return true;
}

/** A coordinator or facilitator writes down that the person withdrew a consent, and how. */
export async function withdrawConsent(
	db: Db,
	actor: Actor,
	personId: string,
	purpose: 'contact' | 'composition',
	how: ConsentMethod,
	now = new Date()
): Promise<Result<Record<string, never>> | NotFound> {
	if (!(await reachable(db, actor, personId))) return fail('notFound');
	return withTransaction(db, async (tx) => {
		const found = await findPerson(tx, actor.organisationId, personId);
		if (!found) return fail('notFound');
		// Already withdrawn, by this click or someone else's: what was asked for is done.
		if (await endConsent(tx, actor.organisationId, found, purpose, how, actor.userId, now)) {
			await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'consent.withdrawn', subject: personId, payload: { purposes: [purpose], how, by: 'member' } });
		}
		return ok({});
	});
}

/** What a participant sees of their own consents, per person their links hold (one per organisation). */
export async function myConsents(db: Db, participants: readonly ParticipantActor[]) {
	const people: { personId: string; purposes: ReturnType<typeof consentOverview<ConsentRow>> }[] = [];
	const seen = new Set<string>();
	for (const p of participants) {
		if (seen.has(p.personId)) continue;
		seen.add(p.personId);
		const found = await findPerson(db, p.organisationId, p.personId);
		if (!found || found.erasedAt || !participantCan.viewPerson(p, found)) continue;
		people.push({ personId: p.personId, purposes: consentOverview(await consentsOf(db, p.organisationId, p.personId)) });
	}
	return people;
}

/**
 * The person withdraws a consent themselves, online. "Taking part" ends every consent and erases
 * them, as the page promised before they confirmed: their name, contact details and links go; what
 * they said in the group stays without their name.
 */
export async function withdrawMyConsent(
	db: Db,
	participants: readonly ParticipantActor[],
	personId: string,
	purpose: ConsentPurpose,
	now = new Date()
): Promise<Result<{ erased: boolean }, 'linkedMember'> | NotFound> {
	const participant = participants.find((p) => p.personId === personId);
	if (!participant) return fail('notFound');
	const { organisationId } = participant;
	return withTransaction(db, async (tx) => {
		const found = await findPerson(tx, organisationId, personId);
		if (!found || found.erasedAt || !participantCan.viewPerson(participant, found)) return fail('notFound');
		if (purpose !== 'takingPart') {
			if (await endConsent(tx, organisationId, found, purpose, 'online', null, now)) {
				await recordEvent(tx, { organisationId, actorId: null, type: 'consent.withdrawn', subject: personId, payload: { purposes: [purpose], how: 'online', by: 'person' } });
			}
			return ok({ erased: false });
		}
		const purposes = await withdrawConsents(tx, organisationId, personId, null, 'online', null, now);
		const record = await personRecord(tx, organisationId, personId);
		if (!record) return fail('notFound');
		const erased = await eraseRecord(tx, organisationId, record, record.person.version, now);
		// A member's account is theirs to close first; the transaction then keeps every consent.
		if (erased === 'linkedMember') throw linkedMember;
		if (erased === 'stale') throw new Error('the person changed inside the transaction that erases them');
		await recordEvent(tx, { organisationId, actorId: null, type: 'consent.withdrawn', subject: personId, payload: { purposes, how: 'online', by: 'person' } });
		await recordEvent(tx, { organisationId, actorId: null, type: 'person.erased', subject: personId, payload: { series: record.series.length, ...erased } });
		return ok({ erased: true });
	}).catch((error: unknown) => {
		if (error === linkedMember) return fail('linkedMember');
		throw error;
	});
}

const linkedMember = Symbol('linkedMember');
