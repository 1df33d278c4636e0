import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import {
	answer,
	attendance,
	changeWish,
	event,
	invitation,
	job,
	meeting,
	meetingGroup,
	membership,
	outbox,
	participantLink,
	person,
	rateLimit,
	series,
	seriesPerson,
	user
} from '../schema';
import { consentsOf } from './consents';
import { claimVersion } from './versions';

/*
 * A person's data for an export, and its erasure (issue #11). Every query is filtered by the
 * organisation: through the row's own `organisation_id` or through its series.
 */

/** What identifies a person in free text: their name, e-mail and phone, those they have. */
export interface Identifiers {
	name: string;
	email: string | null;
	phone: string | null;
}

const valuesOf = (ids: Identifiers) => [ids.name, ids.email, ids.phone].filter((v): v is string => !!v);

/** The text of a JSON string holding `value`, as it appears inside a payload's text. */
const inJson = (value: string) => JSON.stringify(value).slice(1, -1);

const inOrganisation = (organisationId: string) => eq(series.organisationId, organisationId);

/** Events of the organisation about the person: their id as the subject or in the payload, or their name, e-mail or phone in it. */
function eventsNaming(organisationId: string, personId: string, ids: Identifiers): SQL {
	const text = sql`${event.payload}::text`;
	const named = [personId, ...valuesOf(ids).map(inJson)].map((v) => sql`strpos(${text}, ${v}) > 0`);
	return and(eq(event.organisationId, organisationId), or(eq(event.subject, personId), ...named))!;
}

const addressedTo = (email: string | null) => (email ? sql`lower(${outbox.recipient}) = ${email.toLowerCase()}` : sql`false`);

function invitationsFor(organisationId: string, personId: string, email: string | null): SQL {
	return and(
		eq(invitation.organisationId, organisationId),
		or(eq(invitation.personId, personId), email ? sql`lower(${invitation.email}) = ${email.toLowerCase()}` : undefined)
	)!;
}

