import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import { formatJoinCode, joinCodeBytesUsable, joinCodeExpiry, joinCodeFrom, joinCodeRefusal, normaliseJoinCode } from '../domain/joinCode';
import type { JoinCodePurpose } from '../domain/vocabularies';
import { authSecret } from './auth/auth';
import { linkSucceeded, takeLinkAttempt } from './auth/loginLimit';
import { can, type Actor, type JoinedViewer } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import { findMeetingInSeries } from './db/repositories/grouping';
import {
	closeJoinCodesForCheckedMeeting,
	findJoinCode,
	findJoinCodeById,
	insertJoinCodeForCheckedMeeting,
	openJoinCodesForCheckedMeeting
} from './db/repositories/joinCodes';
import { findSeries } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { field } from './forms';
import { fail, ok, type Result } from './result';
import { z } from 'zod';

/** The room's screen and the phones keep their joins apart, so one device can be both. */
export const joinCookies: Record<JoinCodePurpose, string> = { projector: 'sd_screen', phone: 'sd_join' };
/** Where a device types its code, and where the view it opens lives. */
export const joinPaths: Record<JoinCodePurpose, string> = { projector: '/scherm', phone: '/doe-mee' };

export type ShownJoinCode = { code: string; shown: string; expiresAt: Date };
export type MeetingJoinCodes = {
	projector: ShownJoinCode | null;
	phone: (ShownJoinCode & { link: string; qrSvg: string }) | null;
};

async function ledMeeting(db: Db, actor: Actor, seriesId: string, meetingId: string) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return null;
	return findMeetingInSeries(db, actor.organisationId, seriesId, meetingId);
}

async function shown(rows: Awaited<ReturnType<typeof openJoinCodesForCheckedMeeting>>): Promise<MeetingJoinCodes> {
	const newest = (purpose: JoinCodePurpose) =>
		rows.filter((row) => row.purpose === purpose).sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime())[0];
	const projector = newest('projector');
	const phone = newest('phone');
	const link = phone ? `${config.origin}${joinPaths.phone}?code=${formatJoinCode(phone.code)}` : '';
	return {
		projector: projector ? { code: projector.code, shown: formatJoinCode(projector.code), expiresAt: projector.expiresAt } : null,
		phone: phone
			? {
					code: phone.code,
					shown: formatJoinCode(phone.code),
					expiresAt: phone.expiresAt,
					link,
					// An SVG string: no image request, nothing the page's CSP has to allow.
					qrSvg: await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
				}
			: null
	};
}

/** The meeting's open codes, for its facilitators. */
export async function meetingJoinCodes(db: Db, actor: Actor, seriesId: string, meetingId: string, now = new Date()): Promise<Result<MeetingJoinCodes, 'notFound'>> {
	const found = await ledMeeting(db, actor, seriesId, meetingId);
	if (!found) return fail('notFound');
	return ok(await shown(await openJoinCodesForCheckedMeeting(db, meetingId, now)));
}

function drawCode(): string {
	for (;;) {
		const bytes = randomBytes(16);
		if (joinCodeBytesUsable(bytes)) return joinCodeFrom(bytes);
	}
}

/** The phones' code, for the room's screen to show with its QR code; the caller checked the meeting. */
export async function phoneCodeForCheckedMeeting(db: Db, meetingId: string, now = new Date()) {
	return (await shown(await openJoinCodesForCheckedMeeting(db, meetingId, now))).phone;
}

