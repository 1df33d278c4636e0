import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import { authSecret } from './auth/auth';
import { linkSucceeded, takeLinkAttempt } from './auth/loginLimit';
import { can, participantCan, type Actor, type ParticipantActor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import {
	activeLinkPersonIds,
	findActiveLinkByHash,
	findActiveLinksByIds,
	participantView,
	replaceParticipantLink,
	revokeActiveLink
} from './db/repositories/participantLinks';
import { findSeries, listSeriesPeople } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { calendarFile } from './seriesCalendar';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type Result } from './result';

/** 32 random bytes in base64url: exactly 43 characters. Anything else is not looked up at all. */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;
/** Only the hash is stored, so a leaked database holds no usable links. */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const participantCookie = 'sd_participant';

/**
 * A device remembers the links opened on it, newest first, so `/mijn` shows every series of a
 * person in more than one (a follow-up series, a professional network) or of a family sharing one
 * phone. Five is more than one person needs and keeps the cookie small; the oldest goes first.
 */
export const LINKS_PER_DEVICE = 5;

/**
 * The cookie names link rows, each signed with the app's secret. No session table: every request
 * reads the links, so revoking or re-issuing one ends every session it opened at once.
 */
const sign = (linkId: string) => createHmac('sha256', authSecret()).update(`participant-link:${linkId}`).digest('base64url');
const cookieValue = (linkIds: readonly string[]) => linkIds.map((id) => `${id}.${sign(id)}`).join(',');

function linkIdFrom(entry: string): string | null {
	const [id, signature, extra] = entry.split('.');
	if (!id || !signature || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return null;
	const expected = Buffer.from(sign(id));
	const given = Buffer.from(signature);
	return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** The signed link ids of a cookie, newest first; a forged or malformed entry is nobody. */
const linkIdsFrom = (value: string) =>
	value
		.split(',')
		.slice(0, LINKS_PER_DEVICE)
		.map(linkIdFrom)
		.filter((id): id is string => id !== null);

/** The cookie's links that still work, in the cookie's order. */
async function activeLinks(db: Db, value: string) {
	const ids = linkIdsFrom(value);
	const rows = await findActiveLinksByIds(db, ids);
	return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

/** The person of a series, in this organisation, whose link a coordinator or the series' facilitator manages. */
async function manageableParticipant(db: Db, actor: Actor, seriesId: string, personId: string) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	const member = (await listSeriesPeople(db, seriesId)).find((p) => p.id === personId && p.role === 'participant');
	if (!member) return fail('notFound');
	return ok({ series: found, person: member });
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** What the link page shows before a link is made: whose card it is and whether a link works now. */
export async function participantLinkStatus(db: Db, actor: Actor, seriesId: string, personId: string) {
	const manageable = await manageableParticipant(db, actor, seriesId, personId);
	if (!manageable.ok) return manageable;
	const { series, person } = manageable.value;
	const active = await activeLinkPersonIds(db, actor.organisationId, seriesId);
	return ok({ series: { id: series.id, name: series.name }, person: { id: person.id, name: person.name, firstName: firstName(person.name) }, active: active.has(person.id) });
}

/** Which of a series' participants have a working link, for the series' people page. */
export async function seriesLinkStatus(db: Db, actor: Actor, seriesId: string): Promise<Result<string[], 'notFound'>> {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	return ok([...(await activeLinkPersonIds(db, actor.organisationId, seriesId))]);
}

/**
 * Makes a new personal link; an earlier one of this person in this series stops working. The link
 * and its QR code are answered once: only the hash is kept, so they cannot be shown again.
 */
export async function issueParticipantLink(
	db: Db,
	actor: Actor,
	seriesId: string,
	personId: string,
	now = new Date()
): Promise<Result<{ link: string; qrSvg: string }, 'notFound'>> {
	const manageable = await manageableParticipant(db, actor, seriesId, personId);
	if (!manageable.ok) return manageable;
	const token = randomBytes(32).toString('base64url');
	await withTransaction(db, async (tx) => {
		const { id, revokedId } = await replaceParticipantLink(
			tx,
			{ organisationId: actor.organisationId, seriesId, personId, tokenHash: hash(token), createdBy: actor.userId },
			now
		);
		if (revokedId) {
			await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'participantLink.revoked', subject: seriesId, payload: { linkId: revokedId, personId } });
		}
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'participantLink.issued', subject: seriesId, payload: { linkId: id, personId } });
	});
	const link = `${config.origin}/p/${token}`;
	// An SVG string drawn here: no image request, no script, nothing the page's CSP has to allow.
	const qrSvg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return ok({ link, qrSvg });
}

