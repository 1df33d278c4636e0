import { snapshotOf } from '../domain/changes';
import { personDetailKeys, type PersonDetails } from '../domain/people';
import { recordView } from './audit';
import { consentMissing, consentsInForce, recordFirstConsent, type ConsentInput, type ConsentMissing } from './consent';
import { can, type Actor, type OwnedPerson } from './auth/policies';
import type { Db } from './db';
import {
	emailTaken,
	findPerson,
	insertPerson,
	listPeople,
	listSeriesOfPerson,
	seriesIdsOfPerson,
	updatePerson,
	type PeopleFilter
} from './db/repositories/people';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

export type { PeopleFilter };

/** A coordinator sees everyone; a facilitator only whom `can.viewPerson` lets them reach. */
export async function peopleFor(db: Db, actor: Actor, filter: PeopleFilter) {
	if (!can.managePeople(actor)) return fail('notFound');
	const reach = actor.role === 'coordinator' ? null : { userId: actor.userId, personId: actor.personId, ledSeriesIds: actor.ledSeriesIds };
	return ok(await listPeople(db, actor.organisationId, filter, reach));
}

/** The person and what the permission checks need; another organisation's id looks like no id at all. */
async function reachablePerson(db: Db, actor: Actor, id: string, allowed: (actor: Actor, p: OwnedPerson) => boolean) {
	const found = await findPerson(db, actor.organisationId, id);
	if (!found || !allowed(actor, { ...found, seriesIds: await seriesIdsOfPerson(db, actor.organisationId, id) })) return fail('notFound');
	return ok(found);
}

/** One person with the series they are in, limited to the series the actor may see. */
export async function personFor(db: Db, actor: Actor, id: string) {
	const reached = await reachablePerson(db, actor, id, can.viewPerson);
	if (!reached.ok) return reached;
	const found = reached.value;
	const series = await listSeriesOfPerson(db, actor.organisationId, id);
	await recordView(db, actor, 'person.viewed', [id]);
	return ok({
		person: found,
		series: series.filter((s) => can.viewSeries(actor, { id: s.id, organisationId: actor.organisationId })),
		canInvite: can.manageMembers(actor) && !found.erasedAt,
		/** Export and erasure (issue #11): only coordinators. */
		canManageData: can.exportPerson(actor, found),
		/** The audit log: only coordinators read it. */
		canReadAuditLog: can.readAuditLog(actor),
		version: versionToken(found.version, personSnapshot(found))
	});
}

/** The empty form for a new person; only who may add people gets it. */
export function newPersonForm(actor: Actor): Result<Record<string, never>, 'notFound'> {
	return can.managePeople(actor) ? ok({}) : fail('notFound');
}

/**
 * Another person of the organisation already has this e-mail address (any case). Said even when
 * the actor cannot see that person: within one organisation, a duplicate record is the greater harm.
 */
export type EmailTaken = Fail<'emailTaken'>;

/**
 * Adds a person with the consent they gave: nothing is stored without consent for taking part,
 * and no detail without the consent for its purpose (an e-mail address needs "contact").
 */
export async function createPerson(
	db: Db,
	actor: Actor,
	input: PersonDetails,
	consent: ConsentInput,
	now = new Date()
): Promise<Result<{ id: string }, 'notFound' | 'emailTaken' | 'noConsent'> | ConsentMissing> {
	if (!can.managePeople(actor)) return fail('notFound');
	if (!consent.purposes.includes('takingPart')) return fail('noConsent', { field: 'consentTakingPart' });
	const missing = consentMissing(input, new Set(consent.purposes));
	if (missing) return missing;
	const id = await withTransaction(db, async (tx) => {
		const id = await insertPerson(tx, actor.organisationId, input, actor.userId);
		if (id === emailTaken) throw refusedEmail;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'person.added', subject: id, payload: {} });
		await recordFirstConsent(tx, actor, id, consent, now);
		return id;
	}).catch(unlessRefusedEmail);
	return id === emailTaken ? fail('emailTaken', { field: 'email' }) : ok({ id });
}

/*
 * A taken e-mail address fails the statement, and with it the transaction: it is thrown out of
 * `withTransaction` so the transaction rolls back, then turned back into the refusal.
 */
const refusedEmail = Symbol('emailTaken');
const unlessRefusedEmail = (error: unknown): typeof emailTaken => {
	if (error === refusedEmail) return emailTaken;
	throw error;
};

/** A person as the edit form shows them, keyed by the form's field names. */
const personSnapshot = (p: PersonDetails) => snapshotOf(p, personDetailKeys);

/**
 * Saves over the version the form was opened with; a newer save by someone else is never
 * overwritten. The permission comes first, so a person out of reach stays a 404, never a conflict.
 */
export async function changePerson(db: Db, actor: Actor, id: string, based: Based, input: PersonDetails): Promise<Saved | NotFound | EmailTaken | ConsentMissing> {
	const reached = await reachablePerson(db, actor, id, can.editPerson);
	if (!reached.ok) return reached;
	const missing = consentMissing(input, await consentsInForce(db, actor.organisationId, id));
	if (missing) return missing;
	const saved = await withTransaction(db, async (tx) => {
		const saved = await updatePerson(tx, actor.organisationId, id, based.version, input);
		if (saved === emailTaken) throw refusedEmail;
		if (saved !== null) await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'person.changed', subject: id, payload: {} });
		return saved;
	}).catch(unlessRefusedEmail);
	if (saved === emailTaken) return fail('emailTaken', { field: 'email' });
	if (saved !== null) return ok({});
	const current = await findPerson(db, actor.organisationId, id);
	if (!current) return fail('notFound');
	return afterConflict(based, personSnapshot(current), personSnapshot(input));
}