/** Opens a code for the screen and one for the phones, where none is open yet; opening twice changes nothing. */
export async function openMeetingJoinCodes(db: Db, actor: Actor, seriesId: string, meetingId: string, now = new Date()): Promise<Result<MeetingJoinCodes, 'notFound'>> {
	const found = await ledMeeting(db, actor, seriesId, meetingId);
	if (!found) return fail('notFound');
	const endsAt = new Date(found.startsAt.getTime() + found.durationMinutes * 60_000);
	const rows = await withTransaction(db, async (tx) => {
		const open = await openJoinCodesForCheckedMeeting(tx, meetingId, now);
		let opened = 0;
		for (const purpose of ['projector', 'phone'] as const) {
			if (open.some((row) => row.purpose === purpose)) continue;
			// 31⁶ codes: a taken one is rare, and simply drawn again.
			while (!(await insertJoinCodeForCheckedMeeting(tx, { organisationId: actor.organisationId, meetingId, purpose, code: drawCode(), createdBy: actor.userId, expiresAt: joinCodeExpiry(now, endsAt) })));
			opened++;
		}
		if (opened) await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'meeting.joinCodesOpened', subject: meetingId, payload: { opened } });
		return openJoinCodesForCheckedMeeting(tx, meetingId, now);
	});
	return ok(await shown(rows));
}

/** Closes the meeting's codes: every screen and phone they opened loses the meeting at once. */
export async function closeMeetingJoinCodes(db: Db, actor: Actor, seriesId: string, meetingId: string, now = new Date()): Promise<Result<{ closed: number }, 'notFound'>> {
	const found = await ledMeeting(db, actor, seriesId, meetingId);
	if (!found) return fail('notFound');
	const closed = await withTransaction(db, async (tx) => {
		const count = await closeJoinCodesForCheckedMeeting(tx, meetingId, now);
		if (count) await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'meeting.joinCodesClosed', subject: meetingId, payload: { closed: count } });
		return count;
	});
	return ok({ closed });
}

const sign = (id: string) => createHmac('sha256', authSecret()).update(`join-code:${id}`).digest('base64url');

function joinCodeIdFrom(value: string): string | null {
	const [id, signature, extra] = value.split('.');
	if (!id || !signature || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return null;
	const expected = Buffer.from(sign(id));
	const given = Buffer.from(signature);
	return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** The one field of the join pages; the code's own shape is checked by `joinWithCode`, after the attempt is counted. */
export const joinCodeSchema = z.object({ code: field.text(40) });

/** The device keeps its join until the code expires, and sends it only to the pages of that purpose. */
export const joinCookieOptions = (purpose: JoinCodePurpose, expiresAt: Date, url: URL) => ({
	path: joinPaths[purpose],
	httpOnly: true,
	sameSite: 'lax' as const,
	secure: url.protocol === 'https:',
	expires: expiresAt
});

export type JoinRefusal = 'unknown' | 'expired' | 'closed' | 'tooMany';

/**
 * A typed code for this purpose: the cookie that keeps the device in the meeting. Every try takes
 * an attempt from the per-network counter that personal links and sign-in use, so guessing codes
 * is as slow as guessing passwords; a code that works gives it back. A code for the other purpose
 * is "unknown": a phone code never opens the screen.
 */
export async function joinWithCode(
	db: Db,
	typed: string,
	purpose: JoinCodePurpose,
	ip: string,
	now = new Date()
): Promise<Result<{ cookie: string; expiresAt: Date }, JoinRefusal, { waitSeconds?: number }>> {
	const code = normaliseJoinCode(typed);
	const wait = await takeLinkAttempt(db, ip);
	if (wait) return fail('tooMany', { waitSeconds: wait });
	if (!code) return fail('unknown');
	const found = await findJoinCode(db, code);
	if (!found || found.purpose !== purpose) return fail('unknown');
	const refusal = joinCodeRefusal(found, now);
	if (refusal) return fail(refusal);
	await linkSucceeded(db, ip);
	return ok({ cookie: `${found.id}.${sign(found.id)}`, expiresAt: found.expiresAt });
}

/** Whoever this device joined as, while the code still works; anything else is nobody. */
export async function joinedFromCookie(db: Db, value: string | undefined, purpose: JoinCodePurpose, now = new Date()): Promise<JoinedViewer | null> {
	const id = value ? joinCodeIdFrom(value) : null;
	if (!id) return null;
	const found = await findJoinCodeById(db, id);
	if (!found || found.purpose !== purpose || joinCodeRefusal(found, now)) return null;
	return { kind: 'joined', purpose, organisationId: found.organisationId, seriesId: found.seriesId, meetingId: found.meetingId, joinCodeId: found.id };
}
