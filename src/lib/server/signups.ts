import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import * as m from '$lib/paraglide/messages.js';
import { consentWording } from '../domain/consent';
import { fillCheck, phoneKey, reachable } from '../domain/signup';
import { authSecret } from './auth/auth';
import { takeLinkAttempt } from './auth/loginLimit';
import type { Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import { insertConsents } from './db/repositories/consents';
import { emailTaken, insertPerson } from './db/repositories/people';
import { findRegion } from './db/repositories/regions';
import {
	addParticipantForCheckedSeries,
	deleteSignup,
	findSeriesBySignupCode,
	findSignup,
	insertSignup,
	meetingsForCheckedSeries,
	recruitmentOf,
	setSignupCode,
	signupsForCheckedSeries,
	updateExpenses
} from './db/repositories/signups';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { nextCalmMoment } from '../domain/calmTiming';
import { sendMail } from './mail';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { editableSeries } from './series';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

/*
 * The public sign-up for a series (issue #12 item 7; see "Public sign-up" in docs/ARCHITECTURE.md).
 * Anyone with the series' sign-up link leaves a name, a way to reach them and their consent; no
 * account. The sign-up waits for the coordinator or the series' facilitators, who accept it (the
 * person, their consent and their place in the group, in one transaction) or decline it.
 */

type Locale = 'nl' | 'en';

/** The code in the public address: unguessable, so the series' id is never shown to the public. */
const codeShape = /^[A-Za-z0-9_-]{20,60}$/;
export const isSignupCode = (code: string) => codeShape.test(code);

const signupLink = (code: string) => `${config.origin}/aanmelden/${code}`;

/** The moment the form was shown, signed, so a script cannot claim it waited. */
const signStamp = (ms: string) => createHmac('sha256', authSecret()).update(`signup-form:${ms}`).digest('base64url');

export function formStamp(now = new Date()): string {
	const ms = String(now.getTime());
	return `${ms}.${signStamp(ms)}`;
}

/** The moment a stamp was made, or null when it was not made here. */
export function readStamp(stamp: string): Date | null {
	const [ms, mac] = stamp.split('.');
	if (!ms || !mac || !/^\d{1,15}$/.test(ms)) return null;
	const expected = Buffer.from(signStamp(ms));
	const given = Buffer.from(mac);
	return given.length === expected.length && timingSafeEqual(given, expected) ? new Date(Number(ms)) : null;
}

/** What the public page shows of a series whose sign-up is open. */
export async function signupPage(db: Db, code: string, now = new Date()) {
	const found = isSignupCode(code) ? await findSeriesBySignupCode(db, code) : null;
	if (!found) return fail('notFound');
	const meetings = await meetingsForCheckedSeries(db, found.id);
	return ok({
		series: { name: found.name, kind: found.kind, mode: found.mode, organisationName: found.organisationName, expenses: found.expenses },
		meetings,
		stamp: formStamp(now)
	});
}

export interface SignupInput {
	name: string;
	email: string | null;
	phone: string | null;
	motivation: string | null;
	consent: boolean;
	/** The honeypot: a field people do not see, so only a script fills it in. */
	website: string;
	stamp: string;
}

export type SignUpResult =
	| Result<{ stored: boolean }, 'notFound' | 'noConsent' | 'unreachable' | 'expired'>
	| Fail<'tooMany', { waitSeconds: number }>;

/**
 * Keeps a sign-up with the consent given on the form. A filled honeypot, a form sent back too fast
 * or a stamp not made here is answered as if it worked and stores nothing: a script learns
 * nothing. Every send takes an attempt from the network's counter (the one limiter). A second
 * sign-up with the same address or number for the series stores nothing and gets the same kind
 * answer; only a new one gets the mail.
 */
export async function signUp(db: Db, code: string, input: SignupInput, ip: string, locale: Locale, now = new Date()): Promise<SignUpResult> {
	const found = isSignupCode(code) ? await findSeriesBySignupCode(db, code) : null;
	if (!found) return fail('notFound');
	const waitSeconds = await takeLinkAttempt(db, ip);
	if (waitSeconds > 0) return fail('tooMany', { waitSeconds });
	if (input.website.trim() !== '') return ok({ stored: false });
	const shownAt = readStamp(input.stamp);
	if (!shownAt) return ok({ stored: false });
	const fill = fillCheck(shownAt, now);
	if (fill === 'tooFast') return ok({ stored: false });
	if (fill === 'expired') return fail('expired');
	if (!input.consent) return fail('noConsent', { field: 'consent' });
	if (!reachable(input)) return fail('unreachable', { field: 'email' });
	return withTransaction(db, async (tx) => {
		const id = await insertSignup(tx, {
			organisationId: found.organisationId,
			seriesId: found.id,
			name: input.name,
			email: input.email,
			phone: input.phone,
			phoneKey: phoneKey(input.phone),
			motivation: input.motivation,
			locale,
			consentWording,
			consentGivenAt: now
		});
		if (!id) return ok({ stored: false });
		// The answer to what the person just did goes at once: they are waiting for it. Anything the
		// app says of its own accord (a decline) waits for a calm moment.
		if (input.email) {
			await sendMail(tx, {
				organisationId: found.organisationId,
				to: input.email,
				subject: m.signup_mail_received_subject({ series: found.name }, { locale }),
				text: m.signup_mail_received_body({ name: input.name, series: found.name, organisation: found.organisationName }, { locale })
			});
		}
		await recordEvent(tx, {
			organisationId: found.organisationId,
			actorId: null,
			type: 'signup.received',
			subject: found.id,
			payload: { signupId: id, mail: Boolean(input.email) }
		});
		return ok({ stored: true });
	});
}

/** The coordinator's list: the series, whether its sign-up is open (with the link and its QR code), and the sign-ups. */
export async function signupsFor(db: Db, actor: Actor, seriesId: string) {
	const found = await editableSeries(db, actor, seriesId);
	if (!found.ok) return found;
	const [recruitment, signups] = await Promise.all([recruitmentOf(db, actor.organisationId, seriesId), signupsForCheckedSeries(db, actor.organisationId, seriesId)]);
	const code = recruitment?.signupCode ?? null;
	return ok({
		series: found.value,
		link: code ? signupLink(code) : null,
		signups: signups.map((s) => ({ id: s.id, name: s.name, email: s.email, phone: s.phone, motivation: s.motivation, createdAt: s.createdAt }))
	});
}

/** Opens the sign-up with a fresh code, or closes it; a closed link never works again. */
export async function setSignupOpen(db: Db, actor: Actor, seriesId: string, open: boolean): Promise<Result<Record<string, never>> | NotFound> {
	const found = await editableSeries(db, actor, seriesId);
	if (!found.ok) return found;
	return withTransaction(db, async (tx) => {
		const current = await recruitmentOf(tx, actor.organisationId, seriesId);
		if (!current) return fail('notFound');
		if (open === Boolean(current.signupCode)) return ok({});
		await setSignupCode(tx, actor.organisationId, seriesId, open ? randomBytes(18).toString('base64url') : null);
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: open ? 'signup.opened' : 'signup.closed', subject: seriesId, payload: {} });
		return ok({});
	});
}

