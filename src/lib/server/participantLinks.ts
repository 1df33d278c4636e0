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
	findActiveLinkById,
	participantView,
	replaceParticipantLink,
	revokeActiveLink
} from './db/repositories/participantLinks';
import { findSeries, listSeriesMembers } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { calendarFile } from './seriesCalendar';
import { recordEvent } from './events/record';
import { fail, ok, type Result } from './result';

/** 32 random bytes in base64url: exactly 43 characters. Anything else is not looked up at all. */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;
/** Only the hash is stored, so a leaked database holds no usable links. */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const participantCookie = 'sd_participant';

/**
 * The cookie names the link row, signed with the app's secret. No session table: every request
 * reads the link, so revoking or re-issuing it ends every session it opened at once.
 */
const sign = (linkId: string) => createHmac('sha256', authSecret()).update(`participant-link:${linkId}`).digest('base64url');
const cookieValue = (linkId: string) => `${linkId}.${sign(linkId)}`;

function linkIdFrom(value: string): string | null {
	const [id, signature, extra] = value.split('.');
	if (!id || !signature || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return null;
	const expected = Buffer.from(sign(id));
	const given = Buffer.from(signature);
	return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** The person of a series, in this organisation, whose link a coordinator or the series' facilitator manages. */
async function manageableParticipant(db: Db, actor: Actor, seriesId: string, personId: string) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	const member = (await listSeriesMembers(db, seriesId)).find((p) => p.id === personId && p.role === 'participant');
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
export async function seriesLinkStatus(db: Db, actor: Actor, seriesId: string): Promise<string[]> {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return [];
	return [...(await activeLinkPersonIds(db, actor.organisationId, seriesId))];
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

export type OpenResult = { kind: 'opened'; cookie: string } | { kind: 'invalid' } | { kind: 'tooMany'; waitSeconds: number };

/** A malformed token never reaches the database; every well-formed try counts against the network. */
export async function openParticipantLink(db: Db, token: string, ip: string): Promise<OpenResult> {
	if (!tokenShape.test(token)) return { kind: 'invalid' };
	const waitSeconds = await takeLinkAttempt(db, ip);
	if (waitSeconds > 0) return { kind: 'tooMany', waitSeconds };
	const found = await findActiveLinkByHash(db, hash(token));
	if (!found) return { kind: 'invalid' };
	await linkSucceeded(db, ip);
	return { kind: 'opened', cookie: cookieValue(found.id) };
}

/** The participant behind a cookie, while its link is active; anything else is nobody. */
export async function participantFromCookie(db: Db, value: string): Promise<ParticipantActor | null> {
	const id = linkIdFrom(value);
	const found = id && (await findActiveLinkById(db, id));
	return found ? { kind: 'participant', organisationId: found.organisationId, personId: found.personId, seriesIds: [found.seriesId] } : null;
}

/** The participant's own page: their series' dates and the next one. No other participant appears. */
export async function myMeetings(db: Db, participant: ParticipantActor, now = new Date()) {
	const series = [];
	for (const seriesId of participant.seriesIds) {
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
		series.push({ id: seriesId, name: view.seriesName, firstName: firstName(view.personName), meetings, next: meetings.find((mt) => !mt.past) ?? null });
	}
	return series;
}

/** The participant's calendar file: the same meetings as their page. */
export async function myCalendar(db: Db, participant: ParticipantActor | null, seriesId: string): Promise<Result<{ filename: string; body: string }, 'notFound'>> {
	if (!participant || !participantCan.viewSeries(participant, { id: seriesId, organisationId: participant.organisationId })) return fail('notFound');
	const view = await participantView(db, participant.organisationId, seriesId, participant.personId);
	if (!view) return fail('notFound');
	return ok(calendarFile({ name: view.seriesName, mode: view.mode }, view.meetings, `${config.origin}/mijn`));
}