export async function revokeParticipantLink(
	db: Db,
	actor: Actor,
	seriesId: string,
	personId: string,
	now = new Date()
): Promise<Result<'revoked' | 'none', 'notFound'>> {
	const manageable = await manageableParticipant(db, actor, seriesId, personId);
	if (!manageable.ok) return manageable;
	const outcome = await withTransaction(db, async (tx) => {
		const revokedId = await revokeActiveLink(tx, actor.organisationId, seriesId, personId, now);
		if (!revokedId) return 'none';
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'participantLink.revoked', subject: seriesId, payload: { linkId: revokedId, personId } });
		return 'revoked';
	});
	return ok(outcome);
}

/** `invalid` covers unknown, revoked and malformed alike: the page says the same for each. */
export type OpenResult = Result<{ cookie: string }, 'invalid'> | Fail<'tooMany', { waitSeconds: number }>;

/**
 * A malformed token never reaches the database; every well-formed try counts against the network.
 * The device's cookie (`current`) keeps its links that still work, after the one just opened.
 */
export async function openParticipantLink(db: Db, token: string, ip: string, current?: string): Promise<OpenResult> {
	if (!tokenShape.test(token)) return fail('invalid');
	const waitSeconds = await takeLinkAttempt(db, ip);
	if (waitSeconds > 0) return fail('tooMany', { waitSeconds });
	const found = await findActiveLinkByHash(db, hash(token));
	if (!found) return fail('invalid');
	await linkSucceeded(db, ip);
	const kept = current ? (await activeLinks(db, current)).map((link) => link.id).filter((id) => id !== found.id) : [];
	return ok({ cookie: cookieValue([found.id, ...kept].slice(0, LINKS_PER_DEVICE)) });
}

/**
 * Who a device's cookie speaks for: one participant per person, each with the series of their links
 * that still work, the newest first. Nobody is an empty list.
 */
export async function participantsFromCookie(db: Db, value: string): Promise<ParticipantActor[]> {
	const people = new Map<string, { organisationId: string; personId: string; seriesIds: string[] }>();
	for (const link of await activeLinks(db, value)) {
		const key = `${link.organisationId}:${link.personId}`;
		const known = people.get(key);
		if (known) known.seriesIds.push(link.seriesId);
		else people.set(key, { organisationId: link.organisationId, personId: link.personId, seriesIds: [link.seriesId] });
	}
	return [...people.values()].map((p) => ({ kind: 'participant', ...p }));
}

/** The participants' own page: each series' dates and the next one. No other participant appears. */
export async function myMeetings(db: Db, participants: readonly ParticipantActor[], now = new Date()) {
	const series = [];
	const links = participants.flatMap((participant) => participant.seriesIds.map((seriesId) => ({ participant, seriesId })));
	for (const { participant, seriesId } of links) {
		const view = await participantView(db, participant.organisationId, seriesId, participant.personId);
		if (!view) continue;
		const place = (mt: (typeof view.meetings)[number]) => ({
			location: view.mode === 'onLocation' ? mt.location : null,
			onlineLink: view.mode === 'online' ? mt.onlineLink : null
		});
		const meetings = view.meetings.map((mt) => ({
			id: mt.id,
			number: mt.number,
			startsAt: mt.startsAt.toISOString(),
			past: mt.startsAt.getTime() + mt.durationMinutes * 60_000 < now.getTime(),
			...place(mt)
		}));
		// Two people of one household may share a phone and a series: a series is listed once per person.
		series.push({ id: seriesId, personId: participant.personId, name: view.seriesName, firstName: firstName(view.personName), meetings, next: meetings.find((mt) => !mt.past) ?? null });
	}
	return series;
}

/** The participant's calendar file: the same meetings as their page. */
export async function myCalendar(
	db: Db,
	participants: readonly ParticipantActor[],
	seriesId: string
): Promise<Result<{ filename: string; body: string }, 'notFound'>> {
	const participant = participants.find((p) => participantCan.viewSeries(p, { id: seriesId, organisationId: p.organisationId }));
	if (!participant) return fail('notFound');
	const view = await participantView(db, participant.organisationId, seriesId, participant.personId);
	if (!view) return fail('notFound');
	return ok(calendarFile({ name: view.seriesName, mode: view.mode }, view.meetings, `${config.origin}/mijn`));
}