const refusedEmail = Symbol('emailTaken');

/**
 * Accepts a sign-up into the group, in one transaction: the person (name and the way to reach
 * them), their consent as given on the form (`online`, at the moment they gave it, recorded by
 * nobody: it was their own doing), their place as a participant, and the sign-up removed. What
 * brought them is not copied: it was for the coordinator's eyes, and goes with the sign-up. An
 * address another person of the organisation already has is refused: add that person instead.
 */
export async function acceptSignup(
	db: Db,
	actor: Actor,
	seriesId: string,
	signupId: string
): Promise<Result<{ personId: string; name: string }, 'gone' | 'emailTaken'> | NotFound> {
	const found = await editableSeries(db, actor, seriesId);
	if (!found.ok) return found;
	const organisationId = actor.organisationId;
	const result = await withTransaction(db, async (tx) => {
		const s = await findSignup(tx, organisationId, seriesId, signupId);
		if (!s || !(await deleteSignup(tx, organisationId, s.id))) return fail('gone');
		const personId = await insertPerson(
			tx,
			organisationId,
			{ name: s.name, email: s.email, phone: s.phone, livedExperience: false, experienceExpert: false, leadsGroups: false, background: 'resident', affiliation: null, workField: null },
			actor.userId
		);
		if (personId === emailTaken) throw refusedEmail;
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'person.added', subject: personId, payload: {} });
		const purposes = await insertConsents(tx, organisationId, personId, ['takingPart', 'contact'], 'online', null, s.consentWording, s.consentGivenAt);
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'consent.given', subject: personId, payload: { purposes, how: 'online', by: 'person' } });
		await addParticipantForCheckedSeries(tx, seriesId, personId);
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'series.participantsChanged', subject: seriesId, payload: { added: 1, removed: 0 } });
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'signup.accepted', subject: seriesId, payload: { signupId: s.id, personId } });
		return ok({ personId, name: s.name });
	}).catch((error: unknown) => {
		if (error === refusedEmail) return fail('emailTaken');
		throw error;
	});
	return result;
}

