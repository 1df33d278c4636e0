import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { PersonDetails } from '../domain/people';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor, ParticipantActor } from './auth/policies';
import { giveConsent, myConsents, personConsents, withdrawConsent, withdrawMyConsent } from './consent';
import type { Db } from './db';
import { auditEntry, changeWish, consent, event, meeting, outbox, participantLink, person, seriesPerson } from './db/schema';
import { issueParticipantLink } from './participantLinks';
import { changePerson, createPerson, personFor } from './people';
import { readVersionToken, type Based } from './versioning';

const details = (name: string, extra: Partial<PersonDetails> = {}): PersonDetails => ({
	name,
	background: 'resident',
	affiliation: null,
	workField: null,
	livedExperience: false,
	experienceExpert: false,
	leadsGroups: false,
	email: null,
	phone: null,
	...extra
});

describe.each(databaseKinds)('the consent register, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `T${++seeded}`);
		actors = await actorsOf(db, org);
	});

	const registerOf = (personId: string) => db.select().from(consent).where(eq(consent.personId, personId)).orderBy(consent.givenAt, consent.purpose);
	const rowOf = async (personId: string) => (await db.select().from(person).where(eq(person.id, personId)))[0]!;
	async function versionOf(personId: string): Promise<Based> {
		const found = await personFor(db, actors.coordinator, personId);
		if (!found.ok) throw new Error('not found');
		return readVersionToken(found.value.version)!;
	}
	async function added(name: string, extra: Partial<PersonDetails>, purposes: ('takingPart' | 'contact' | 'composition')[]): Promise<string> {
		const created = await createPerson(db, actors.coordinator, details(name, extra), { purposes, how: 'spoken' });
		if (!created.ok) throw new Error(`not created: ${created.code}`);
		return created.value.id;
	}

	it('stores nobody without consent to take part, and no detail without the consent for its purpose', async () => {
		const before = (await db.select().from(person).where(eq(person.organisationId, org.organisationId))).length;
		const registered = (await db.select().from(consent).where(eq(consent.organisationId, org.organisationId))).length;
		expect(await createPerson(db, actors.coordinator, details('Zonder'), { purposes: [], how: 'spoken' })).toMatchObject({ ok: false, code: 'noConsent' });
		expect(await createPerson(db, actors.coordinator, details('Met adres', { email: 'adres@example.org', livedExperience: true }), { purposes: ['takingPart'], how: 'paper' })).toMatchObject({
			ok: false,
			code: 'consentMissing',
			fields: ['email', 'livedExperience']
		});
		expect((await db.select().from(person).where(eq(person.organisationId, org.organisationId))).length).toBe(before);
		expect((await db.select().from(consent).where(eq(consent.organisationId, org.organisationId))).length).toBe(registered);
	});

	it('records what was agreed, when, how and by whom, with an audit line', async () => {
		const id = await added('Noor', { email: 'noor@example.org' }, ['takingPart', 'contact']);
		const register = await registerOf(id);
		expect(register.map((c) => [c.purpose, c.givenHow, c.recordedBy, c.withdrawnAt, c.wording])).toEqual(
			expect.arrayContaining([
				['takingPart', 'spoken', actors.coordinator.userId, null, '2026-12'],
				['contact', 'spoken', actors.coordinator.userId, null, '2026-12']
			])
		);
		expect(register).toHaveLength(2);
		const lines = await db.select().from(auditEntry).where(and(eq(auditEntry.personId, id), eq(auditEntry.operation, 'consent.given')));
		expect(lines).toMatchObject([{ purpose: 'consentRegister', actorId: actors.coordinator.userId }]);
	});

	it('refuses an edit that adds a detail whose consent is missing, and takes it once recorded', async () => {
		const id = await added('Sam', {}, ['takingPart']);
		const refused = await changePerson(db, actors.coordinator, id, await versionOf(id), details('Sam', { phone: '06 1234 5678' }));
		expect(refused).toMatchObject({ ok: false, code: 'consentMissing', fields: ['phone'] });
		expect((await rowOf(id)).phone).toBeNull();
		expect((await giveConsent(db, actors.coordinator, id, 'contact', 'email')).ok).toBe(true);
		// A second click records nothing more.
		expect((await giveConsent(db, actors.coordinator, id, 'contact', 'email')).ok).toBe(true);
		expect((await registerOf(id)).filter((c) => c.purpose === 'contact')).toHaveLength(1);
		expect((await changePerson(db, actors.coordinator, id, await versionOf(id), details('Sam', { phone: '06 1234 5678' }))).ok).toBe(true);
	});

	it('clears contact details at once when contact is withdrawn, with the mail still waiting for them', async () => {
		const id = await added('Ilse', { email: 'ilse@example.org', phone: '06 2222 3333', livedExperience: true }, ['takingPart', 'contact', 'composition']);
		await db.insert(outbox).values([
			{ organisationId: org.organisationId, recipient: 'ilse@example.org', subject: 'Herinnering', body: 'Tot dinsdag' },
			{ organisationId: org.organisationId, recipient: 'ilse@example.org', subject: 'Eerder', body: 'Al weg', sentAt: new Date() }
		]);
		const staleVersion = await versionOf(id);
		expect((await withdrawConsent(db, actors.coordinator, id, 'contact', 'paper')).ok).toBe(true);
		const row = await rowOf(id);
		expect([row.email, row.phone, row.livedExperience]).toEqual([null, null, true]);
		expect((await db.select().from(outbox).where(eq(outbox.recipient, 'ilse@example.org'))).map((o) => o.subject)).toEqual(['Eerder']);
		// A form opened before cannot put the address back.
		expect(await changePerson(db, actors.coordinator, id, staleVersion, details('Ilse', { email: 'ilse@example.org', livedExperience: true }))).toMatchObject({ ok: false });
		expect((await registerOf(id)).find((c) => c.purpose === 'contact')).toMatchObject({ withdrawnHow: 'paper', withdrawnRecordedBy: actors.coordinator.userId });
		expect((await withdrawConsent(db, actors.coordinator, id, 'composition', 'spoken')).ok).toBe(true);
		expect((await rowOf(id)).livedExperience).toBe(false);
		const types = (await db.select().from(event).where(eq(event.subject, id))).map((e) => e.type);
		expect(types.filter((t) => t === 'consent.withdrawn')).toHaveLength(2);
	});

	it('keeps consent of another organisation, and of people a facilitator does not reach, out of sight', async () => {
		const id = await added('Buiten bereik', {}, ['takingPart']);
		const other = await actorsOf(db, await seedOrganisation(db, `U${seeded}`));
		expect(await personConsents(db, other.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await withdrawConsent(db, other.coordinator, id, 'contact', 'spoken')).toEqual({ ok: false, code: 'notFound' });
		expect(await giveConsent(db, other.coordinator, id, 'contact', 'spoken')).toEqual({ ok: false, code: 'notFound' });
		expect(await personConsents(db, actors.stakeholder, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await personConsents(db, actors.facilitator, id)).toEqual({ ok: false, code: 'notFound' });
		expect((await personConsents(db, actors.coordinator, id)).ok).toBe(true);
	});

	it('turns a consent from before the register into the confirmed one', async () => {
		const [row] = await db.insert(person).values({ organisationId: org.organisationId, name: 'Van vroeger', background: 'resident' }).returning();
		await db.insert(consent).values({ organisationId: org.organisationId, personId: row!.id, purpose: 'takingPart', wording: '2026-12', givenHow: 'beforeRegister' });
		expect((await giveConsent(db, actors.coordinator, row!.id, 'takingPart', 'spoken')).ok).toBe(true);
		expect((await registerOf(row!.id)).map((c) => [c.purpose, c.givenHow, c.withdrawnAt])).toEqual([['takingPart', 'spoken', null]]);
	});

	describe('by the person, through their link', () => {
		async function participant(extra: Partial<PersonDetails>): Promise<ParticipantActor> {
			const id = await added('Fatima Zahra', extra, ['takingPart', 'contact', 'composition']);
			await db.insert(seriesPerson).values({ seriesId: org.seriesId, personId: id, role: 'participant' });
			expect((await issueParticipantLink(db, actors.coordinator, org.seriesId, id)).ok).toBe(true);
			return { kind: 'participant', organisationId: org.organisationId, personId: id, seriesIds: [org.seriesId] };
		}

		it('shows them their consents and lets them stop messages', async () => {
			const me = await participant({ email: 'fatima@example.org', livedExperience: true });
			expect((await myConsents(db, [me]))[0]!.purposes.map((p) => [p.purpose, p.current?.withdrawnAt ?? null])).toEqual([
				['takingPart', null],
				['contact', null],
				['composition', null]
			]);
			expect(await withdrawMyConsent(db, [me], me.personId, 'contact')).toEqual({ ok: true, value: { erased: false } });
			expect((await rowOf(me.personId)).email).toBeNull();
			expect((await registerOf(me.personId)).find((c) => c.purpose === 'contact')).toMatchObject({ withdrawnHow: 'online', withdrawnRecordedBy: null });
			// Someone else's person is not theirs to touch.
			expect(await withdrawMyConsent(db, [me], org.personId, 'contact')).toEqual({ ok: false, code: 'notFound' });
		});

		it('erases them when they stop taking part: what they said stays, without their name', async () => {
			const me = await participant({ email: 'fatima.z@example.org', phone: '06 4444 5555' });
			const [m1] = await db.select().from(meeting).where(eq(meeting.seriesId, org.seriesId)).orderBy(meeting.number);
			await db.insert(changeWish).values({ seriesId: org.seriesId, meetingId: m1!.id, text: 'Een ontmoetingsplek', authorPersonId: me.personId, submissionId: randomUUID() });

			expect(await withdrawMyConsent(db, [me], me.personId, 'takingPart')).toEqual({ ok: true, value: { erased: true } });
			const row = await rowOf(me.personId);
			expect(row.erasedAt).not.toBeNull();
			expect([row.email, row.phone, row.name.includes('Fatima')]).toEqual([null, null, false]);
			expect(await db.select().from(participantLink).where(eq(participantLink.personId, me.personId))).toEqual([]);
			const wish = (await db.select().from(changeWish).where(eq(changeWish.meetingId, m1!.id))).find((w) => w.text === 'Een ontmoetingsplek');
			expect(wish?.authorPersonId).toBeNull();
			// Every consent ended the way the person chose; the register keeps the rows as proof.
			expect((await registerOf(me.personId)).map((c) => c.withdrawnHow)).toEqual(['online', 'online', 'online']);
			const types = (await db.select().from(event).where(eq(event.subject, me.personId))).map((e) => e.type);
			expect(types).toEqual(expect.arrayContaining(['consent.withdrawn', 'person.erased']));
			// Asked again (a second tab): nothing left to do, and nothing breaks.
			expect(await withdrawMyConsent(db, [me], me.personId, 'takingPart')).toEqual({ ok: false, code: 'notFound' });
		});
	});

	it('ends every consent when a coordinator erases the person', async () => {
		const { erasePerson, erasureFor } = await import('./privacy');
		const id = await added('Weg', { email: 'weg@example.org' }, ['takingPart', 'contact']);
		const erasure = await erasureFor(db, actors.coordinator, id);
		if (!erasure.ok) throw new Error('no erasure');
		expect((await erasePerson(db, actors.coordinator, id, readVersionToken(erasure.value.version)!)).ok).toBe(true);
		expect((await registerOf(id)).map((c) => c.withdrawnHow)).toEqual(['erasure', 'erasure']);
	});
});
