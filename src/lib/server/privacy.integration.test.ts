import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, fullConsent, openTestDatabase } from '../../../tests/support/inProcess';
import { phoneKey } from '../domain/signup';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { answer, attendance, changeWish, event, invitation, job, meeting, meetingGroup, membership, outbox, person, rateLimit, seriesPerson, signup } from './db/schema';
import { issueParticipantLink } from './participantLinks';
import { createPerson } from './people';
import { erasePerson, erasureFor, exportPerson } from './privacy';
import { readVersionToken, type Based } from './versioning';

/**
 * Distinctive, so a hit anywhere in the schema can only be a leftover of this person; one set per
 * test (`label`), since the tests share a database.
 */
const detailsFor = (label: string) => ({
	name: `Zwaantje Quirijnsdochter ${label}x`,
	email: `zwaantje.quirijns.${label.toLowerCase()}@voorbeeld.test`,
	phone: `06-975${label.replace(/\D/g, '').padStart(3, '0')}864`,
	livedExperience: true,
	experienceExpert: false,
	leadsGroups: false,
	background: 'resident' as const,
	affiliation: `Wijkvereniging Quirijn ${label}x`,
	workField: null
});

/** Every text-like column of the whole schema, read from the catalogue so a table added later is searched too. */
async function textColumns(db: Db): Promise<{ table: string; column: string; type: string }[]> {
	const result = await db.execute(sql`
		select table_name as "table", column_name as "column", data_type as "type"
		from information_schema.columns
		where table_schema = current_schema()
		  and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'ARRAY', 'USER-DEFINED')
		order by table_name, column_name`);
	return (result as unknown as { rows: { table: string; column: string; type: string }[] }).rows;
}

