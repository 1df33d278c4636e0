import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../src/lib/server/accounts';
import type { Db } from '../../src/lib/server/db';
import { membership, participantLink, person, seriesPerson } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { consentOf, password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { formFields } from '../support/forms';
import { decodeQuotedPrintable, startSmtp } from '../support/smtp';
import { until } from '../support/wait';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

/**
 * The attacks found in review, as data: who asks for what, and what they must get. A new route or
 * form action joins the suite by adding a row here, not by writing another test.
 */

interface World {
	a: SeededOrganisation;
	b: SeededOrganisation;
	/** A second facilitator of A, linked to the person who facilitates A's other series. */
	otherFacilitator: { email: string; membershipId: string };
	/** The facilitator person of the other series, a participant only there, one in both series. */
	otherLead: string;
	otherParticipant: string;
	inBoth: string;
	/** A working personal link of A's resident, a participant of A's first series. */
	participantToken: string;
}

type Who = 'coordinator' | 'facilitator' | 'otherFacilitator' | 'stakeholder' | 'participant';

interface AccessCase {
	name: string;
	who: Who;
	path: (w: World) => string;
	/** A form post when present, else a GET. */
	form?: (w: World) => Record<string, string>;
	status: number;
	/** Text that must not be in the answer (names of people or series the asker may not see). */
	hides?: string[];
	shows?: string[];
}

const personForm = (email: string) => ({ name: 'Overgenomen', background: 'professional', email });
const someId = '00000000-0000-4000-8000-000000000000';

/** Saves an edit form as a browser would: with the version the page carries now. */
async function saveEdit(client: Client, path: string, fields: Record<string, string>): Promise<Response> {
	const version = formFields(await (await client.get(path)).text()).version ?? [];
	return client.post(path, { ...fields, version });
}

const accessCases: AccessCase[] = [
	{ name: 'a facilitator cannot open a person outside their series', who: 'facilitator', path: (w) => `/people/${w.otherParticipant}`, status: 404 },
	{ name: 'a facilitator cannot open another series’ facilitator', who: 'facilitator', path: (w) => `/people/${w.otherLead}`, status: 404 },
	{
		name: 'a facilitator cannot put their own address on another series’ facilitator',
		who: 'facilitator',
		path: (w) => `/people/${w.otherLead}`,
		form: (w) => personForm(w.a.facilitator.email),
		status: 404
	},
	{ name: 'a facilitator opens a participant of their own series', who: 'facilitator', path: (w) => `/people/${w.a.personId}`, status: 200 },
	{
		name: 'a person’s page shows a facilitator only the series they lead',
		who: 'facilitator',
		path: (w) => `/people/${w.inBoth}`,
		status: 200,
		shows: ['Reeks A'],
		hides: ['Andere reeks A']
	},
	{
		name: 'the people list shows a facilitator only the people of their series',
		who: 'facilitator',
		path: () => '/people',
		status: 200,
		shows: ['Bewoner A', 'Deelnemer in beide'],
		hides: ['Deelnemer alleen daar', 'Begeleider Twee']
	},
	{ name: 'a facilitator cannot open a series they do not lead', who: 'facilitator', path: (w) => `/series/${w.a.otherSeriesId}`, status: 404 },
	{ name: 'the linked facilitator opens the series they lead', who: 'otherFacilitator', path: (w) => `/series/${w.a.otherSeriesId}`, status: 200 },
	{
		name: 'a facilitator cannot link themselves to a person',
		who: 'facilitator',
		path: () => '/organisation?/link',
		form: (w) => ({ member: w.otherFacilitator.membershipId, person: w.otherLead }),
		status: 404
	},
	{ name: 'a facilitator cannot withdraw invitations', who: 'facilitator', path: () => '/organisation?/withdraw', form: () => ({ invitationId: someId }), status: 404 },
	{ name: 'a stakeholder never opens a person', who: 'stakeholder', path: (w) => `/people/${w.inBoth}`, status: 404 },
	{ name: 'a coordinator opens everyone in the organisation', who: 'coordinator', path: (w) => `/people/${w.otherParticipant}`, status: 200 },
	{
		name: 'a coordinator cannot link a member to a person of another organisation',
		who: 'coordinator',
		path: () => '/organisation?/link',
		form: (w) => ({ member: w.otherFacilitator.membershipId, person: w.b.facilitatorPersonId }),
		status: 400
	},
	{
		name: 'a coordinator cannot link a member of another organisation',
		who: 'coordinator',
		path: () => '/organisation?/link',
		form: () => ({ member: someId, person: '' }),
		status: 404
	},
	// A participant's link is no membership: every member page answers them as it would a stranger.
	...[
		() => '/series',
		(w: World) => `/series/${w.a.seriesId}`,
		(w: World) => `/series/${w.a.seriesId}/people`,
		(w: World) => `/series/${w.a.seriesId}/people/${w.a.personId}/calendar.ics`,
		(w: World) => `/people/${w.a.personId}`,
		() => '/people',
		() => '/organisation'
	].map((path) => ({ name: `a participant is sent to sign in from ${path({ a: { seriesId: ':series', personId: ':person' } } as World)}`, who: 'participant' as const, path, status: 303 })),
	{
		name: 'a participant cannot make a personal link, not even their own',
		who: 'participant',
		path: (w) => `/series/${w.a.seriesId}/people/${w.a.personId}/link?/issue`,
		form: () => ({}),
		status: 303
	},
	{
		name: 'a participant sees their own meetings and no other person',
		who: 'participant',
		path: () => '/mijn',
		status: 200,
		shows: ['Reeks A'],
		hides: ['Deelnemer in beide', 'Begeleider A', 'Andere reeks A', 'Reeks B']
	},
	{ name: 'a participant gets no calendar of another series', who: 'participant', path: (w) => `/mijn/${w.a.otherSeriesId}/agenda.ics`, status: 404 },
	{ name: 'a participant gets no calendar of another organisation', who: 'participant', path: (w) => `/mijn/${w.b.seriesId}/agenda.ics`, status: 404 }
];

async function seedWorld(db: Db): Promise<World> {
	const a = await seedOrganisation(db, 'A');
	const b = await seedOrganisation(db, 'B');
	const email = 'tweede.begeleider.a@example.org';
	const userId = await createMember(db, { organisationId: a.organisationId, name: 'Tweede Begeleider', email, password, role: 'facilitator' });
	const [lead, only, both] = await db
		.insert(person)
		.values([
			{ organisationId: a.organisationId, name: 'Begeleider Twee', background: 'professional', email, leadsGroups: true },
			{ organisationId: a.organisationId, name: 'Deelnemer alleen daar', background: 'resident' },
			{ organisationId: a.organisationId, name: 'Deelnemer in beide', background: 'resident' }
		])
		.returning();
	await consentOf(db, a.organisationId, [lead!.id, only!.id, both!.id]);
	await db.insert(seriesPerson).values([
		{ seriesId: a.otherSeriesId, personId: lead!.id, role: 'facilitator' },
		{ seriesId: a.otherSeriesId, personId: only!.id, role: 'participant' },
		{ seriesId: a.otherSeriesId, personId: both!.id, role: 'participant' },
		{ seriesId: a.seriesId, personId: both!.id, role: 'participant' }
	]);
	const [linked] = await db.update(membership).set({ personId: lead!.id }).where(eq(membership.userId, userId)).returning();
	const participantToken = randomBytes(32).toString('base64url');
	await db.insert(participantLink).values({
		organisationId: a.organisationId,
		seriesId: a.seriesId,
		personId: a.personId,
		tokenHash: createHash('sha256').update(participantToken).digest('hex')
	});
	return { a, b, otherFacilitator: { email, membershipId: linked!.id }, otherLead: lead!.id, otherParticipant: only!.id, inBoth: both!.id, participantToken };
}

describe.each(databaseKinds)('who may reach whom on %s', (kind) => {
	let app: RunningApp<World>;
	const clients = {} as Record<Who, Client>;

	beforeAll(async () => {
		app = await startApp(kind, seedWorld);
		const w = app.seeded;
		const emails: Record<Exclude<Who, 'participant'>, string> = {
			coordinator: w.a.coordinator.email,
			facilitator: w.a.facilitator.email,
			otherFacilitator: w.otherFacilitator.email,
			stakeholder: w.a.stakeholder.email
		};
		for (const who of Object.keys(emails) as (keyof typeof emails)[]) {
			clients[who] = new Client(app.url);
			await clients[who].signIn(emails[who], password);
		}
		clients.participant = new Client(app.url);
		expect((await clients.participant.get(`/p/${w.participantToken}`)).status).toBe(303);
	});
	afterAll(() => app?.stop());

	it.each(accessCases)('$name', async (c) => {
		const path = c.path(app.seeded);
		const client = clients[c.who];
		const res = c.form ? await client.post(path, c.form(app.seeded)) : await client.get(path);
		expect(res.status, path).toBe(c.status);
		const html = await res.text();
		for (const text of c.shows ?? []) expect(html, path).toContain(text);
		for (const text of c.hides ?? []) expect(html, path).not.toContain(text);
	});

	it('gives nobody a series for writing their e-mail address on its facilitator', async () => {
		const w = app.seeded;
		const attack = await clients.facilitator.post(`/people/${w.otherLead}`, personForm(w.a.facilitator.email));
		expect(attack.status).toBe(404);
		expect((await clients.facilitator.get(`/series/${w.a.otherSeriesId}`)).status).toBe(404);
		expect((await clients.otherFacilitator.get(`/series/${w.a.otherSeriesId}`)).status).toBe(200);
		// A coordinator cannot write that address there either: it is the facilitator's own person's
		// (one person per address), and no series moves.
		const edited = await saveEdit(clients.coordinator, `/people/${w.otherLead}`, { ...personForm(w.a.facilitator.email), name: 'Begeleider Twee' });
		expect(edited.status).toBe(400);
		expect(await edited.text()).toContain(inHtml(m.person_email_taken({}, nl)));
		expect((await clients.facilitator.get(`/series/${w.a.otherSeriesId}`)).status).toBe(404);
		expect((await clients.otherFacilitator.get(`/series/${w.a.otherSeriesId}`)).status).toBe(200);
	});

	it('leads a series only through the link a coordinator sets, and warns while none is set', async () => {
		const w = app.seeded;
		const unlink = await clients.coordinator.post('/organisation?/link', { member: w.otherFacilitator.membershipId, person: '' });
		expect(unlink.status).toBe(200);
		expect((await clients.otherFacilitator.get(`/series/${w.a.otherSeriesId}`)).status).toBe(404);
		expect(await (await clients.coordinator.get('/organisation')).text()).toContain(inHtml(m.organisation_unlinked({ names: 'Tweede Begeleider' }, nl)));

		const taken = await clients.coordinator.post('/organisation?/link', { member: w.otherFacilitator.membershipId, person: w.a.facilitatorPersonId });
		expect(taken.status).toBe(400);
		expect(await taken.text()).toContain(inHtml(m.organisation_person_taken({}, nl)));

		const link = await clients.coordinator.post('/organisation?/link', { member: w.otherFacilitator.membershipId, person: w.otherLead });
		expect(link.status).toBe(200);
		expect((await clients.otherFacilitator.get(`/series/${w.a.otherSeriesId}`)).status).toBe(200);
		expect(await (await clients.coordinator.get('/organisation')).text()).not.toContain(upTo(m.organisation_unlinked({ names: hole }, nl)));
	});

	it('keeps a person a facilitator added editable by them while they are in no series', async () => {
		const created = await clients.facilitator.post('/people/new', { name: 'Nieuwe Buur', background: 'resident', consentTakingPart: 'on', consentHow: 'spoken' });
		expect(created.status).toBe(303);
		const path = created.headers.get('location')!.split('?')[0]!;
		expect((await clients.facilitator.get(path)).status).toBe(200);
		expect((await saveEdit(clients.facilitator, path, { name: 'Nieuwe Buurvrouw', background: 'resident' })).status).toBe(200);
		expect(await (await clients.facilitator.get('/people')).text()).toContain('Nieuwe Buurvrouw');
		expect((await clients.otherFacilitator.get(path)).status).toBe(404);
	});
});

const accountReady = upTo(m.invite_account_ready({ email: hole, organisation: hole }, nl));
const tooMany = upTo(m.login_too_many({ minutes: hole }, nl));

/** The organisation page's member table, without the open invitations below it. */
const memberTable = (html: string) => html.slice(html.indexOf(inHtml(m.organisation_members_caption({}, nl))), html.indexOf(inHtml(m.organisation_invitations_title({}, nl))));

/** The open invitations table of the organisation page. */
const invitationTable = (html: string) => html.slice(html.indexOf(inHtml(m.organisation_invitations_title({}, nl))), html.indexOf(inHtml(m.organisation_invite_title({}, nl))));

/**
 * Everything the invitation page says, with the parts that name the invitation itself (and the
 * script nonce, new on every response) taken out.
 */
const neutral = (html: string, token: string, email: string) =>
	html.replaceAll(token, 'TOKEN').replaceAll(email, 'EMAIL').replace(/nonce="[^"]*"/g, 'nonce=""');

describe.each(databaseKinds)('invitations on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation; newLead: string }>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	let coordinator: Client;

	const invite = async (fields: Record<string, string>) => {
		const before = smtp.received.length;
		const res = await coordinator.post('/organisation?/invite', { name: 'Iemand Nieuw', role: 'facilitator', ...fields });
		expect(res.status, await res.clone().text().then((t) => t.slice(0, 200))).toBe(200);
		// Mail is delivered by the background worker, a moment after the answer.
		await until(() => smtp.received.length === before + 1, 10_000, 'the invitation mail');
		const body = decodeQuotedPrintable(smtp.received.at(-1)!.raw);
		const token = body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
		return { token, path: `/invite/${token}`, body, html: await res.text() };
	};

	beforeAll(async () => {
		smtp = await startSmtp();
		app = await startApp(
			kind,
			async (db) => {
				const a = await seedOrganisation(db, 'A');
				const b = await seedOrganisation(db, 'B');
				const [lead] = await db
					.insert(person)
					.values({ organisationId: a.organisationId, name: 'Nieuwe Begeleider', background: 'professional' })
					.returning();
				await db.insert(seriesPerson).values({ seriesId: a.otherSeriesId, personId: lead!.id, role: 'facilitator' });
				return { a, b, newLead: lead!.id };
			},
			{ SMTP_URL: smtp.url }
		);
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(async () => {
		await app?.stop();
		await smtp?.stop();
	});

	it('greets the invited person by name', async () => {
		const { body } = await invite({ email: 'groet@example.org', name: 'Fatima de Vries' });
		expect(body).toMatch(/^Hallo Fatima de Vries,/m);
	});

	it('answers exactly the same whether or not the address has an account, and changes no password', async () => {
		const existing = app.seeded.b.coordinator.email;
		const fresh = 'nog-geen-account@example.org';
		const links = [await invite({ email: existing }), await invite({ email: fresh })];
		const guest = () => new Client(app.url);
		const steps = async (link: { token: string; path: string }, email: string) => {
			const client = guest();
			const out: string[] = [];
			for (const res of [
				await client.get(link.path),
				await client.post(`${link.path}?/create`, { name: 'Iemand Nieuw', password: 'een-gekozen-wachtwoord' }),
				await client.get(link.path)
			]) {
				out.push(`${res.status} ${res.headers.get('location')} ${res.headers.getSetCookie().length}\n${neutral(await res.text(), link.token, email)}`);
			}
			return out;
		};
		const [withAccount, withoutAccount] = [await steps(links[0]!, existing), await steps(links[1]!, fresh)];
		expect(withAccount).toEqual(withoutAccount);
		expect(withAccount[1]).toContain(accountReady);

		// The existing account keeps its own password and did not join A.
		await guest().signIn(existing, password);
		expect((await guest().post('/login', { email: existing, password: 'een-gekozen-wachtwoord' })).status).toBe(400);
		expect(memberTable(await (await coordinator.get('/organisation')).text())).not.toContain(existing);
	});

	it('lets a signed-in invitee join once, whatever six parallel clicks do', async () => {
		const email = 'zes-keer@example.org';
		const link = await invite({ email });
		const created = await Promise.all(
			Array.from({ length: 6 }, () => new Client(app.url).post(`${link.path}?/create`, { name: 'Zes Keer', password: 'zes-keer-wachtwoord' }))
		);
		for (const res of created) expect(await res.text()).toContain(accountReady);
		const invitee = new Client(app.url);
		const signedIn = await invitee.post(`/login?next=${encodeURIComponent(link.path)}`, { email, password: 'zes-keer-wachtwoord' });
		expect(signedIn.headers.get('location')).toBe(link.path);
		expect(await (await invitee.get(link.path)).text()).toContain(inHtml(m.invite_join_submit({}, nl)));
		const answers = await Promise.all(Array.from({ length: 6 }, () => invitee.post(`${link.path}?/join`, {})));
		expect(answers.map((r) => r.status)).toEqual([303, 303, 303, 303, 303, 303]);
		expect((await invitee.get('/series')).status).toBe(200);
		const page = await (await coordinator.get('/organisation')).text();
		expect(memberTable(page)).toContain(email);
		expect(invitationTable(page)).not.toContain(email);
	});

	it('lets someone with an account join after the normal sign-in, and tells another account it is not theirs', async () => {
		const email = app.seeded.b.stakeholder.email;
		const link = await invite({ email });
		const other = new Client(app.url);
		await other.signIn(app.seeded.b.coordinator.email, password);
		const refused = await other.post(`${link.path}?/join`, {});
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain(inHtml(m.invite_other_address({}, nl)));

		const invitee = new Client(app.url);
		await invitee.signIn(email, password);
		expect((await invitee.post(`${link.path}?/join`, {})).status).toBe(303);
		expect(memberTable(await (await coordinator.get('/organisation')).text())).toContain(email);
	});

	it('links the new member to the person the invitation was made for', async () => {
		const email = 'voor-een-persoon@example.org';
		const page = await coordinator.get(`/organisation?person=${app.seeded.newLead}`);
		expect(await page.text()).toContain('value="Nieuwe Begeleider"');
		const link = await invite({ email, name: 'Nieuwe Begeleider', personId: app.seeded.newLead });
		await new Client(app.url).post(`${link.path}?/create`, { name: 'Nieuwe Begeleider', password: 'mijn-eigen-wachtwoord' });
		const invitee = new Client(app.url);
		await invitee.signIn(email, 'mijn-eigen-wachtwoord');
		expect((await invitee.post(`${link.path}?/join`, {})).status).toBe(303);
		expect((await invitee.get(`/series/${app.seeded.a.otherSeriesId}`)).status).toBe(200);
	});

	it('keeps one open invitation per address, and lets a coordinator withdraw it', async () => {
		const email = 'twee-keer@example.org';
		const first = await invite({ email });
		const second = await invite({ email });
		expect(second.html).toContain(inHtml(m.organisation_reinvited({ email }, nl)));
		expect(await (await new Client(app.url).get(first.path)).text()).toContain(inHtml(m.invite_invalid({}, nl)));
		const page = await (await coordinator.get('/organisation')).text();
		expect(invitationTable(page).split(`>${email}<`).length - 1).toBe(1);
		const id = page.match(new RegExp(`${email}[\\s\\S]*?name="invitationId" value="([0-9a-f-]{36})"`))![1]!;
		const withdrawn = await coordinator.post('/organisation?/withdraw', { invitationId: id });
		expect(await withdrawn.text()).toContain(inHtml(m.organisation_withdrawn({}, nl)));
		expect(await (await new Client(app.url).get(second.path)).text()).toContain(inHtml(m.invite_invalid({}, nl)));
		expect(await (await coordinator.post('/organisation?/withdraw', { invitationId: id })).text()).toContain(inHtml(m.organisation_withdraw_gone({}, nl)));
	});

	it('counts every try on the invitation page against the sign-in limit of the address', async () => {
		const link = await invite({ email: app.seeded.b.facilitator.email });
		const fresh = await invite({ email: 'dertig@example.org' });
		const tries = async (path: string) => {
			const answers: string[] = [];
			for (let i = 0; i < 30; i++) {
				const res = await new Client(app.url).post(`${path}?/create`, { name: 'Raden', password: `gok-nummer-${i}-wachtwoord` });
				const html = await res.text();
				answers.push(html.includes(accountReady) ? 'ready' : html.includes(tooMany) ? 'wait' : `other ${res.status}`);
			}
			return answers;
		};
		const expected = [...Array(10).fill('ready'), ...Array(20).fill('wait')];
		expect(await tries(link.path)).toEqual(expected);
		expect(await tries(fresh.path)).toEqual(expected);
		// The same counter as signing in: the right password for that address now waits too.
		const blocked = await new Client(app.url).post('/login', { email: app.seeded.b.facilitator.email, password });
		expect(await blocked.text()).toContain(tooMany);
	});
});

describe.each(databaseKinds)('sign-in limit and sessions on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'));
	});
	afterAll(() => app?.stop());

	it('checks no more than the limit of 40 parallel wrong passwords', async () => {
		const email = app.seeded.stakeholder.email;
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, i) => new Client(app.url).post('/login', { email, password: `parallel-gok-${i}` }).then((r) => r.text()))
		);
		const checked = answers.filter((html) => html.includes(inHtml(m.login_failed({}, nl)))).length;
		const refused = answers.filter((html) => html.includes(tooMany)).length;
		expect(checked).toBeLessThanOrEqual(10);
		expect(checked + refused).toBe(40);
	});

	it('refuses a copied session as soon as its owner signs out', async () => {
		const owner = new Client(app.url);
		await owner.signIn(app.seeded.coordinator.email, password);
		expect((await owner.get('/series')).status).toBe(200);
		const copy = owner.copy();
		expect((await copy.get('/series')).status).toBe(200);
		expect((await owner.post('/logout', {})).status).toBe(303);
		const after = await copy.get('/series');
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
	});
});