/** Declines a sign-up: it is removed at once, and someone who left an address gets a kind mail. */
export async function declineSignup(db: Db, actor: Actor, seriesId: string, signupId: string, now = new Date()): Promise<Result<Record<string, never>, 'gone'> | NotFound> {
	const found = await editableSeries(db, actor, seriesId);
	if (!found.ok) return found;
	return withTransaction(db, async (tx) => {
		const s = await findSignup(tx, actor.organisationId, seriesId, signupId);
		if (!s || !(await deleteSignup(tx, actor.organisationId, s.id))) return fail('gone');
		const locale: Locale = s.locale === 'en' ? 'en' : 'nl';
		if (s.email) {
			await sendMail(tx, {
				organisationId: actor.organisationId,
				to: s.email,
				subject: m.signup_mail_declined_subject({ series: found.value.name }, { locale }),
				text: m.signup_mail_declined_body({ name: s.name, series: found.value.name }, { locale }),
				notBefore: nextCalmMoment(now)
			});
		}
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'signup.declined', subject: seriesId, payload: { signupId: s.id, mail: Boolean(s.email) } });
		return ok({});
	});
}

const expensesSnapshot = (expenses: string | null) => ({ expenses: expenses ?? '' });

/** The recruitment page and the printables: the series, its meetings and place, the expenses arrangement, the sign-up link and its QR code. */
export async function recruitmentFor(db: Db, actor: Actor, seriesId: string) {
	const found = await editableSeries(db, actor, seriesId);
	if (!found.ok) return found;
	const [recruitment, meetings] = await Promise.all([recruitmentOf(db, actor.organisationId, seriesId), meetingsForCheckedSeries(db, seriesId)]);
	if (!recruitment) return fail('notFound');
	const link = recruitment.signupCode ? signupLink(recruitment.signupCode) : null;
	return ok({
		series: found.value,
		region: found.value.regionId ? await findRegion(db, actor.organisationId, found.value.regionId) : null,
		meetings,
		expenses: recruitment.expenses,
		version: versionToken(recruitment.recruitmentVersion, expensesSnapshot(recruitment.expenses)),
		link,
		qrSvg: link ? await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) : null
	});
}

/** Writes down the expenses arrangement over the version the form was opened with. */
export async function saveExpenses(db: Db, actor: Actor, seriesId: string, based: Based, expenses: string | null): Promise<Saved | NotFound> {
	const found = await editableSeries(db, actor, seriesId);
	if (!found.ok) return found;
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateExpenses(tx, actor.organisationId, seriesId, based.version, expenses)) === null) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'series.expensesChanged', subject: seriesId, payload: {} });
		return true;
	});
	if (saved) return ok({});
	const current = await recruitmentOf(db, actor.organisationId, seriesId);
	if (!current) return fail('notFound');
	return afterConflict(based, expensesSnapshot(current.expenses), expensesSnapshot(expenses));
}