/** Everything the app holds about one person of the organisation; null when there is no such person. */
export async function personRecord(db: Db, organisationId: string, personId: string) {
	const [found] = await db.select().from(person).where(and(eq(person.organisationId, organisationId), eq(person.id, personId)));
	if (!found) return null;
	const ids: Identifiers = { name: found.name, email: found.email, phone: found.phone };
	const meetingOf = { seriesId: series.id, seriesName: series.name, meetingNumber: meeting.number, meetingDate: meeting.date };
	// One after the other: inside a transaction the connection runs one query at a time.
	const seriesRows = await db
		.select({ id: series.id, name: series.name, kind: series.kind, role: seriesPerson.role })
		.from(seriesPerson)
		.innerJoin(series, eq(series.id, seriesPerson.seriesId))
		.where(and(inOrganisation(organisationId), eq(seriesPerson.personId, personId)))
		.orderBy(asc(series.name), asc(series.id));
	const attendanceRows = await db
		.select({ ...meetingOf, status: attendance.status })
		.from(attendance)
		.innerJoin(meeting, eq(meeting.id, attendance.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(attendance.personId, personId)))
		.orderBy(asc(meeting.startsAt), asc(series.id));
	const groupRows = await db
		.select({ ...meetingOf, groupNumber: meetingGroup.groupNumber })
		.from(meetingGroup)
		.innerJoin(meeting, eq(meeting.id, meetingGroup.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(meetingGroup.personId, personId)))
		.orderBy(asc(meeting.startsAt), asc(series.id));
	const wishes = await db
		.select({ ...meetingOf, text: changeWish.text, level: changeWish.level, theme: changeWish.theme, createdAt: changeWish.createdAt })
		.from(changeWish)
		.innerJoin(meeting, eq(meeting.id, changeWish.meetingId))
		.innerJoin(series, eq(series.id, changeWish.seriesId))
		.where(and(inOrganisation(organisationId), eq(changeWish.authorPersonId, personId)))
		.orderBy(asc(changeWish.createdAt), asc(changeWish.id));
	const answers = await db
		.select({ ...meetingOf, question: answer.question, text: answer.text, createdAt: answer.createdAt })
		.from(answer)
		.innerJoin(meeting, eq(meeting.id, answer.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(answer.authorPersonId, personId)))
		.orderBy(asc(answer.createdAt), asc(answer.id));
	// Never the token's hash: it is of no use to the person, and the link's secret stays ours.
	const links = await db
		.select({ seriesId: series.id, seriesName: series.name, createdAt: participantLink.createdAt, revokedAt: participantLink.revokedAt })
		.from(participantLink)
		.innerJoin(series, eq(series.id, participantLink.seriesId))
		.where(and(eq(participantLink.organisationId, organisationId), eq(participantLink.personId, personId)))
		.orderBy(asc(participantLink.createdAt));
	const members = await db
		.select({ name: user.name, email: user.email, role: membership.role, createdAt: membership.createdAt })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(membership.personId, personId)));
	const invitations = await db
		.select({
			name: invitation.name,
			email: invitation.email,
			role: invitation.role,
			createdAt: invitation.createdAt,
			expiresAt: invitation.expiresAt,
			acceptedAt: invitation.acceptedAt
		})
		.from(invitation)
		.where(invitationsFor(organisationId, personId, found.email))
		.orderBy(asc(invitation.createdAt));
	const mails = await db
		.select({ recipient: outbox.recipient, subject: outbox.subject, body: outbox.body, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
		.from(outbox)
		.where(and(eq(outbox.organisationId, organisationId), addressedTo(found.email)))
		.orderBy(asc(outbox.createdAt));
	const events = await db
		.select({ type: event.type, occurredAt: event.occurredAt, payload: event.payload })
		.from(event)
		.where(eventsNaming(organisationId, personId, ids))
		.orderBy(asc(event.id));
	const consents = await consentsOf(db, organisationId, personId);
	return {
		person: found,
		consents,
		series: seriesRows,
		attendance: attendanceRows,
		groups: groupRows,
		changeWishes: wishes,
		answers,
		participantLinks: links,
		member: members[0] ?? null,
		invitations,
		mails,
		events
	};
}

export type PersonRecord = NonNullable<Awaited<ReturnType<typeof personRecord>>>;

/** Whether a member account is linked to the person; erasure leaves such a person alone. */
export async function hasLinkedMember(db: Db, organisationId: string, personId: string): Promise<boolean> {
	const rows = await db
		.select({ id: membership.id })
		.from(membership)
		.where(and(eq(membership.organisationId, organisationId), eq(membership.personId, personId)));
	return rows.length > 0;
}

/**
 * Empties the person row over version `expected` (`claimVersion`): the name becomes `label`, every
 * other personal field goes. The row stays because attendance and groups point to it. The new
 * version, or null when the row moved on (or is not there).
 */
export function anonymisePerson(db: Db, organisationId: string, personId: string, expected: number, label: string, now: Date) {
	return claimVersion(db, person, 'version', and(eq(person.organisationId, organisationId), eq(person.id, personId), isNull(person.erasedAt)), expected, {
		name: label,
		email: null,
		phone: null,
		affiliation: null,
		livedExperience: false,
		experienceExpert: false,
		leadsGroups: false,
		workField: null,
		createdBy: null,
		erasedAt: now
	});
}

/** The series of the organisation, for the writes below that reach rows through their series. */
const seriesOfOrganisation = (organisationId: string) => sql`(select ${series.id} from ${series} where ${series.organisationId} = ${organisationId})`;

/** Authored change wishes and answers lose their author and keep their text: the group's record needs it. */
export async function dropAuthorship(db: Db, organisationId: string, personId: string): Promise<{ wishes: number; answers: number }> {
	const wishes = await db
		.update(changeWish)
		.set({ authorPersonId: null })
		.where(and(eq(changeWish.authorPersonId, personId), sql`${changeWish.seriesId} in ${seriesOfOrganisation(organisationId)}`))
		.returning({ id: changeWish.id });
	const answers = await db
		.update(answer)
		.set({ authorPersonId: null })
		.where(
			and(
				eq(answer.authorPersonId, personId),
				sql`${answer.meetingId} in (select ${meeting.id} from ${meeting} where ${meeting.seriesId} in ${seriesOfOrganisation(organisationId)})`
			)
		)
		.returning({ id: answer.id });
	return { wishes: wishes.length, answers: answers.length };
}

export async function deleteParticipantLinksOf(db: Db, organisationId: string, personId: string): Promise<number> {
	const rows = await db
		.delete(participantLink)
		.where(and(eq(participantLink.organisationId, organisationId), eq(participantLink.personId, personId)))
		.returning({ id: participantLink.id });
	return rows.length;
}

/** Invitations made for the person or sent to their address: nothing of them is the group's record, and an open one must stop working. */
export async function deleteInvitationsOf(db: Db, organisationId: string, personId: string, email: string | null): Promise<number> {
	const rows = await db.delete(invitation).where(invitationsFor(organisationId, personId, email)).returning({ id: invitation.id });
	return rows.length;
}

/** `column` with every one of `values` replaced by `label`. */
const replacedIn = (column: SQL, values: string[], label: string): SQL =>
	values.reduce<SQL>((text, value) => sql`replace(${text}, ${value}, ${label})`, sql`${column}`);

/**
 * The outbox keeps what was sent, so a sent message to the person or naming them stays with its
 * address, name, e-mail and phone replaced by `label`. One not sent yet to their address is
 * removed: its delivery job then ends as gone, and nothing reaches someone who asked to be erased.
 */
export async function scrubOutbox(db: Db, organisationId: string, ids: Identifiers, label: string): Promise<number> {
	const values = valuesOf(ids);
	const naming = or(addressedTo(ids.email), ...values.flatMap((v) => [sql`strpos(${outbox.subject}, ${v}) > 0`, sql`strpos(${outbox.body}, ${v}) > 0`]));
	const removed = await db
		.delete(outbox)
		.where(and(eq(outbox.organisationId, organisationId), isNull(outbox.sentAt), addressedTo(ids.email)))
		.returning({ id: outbox.id });
	const scrubbed = await db
		.update(outbox)
		.set({
			recipient: sql`case when ${addressedTo(ids.email)} then ${label} else ${outbox.recipient} end`,
			subject: replacedIn(sql`${outbox.subject}`, values, label),
			body: replacedIn(sql`${outbox.body}`, values, label),
			// A mail server's refusal often quotes the address.
			error: replacedIn(sql`${outbox.error}`, values, label)
		})
		.where(and(eq(outbox.organisationId, organisationId), naming))
		.returning({ id: outbox.id });
	return removed.length + scrubbed.length;
}

/**
 * Events never should hold a name, but one that does loses it: every payload of the organisation
 * holding the name, e-mail or phone gets `label` in its place. The person's id stays: it names
 * nobody once the row is empty.
 */
export async function scrubEvents(db: Db, organisationId: string, ids: Identifiers, label: string): Promise<number> {
	const values = valuesOf(ids).map(inJson);
	if (!values.length) return 0;
	const text = sql`${event.payload}::text`;
	const rows = await db
		.update(event)
		.set({ payload: sql`(${replacedIn(text, values, inJson(label))})::jsonb` })
		.where(and(eq(event.organisationId, organisationId), or(...values.map((v) => sql`strpos(${text}, ${v}) > 0`))))
		.returning({ id: event.id });
	return rows.length;
}

/** A delivery's last error may quote the address or the name; it keeps its words without them. */
export async function scrubJobErrors(db: Db, organisationId: string, ids: Identifiers, label: string): Promise<number> {
	const values = valuesOf(ids);
	const rows = await db
		.update(job)
		.set({ lastError: replacedIn(sql`${job.lastError}`, values, label) })
		.where(and(eq(job.organisationId, organisationId), or(...values.map((v) => sql`strpos(${job.lastError}, ${v}) > 0`))))
		.returning({ id: job.id });
	return rows.length;
}

/** The sign-in limiter counts per address: those counters are the address too, and hold nothing anyone needs. */
export async function deleteLimiterCountersOf(db: Db, email: string | null): Promise<void> {
	if (email) await db.delete(rateLimit).where(sql`strpos(${rateLimit.key}, ${email.toLowerCase()}) > 0`);
}