/** Where `needle` occurs, case-insensitively, as `table.column` (bytea read as text). */
async function hitsOf(db: Db, needle: string): Promise<string[]> {
	const hits: string[] = [];
	const columns = await textColumns(db);
	expect(columns.length).toBeGreaterThan(50);
	for (const { table, column, type } of columns) {
		const value = type === 'bytea' ? sql`encode(${sql.identifier(column)}, 'escape')` : sql`${sql.identifier(column)}::text`;
		const result = await db.execute(
			sql`select count(*)::int as n from ${sql.identifier(table)} where strpos(lower(${value}), ${needle.toLowerCase()}) > 0`
		);
		const n = (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
		if (n > 0) hits.push(`${table}.${column}`);
	}
	return hits;
}

function versionOf(token: string): Based {
	const based = readVersionToken(token);
	if (!based) throw new Error('no version');
	return based;
}

describe.each(databaseKinds)('export and erasure of a person, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let details: ReturnType<typeof detailsFor>;
	let name: string;
	let email: string;
	let phone: string;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `V${++seeded}`);
		actors = await actorsOf(db, org);
		details = detailsFor(`V${seeded}`);
		({ name, email, phone } = details);
	});

	/** The person in a series with attendance, a group, a named wish and answer, a link, an invitation, mail and a leaky event. */
	async function seedPerson(): Promise<{ personId: string; meetingIds: string[] }> {
		const created = await createPerson(db, actors.coordinator, details, fullConsent);
		if (!created.ok) throw new Error('not created');
		const personId = created.value.id;
		const meetings = await db.select().from(meeting).where(eq(meeting.seriesId, org.seriesId)).orderBy(meeting.number);
		const meetingIds = meetings.map((m) => m.id);
		await db.insert(seriesPerson).values({ seriesId: org.seriesId, personId, role: 'participant' });
		await db.insert(attendance).values([
			{ meetingId: meetingIds[0]!, personId, status: 'present' },
			{ meetingId: meetingIds[1]!, personId, status: 'absentWithNotice' },
			{ meetingId: meetingIds[0]!, personId: org.personId, status: 'present' }
		]);
		await db.insert(meetingGroup).values([
			{ meetingId: meetingIds[0]!, personId, groupNumber: 1 },
			{ meetingId: meetingIds[0]!, personId: org.personId, groupNumber: 1 }
		]);
		await db.insert(changeWish).values({
			seriesId: org.seriesId,
			meetingId: meetingIds[0]!,
			text: 'Als we nou eens het loket op zaterdag openden',
			authorPersonId: personId,
			submissionId: randomUUID()
		});
		await db.insert(answer).values({ meetingId: meetingIds[0]!, question: 'Wat neemt u mee?', text: 'Moed', authorPersonId: personId, submissionId: randomUUID() });
		expect((await issueParticipantLink(db, actors.coordinator, org.seriesId, personId)).ok).toBe(true);
		await db.insert(invitation).values({
			organisationId: org.organisationId,
			email,
			name,
			role: 'stakeholder',
			personId,
			tokenHash: randomUUID(),
			expiresAt: new Date(Date.now() + 86_400_000)
		});
		await db.insert(outbox).values([
			{ organisationId: org.organisationId, recipient: email, subject: `Welkom, ${name}`, body: `Beste ${name},\nBel ons terug op ${phone}.`, sentAt: new Date() },
			{ organisationId: org.organisationId, recipient: email, subject: 'Herinnering', body: `Beste ${name}, tot dinsdag.`, error: `550 ${email}: no such user` }
		]);
		await db.insert(job).values({
			organisationId: org.organisationId,
			kind: 'mail',
			payload: { outboxId: randomUUID() },
			maxAttempts: 5,
			state: 'failed',
			lastError: `550 ${email}: no such user`
		});
		// An event that breaks the rule and holds a name: erasure must find it anyway.
		await db.insert(event).values({ organisationId: org.organisationId, type: 'legacy.note', subject: personId, payload: { who: name, mail: email } });
		await db.insert(rateLimit).values({ key: `invite:${email}`, points: 1 });
		// They also signed up for another series on the public page (issue #12 item 7), with their number typed otherwise.
		await db.insert(signup).values({
			organisationId: org.organisationId,
			seriesId: org.otherSeriesId,
			name,
			email: email.toUpperCase(),
			phone: ` ${phone} `,
			phoneKey: phoneKey(phone),
			motivation: `Ik ben ${name}`,
			locale: 'nl',
			consentWording: 'test',
			consentGivenAt: new Date()
		});
		return { personId, meetingIds };
	}

	it('exports everything about the person, never a link token, and records who exported it', async () => {
		const { personId } = await seedPerson();
		const exported = await exportPerson(db, actors.coordinator, personId, 'json');
		if (!exported.ok) throw new Error('refused');
		const x = exported.value;
		expect(x.person).toMatchObject({ name, email, phone, affiliation: details.affiliation, livedExperience: true, erasedAt: null });
		expect(x.series).toEqual([expect.objectContaining({ id: org.seriesId, role: 'participant' })]);
		expect(x.attendance.map((a) => [a.meetingNumber, a.status])).toEqual([
			[1, 'present'],
			[2, 'absentWithNotice']
		]);
		expect(x.groups.map((g) => g.groupNumber)).toEqual([1]);
		expect(x.changeWishes.map((w) => w.text)).toEqual(['Als we nou eens het loket op zaterdag openden']);
		expect(x.answers.map((a) => a.text)).toEqual(['Moed']);
		expect(x.participantLinks).toHaveLength(1);
		expect(JSON.stringify(x.participantLinks)).not.toMatch(/token/i);
		expect(x.member).toBeNull();
		expect(x.invitations.map((i) => i.email)).toEqual([email]);
		expect(x.mails.map((mail) => mail.subject)).toEqual([`Welkom, ${name}`, 'Herinnering']);
		expect(x.events.map((e) => e.type)).toEqual(expect.arrayContaining(['legacy.note', 'participantLink.issued']));
		const recorded = await db.select().from(event).where(and(eq(event.subject, personId), eq(event.type, 'person.exported')));
		expect(recorded).toEqual([expect.objectContaining({ actorId: actors.coordinator.userId, payload: { format: 'json' } })]);
	});

	it('exports and erases only for a coordinator of the same organisation', async () => {
		const { personId } = await seedPerson();
		const other = await seedOrganisation(db, `V${++seeded}`);
		const notFound = { ok: false, code: 'notFound' };
		for (const actor of [actors.facilitator, actors.stakeholder]) {
			expect(await exportPerson(db, actor, personId, 'page')).toEqual(notFound);
			expect(await erasureFor(db, actor, personId)).toEqual(notFound);
			expect(await erasePerson(db, actor, personId, { version: 1, snapshot: null })).toEqual(notFound);
		}
		expect(await exportPerson(db, actors.coordinator, other.personId, 'json')).toEqual(notFound);
		expect(await erasureFor(db, actors.coordinator, other.personId)).toEqual(notFound);
		expect(await erasePerson(db, actors.coordinator, other.personId, { version: 1, snapshot: null })).toEqual(notFound);
		expect((await db.select().from(person).where(eq(person.id, other.personId)))[0]!.erasedAt).toBeNull();
		expect((await db.select().from(person).where(eq(person.id, personId)))[0]!.name).toBe(name);
	});

	it('erases the name, e-mail and phone from every column of every table, and keeps the group’s record', async () => {
		const { personId, meetingIds } = await seedPerson();
		for (const needle of [name, email, phone]) expect(await hitsOf(db, needle), needle).not.toEqual([]);
		const form = await erasureFor(db, actors.coordinator, personId);
		if (!form.ok) throw new Error('refused');
		expect(form.value.reach).toEqual({ series: 1, meetings: 2, wishes: 2, links: 1, invitations: 1, mails: 2 });
		expect(await erasePerson(db, actors.coordinator, personId, versionOf(form.value.version))).toEqual({ ok: true, value: {} });

		for (const needle of [name, email, phone, details.affiliation]) expect(await hitsOf(db, needle), needle).toEqual([]);
		// The group's record: the wish and answer without their author, attendance and groups as they were.
		const [wish] = await db.select().from(changeWish).where(eq(changeWish.seriesId, org.seriesId));
		expect(wish).toMatchObject({ text: 'Als we nou eens het loket op zaterdag openden', authorPersonId: null });
		expect((await db.select().from(answer).where(eq(answer.meetingId, meetingIds[0]!)))[0]).toMatchObject({ text: 'Moed', authorPersonId: null });
		expect(await db.select().from(attendance).where(eq(attendance.meetingId, meetingIds[0]!))).toHaveLength(2);
		expect(await db.select().from(meetingGroup).where(eq(meetingGroup.meetingId, meetingIds[0]!))).toHaveLength(2);
		// A sent mail stays without the name; one not sent yet is gone.
		expect((await db.select().from(outbox).where(eq(outbox.organisationId, org.organisationId))).map((o) => o.subject)).toEqual(['Welkom, Verwijderde deelnemer']);
		const [erased] = await db.select().from(event).where(and(eq(event.subject, personId), eq(event.type, 'person.erased')));
		expect(erased).toMatchObject({
			actorId: actors.coordinator.userId,
			payload: { series: 1, wishes: 1, answers: 1, links: 1, invitations: 1, mails: 2, events: 1 }
		});

		// The export afterwards shows only the anonymous rest.
		const after = await exportPerson(db, actors.coordinator, personId, 'json');
		if (!after.ok) throw new Error('refused');
		expect(after.value.person).toMatchObject({ name: 'Verwijderde deelnemer', email: null, phone: null, affiliation: null, livedExperience: false });
		expect(after.value.person.erasedAt).not.toBeNull();
		expect(after.value.series).toHaveLength(1);
		expect(after.value.attendance).toHaveLength(2);
		expect(after.value).toMatchObject({ changeWishes: [], answers: [], participantLinks: [], invitations: [], mails: [] });

		// A second click (or a second coordinator) finds the work done.
		expect(await erasePerson(db, actors.coordinator, personId, versionOf(form.value.version))).toEqual({ ok: true, value: {} });
	});

	it('refuses an erasure based on a person someone changed since, and one linked to a member', async () => {
		const { personId } = await seedPerson();
		const form = await erasureFor(db, actors.coordinator, personId);
		if (!form.ok) throw new Error('refused');
		await db.update(person).set({ phone: '06-11112222', version: sql`${person.version} + 1` }).where(eq(person.id, personId));
		expect(await erasePerson(db, actors.coordinator, personId, versionOf(form.value.version))).toEqual({ ok: false, code: 'stale', changed: ['phone'] });
		expect((await db.select().from(person).where(eq(person.id, personId)))[0]!.name).toBe(name);

		const linked = await erasureFor(db, actors.coordinator, org.facilitatorPersonId);
		if (!linked.ok) throw new Error('refused');
		expect(linked.value.linkedMember).toBe(true);
		expect(await erasePerson(db, actors.coordinator, org.facilitatorPersonId, versionOf(linked.value.version))).toEqual({ ok: false, code: 'linkedMember' });
		expect(await db.select().from(membership).where(eq(membership.personId, org.facilitatorPersonId))).toHaveLength(1);
	});
});
