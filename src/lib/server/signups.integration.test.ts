import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { consent, event, outbox, person, seriesPerson, signup } from './db/schema';
import { runRetention } from './retention';
import { acceptSignup, declineSignup, formStamp, setSignupOpen, signUp, signupsFor, type SignupInput } from './signups';

describe.each(databaseKinds)('the public sign-up, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let code: string;
	let ip: string;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `S${++seeded}`);
		actors = await actorsOf(db, org);
		expect((await setSignupOpen(db, actors.coordinator, org.seriesId, true)).ok).toBe(true);
		const list = await signupsFor(db, actors.coordinator, org.seriesId);
		if (!list.ok || !list.value.link) throw new Error('not open');
		code = list.value.link.split('/').pop()!;
		ip = `10.0.${seeded}.1`;
	});

	const shownAgo = (seconds: number) => formStamp(new Date(Date.now() - seconds * 1000));
	const input = (extra: Partial<SignupInput> = {}): SignupInput => ({
		name: 'Fenna Jolijn',
		email: `fenna.${seeded}@voorbeeld.test`,
		phone: null,
		motivation: 'Ik wil graag meepraten',
		consent: true,
		website: '',
		stamp: shownAgo(30),
		...extra
	});
	const signupsOfSeries = () => db.select().from(signup).where(eq(signup.seriesId, org.seriesId));
	const mailsTo = (to: string) => db.select().from(outbox).where(and(eq(outbox.organisationId, org.organisationId), eq(outbox.recipient, to)));

	it('stores a sign-up once: a double submit and the same address in other case answer kindly and store nothing more', async () => {
		const first = await signUp(db, code, input(), ip, 'nl');
		expect(first).toEqual({ ok: true, value: { stored: true } });
		const again = await signUp(db, code, input(), ip, 'nl');
		expect(again).toEqual({ ok: true, value: { stored: false } });
		const upper = await signUp(db, code, input({ email: `Fenna.${seeded}@Voorbeeld.TEST` }), ip, 'nl');
		expect(upper.ok).toBe(true);
		expect(await signupsOfSeries()).toHaveLength(1);
		// One kind answer, for the one sign-up kept.
		expect(await mailsTo(`fenna.${seeded}@voorbeeld.test`)).toHaveLength(1);
		// Phone numbers count by their digits.
		await signUp(db, code, input({ email: null, phone: '06-1234 5678' }), ip, 'nl');
		await signUp(db, code, input({ email: null, phone: '+31 6 12345678' }), ip, 'nl');
		expect(await signupsOfSeries()).toHaveLength(2);
	});

	it('answers a honeypot and a too-fast or forged form as if it worked, and stores nothing', async () => {
		expect(await signUp(db, code, input({ website: 'http://spam.example' }), ip, 'nl')).toEqual({ ok: true, value: { stored: false } });
		expect(await signUp(db, code, input({ stamp: shownAgo(1) }), ip, 'nl')).toEqual({ ok: true, value: { stored: false } });
		expect(await signUp(db, code, input({ stamp: `${Date.now() - 60_000}.forged` }), ip, 'nl')).toEqual({ ok: true, value: { stored: false } });
		expect(await signUp(db, code, input({ stamp: '' }), ip, 'nl')).toEqual({ ok: true, value: { stored: false } });
		expect((await signUp(db, code, input({ stamp: shownAgo(2 * 86_400) }), ip, 'nl')).ok).toBe(false);
		expect(await signupsOfSeries()).toHaveLength(0);
	});

	it('stores nothing without consent, or without a way to reach the person', async () => {
		expect(await signUp(db, code, input({ consent: false }), ip, 'nl')).toMatchObject({ ok: false, code: 'noConsent', field: 'consent' });
		expect(await signUp(db, code, input({ email: null, phone: null }), ip, 'nl')).toMatchObject({ ok: false, code: 'unreachable' });
		expect(await signupsOfSeries()).toHaveLength(0);
	});

	it('limits sign-ups per network with the one limiter', async () => {
		let refused = null;
		for (let i = 0; i < 150 && !refused; i++) {
			const result = await signUp(db, code, input({ email: `n${i}.${seeded}@voorbeeld.test`, stamp: shownAgo(10) }), ip, 'nl');
			if (!result.ok && result.code === 'tooMany') refused = result;
		}
		expect(refused).toMatchObject({ code: 'tooMany' });
		expect(refused!.waitSeconds).toBeGreaterThan(0);
		// Another network is not slowed down.
		expect((await signUp(db, code, input({ email: `other.${seeded}@voorbeeld.test` }), `10.9.${seeded}.2`, 'nl')).ok).toBe(true);
	});

	it('a closed or unknown code signs nobody up', async () => {
		expect(await signUp(db, code.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), input(), ip, 'nl')).toMatchObject({ ok: false, code: 'notFound' });
		expect((await setSignupOpen(db, actors.coordinator, org.seriesId, false)).ok).toBe(true);
		expect(await signUp(db, code, input(), ip, 'nl')).toMatchObject({ ok: false, code: 'notFound' });
		expect(await signupsOfSeries()).toHaveLength(0);
	});

	it('accepting makes the person with their own online consent at its moment, in the group, in one go', async () => {
		const before = new Date(Date.now() - 1000);
		await signUp(db, code, input({ phone: '0612345678' }), ip, 'nl');
		const [waiting] = await signupsOfSeries();
		const accepted = await acceptSignup(db, actors.facilitator, org.seriesId, waiting!.id);
		if (!accepted.ok) throw new Error(accepted.code);
		const personId = accepted.value.personId;
		const [row] = await db.select().from(person).where(eq(person.id, personId));
		expect(row).toMatchObject({ name: 'Fenna Jolijn', email: `fenna.${seeded}@voorbeeld.test`, phone: '0612345678', organisationId: org.organisationId });
		const consents = await db.select().from(consent).where(eq(consent.personId, personId)).orderBy(consent.purpose);
		expect(consents.map((c) => [c.purpose, c.givenHow, c.recordedBy]).sort()).toEqual([
			['contact', 'online', null],
			['takingPart', 'online', null]
		]);
		for (const c of consents) {
			expect(c.givenAt.getTime()).toBe(waiting!.consentGivenAt.getTime());
			expect(c.givenAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
		}
		expect(await db.select().from(seriesPerson).where(and(eq(seriesPerson.seriesId, org.seriesId), eq(seriesPerson.personId, personId)))).toEqual([
			{ seriesId: org.seriesId, personId, role: 'participant' }
		]);
		expect(await signupsOfSeries()).toHaveLength(0);
		const types = (await db.select().from(event).where(eq(event.organisationId, org.organisationId))).map((e) => e.type);
		expect(types).toEqual(expect.arrayContaining(['signup.received', 'person.added', 'consent.given', 'series.participantsChanged', 'signup.accepted']));
		// A second click finds it gone, and makes nobody twice.
		expect(await acceptSignup(db, actors.coordinator, org.seriesId, waiting!.id)).toMatchObject({ ok: false, code: 'gone' });
	});

	it('declining removes the sign-up and sends a kind mail', async () => {
		await signUp(db, code, input(), ip, 'en');
		const [waiting] = await signupsOfSeries();
		expect((await declineSignup(db, actors.coordinator, org.seriesId, waiting!.id)).ok).toBe(true);
		expect(await signupsOfSeries()).toHaveLength(0);
		const mails = await mailsTo(`fenna.${seeded}@voorbeeld.test`);
		expect(mails).toHaveLength(2);
		expect(mails.some((mail) => mail.body.includes('cannot offer you a place'))).toBe(true);
		expect(await declineSignup(db, actors.coordinator, org.seriesId, waiting!.id)).toMatchObject({ ok: false, code: 'gone' });
	});

	it("another organisation's list and sign-ups are not found; stakeholders and other series' facilitators neither", async () => {
		await signUp(db, code, input(), ip, 'nl');
		const [waiting] = await signupsOfSeries();
		const other = await seedOrganisation(db, `S${++seeded}`);
		const outsider = (await actorsOf(db, other)).coordinator;
		expect(await signupsFor(db, outsider, org.seriesId)).toMatchObject({ ok: false, code: 'notFound' });
		expect(await acceptSignup(db, outsider, org.seriesId, waiting!.id)).toMatchObject({ ok: false, code: 'notFound' });
		expect(await declineSignup(db, outsider, org.seriesId, waiting!.id)).toMatchObject({ ok: false, code: 'notFound' });
		expect(await setSignupOpen(db, outsider, org.seriesId, false)).toMatchObject({ ok: false, code: 'notFound' });
		// Their own series with our sign-up's id: still nothing.
		expect(await acceptSignup(db, outsider, other.seriesId, waiting!.id)).toMatchObject({ ok: false, code: 'gone' });
		expect(await signupsFor(db, actors.stakeholder, org.seriesId)).toMatchObject({ ok: false, code: 'notFound' });
		expect(await signupsOfSeries()).toHaveLength(1);
	});

	it('the retention removes sign-ups nobody accepted within sixty days', async () => {
		await signUp(db, code, input(), ip, 'nl');
		await runRetention(db, new Date(Date.now() + 59 * 86_400_000), 12);
		expect(await signupsOfSeries()).toHaveLength(1);
		await runRetention(db, new Date(Date.now() + 61 * 86_400_000), 12);
		expect(await signupsOfSeries()).toHaveLength(0);
	});
});
