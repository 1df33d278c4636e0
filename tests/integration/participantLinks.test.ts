import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../src/lib/server/accounts';
import type { Db } from '../../src/lib/server/db';
import { membership, person, seriesPerson } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { en, hole, inHtml, m, nl, upTo } from '../support/messages';

interface World {
	a: SeededOrganisation;
	b: SeededOrganisation;
	/** Another participant of A's series, whose name the first participant must never see. */
	neighbour: string;
	/** A facilitator member who leads only A's other series. */
	otherFacilitatorEmail: string;
}

async function seedWorld(db: Db): Promise<World> {
	const a = await seedOrganisation(db, 'A');
	const b = await seedOrganisation(db, 'B');
	const otherFacilitatorEmail = 'andere.begeleider.a@example.org';
	const userId = await createMember(db, { organisationId: a.organisationId, name: 'Andere Begeleider', email: otherFacilitatorEmail, password, role: 'facilitator' });
	const [neighbour, lead] = await db
		.insert(person)
		.values([
			{ organisationId: a.organisationId, name: 'Buurvrouw Geheim', background: 'resident' },
			{ organisationId: a.organisationId, name: 'Begeleider Elders', background: 'professional', leadsGroups: true }
		])
		.returning();
	await db.insert(seriesPerson).values([
		{ seriesId: a.seriesId, personId: neighbour!.id, role: 'participant' },
		{ seriesId: a.otherSeriesId, personId: lead!.id, role: 'facilitator' }
	]);
	await db.update(membership).set({ personId: lead!.id }).where(eq(membership.userId, userId));
	return { a, b, neighbour: neighbour!.id, otherFacilitatorEmail };
}

const friendly = inHtml(m.participant_problem_contact({}, nl));
const tooMany = upTo(m.participant_problem_too_many({ minutes: hole }, nl));
const tokenIn = (html: string) => /\/p\/([A-Za-z0-9_-]{43})/.exec(html)?.[1] ?? null;
const linkPath = (w: World, personId = w.a.personId) => `/series/${w.a.seriesId}/people/${personId}/link`;

/** The links bound the per-network attempts from the sign-in limiter: 3 per address, 30 per network. */
const attemptsPerWindow = 3;

describe.each(databaseKinds)('personal links for participants on %s', (kind) => {
	let app: RunningApp<World>;
	let coordinator: Client;
	let facilitator: Client;

	beforeAll(async () => {
		app = await startApp(kind, seedWorld, { LOGIN_ATTEMPTS: String(attemptsPerWindow) });
		coordinator = new Client(app.url);
		facilitator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
	});
	afterAll(() => app?.stop());

	async function issue(by: Client, personId?: string): Promise<string> {
		const res = await by.post(`${linkPath(app.seeded, personId)}?/issue`, {});
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('<svg');
		const token = tokenIn(html);
		expect(token).not.toBeNull();
		return token!;
	}

	async function open(token: string): Promise<Client> {
		const participant = new Client(app.url);
		const res = await participant.get(`/p/${token}`);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/mijn');
		const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sd_participant='));
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		return participant;
	}

	it('opens a personal link to the participant’s own meetings, and nobody else’s', async () => {
		const w = app.seeded;
		const participant = await open(await issue(coordinator));
		const mine = await participant.get('/mijn');
		expect(mine.status).toBe(200);
		expect(mine.headers.get('cache-control')).toContain('no-store');
		const html = await mine.text();
		expect(html).toContain('Reeks A');
		expect(html).toContain(inHtml(m.participant_mine_hello({ name: 'Bewoner' }, nl)));
		expect(html).toContain(inHtml(m.participant_mine_meeting({ number: 4 }, nl)));
		expect(html).toContain('Buurthuis');
		for (const hidden of ['Buurvrouw Geheim', 'Begeleider A', 'Andere reeks A', 'Reeks B', 'Bewoner B']) expect(html).not.toContain(hidden);

		const ics = await participant.get(`/mijn/${w.a.seriesId}/agenda.ics`);
		expect(ics.status).toBe(200);
		expect(ics.headers.get('content-type')).toContain('text/calendar');
		expect(await ics.text()).toContain('BEGIN:VEVENT');
		for (const other of [w.a.otherSeriesId, w.b.seriesId]) expect((await participant.get(`/mijn/${other}/agenda.ics`)).status).toBe(404);
	});

	it('lets the facilitator of the series make a link, but not a facilitator of another series or organisation', async () => {
		const w = app.seeded;
		await issue(facilitator, w.neighbour);
		const other = new Client(app.url);
		await other.signIn(w.otherFacilitatorEmail, password);
		expect((await other.post(`${linkPath(w)}?/issue`, {})).status).toBe(404);
		expect((await other.post(`${linkPath(w)}?/revoke`, {})).status).toBe(404);
		expect((await other.get(linkPath(w))).status).toBe(404);
		const elsewhere = new Client(app.url);
		await elsewhere.signIn(w.b.coordinator.email, password);
		expect((await elsewhere.post(`${linkPath(w)}?/issue`, {})).status).toBe(404);
		// Only participants get a link: not the series' facilitator.
		expect((await coordinator.post(`${linkPath(w, w.a.facilitatorPersonId)}?/issue`, {})).status).toBe(404);
		const people = await (await coordinator.get(`/series/${w.a.seriesId}/people`)).text();
		expect(people).toContain(inHtml(m.participant_link_revoke({}, nl)));
	});

	it('stops the link and its session at once when revoked', async () => {
		const token = await issue(coordinator);
		const participant = await open(token);
		expect(await (await participant.get('/mijn')).text()).toContain(inHtml(m.participant_mine_meeting({ number: 1 }, nl)));
		expect((await coordinator.post(`${linkPath(app.seeded)}?/revoke`, {})).status).toBe(200);
		const after = await participant.get('/mijn');
		expect(after.status).toBe(200);
		const html = await after.text();
		expect(html).toContain(friendly);
		expect(html).not.toContain(inHtml(m.participant_mine_meeting({ number: 1 }, nl)));
		expect((await participant.get(`/mijn/${app.seeded.a.seriesId}/agenda.ics`)).status).toBe(404);
		const again = await new Client(app.url).get(`/p/${token}`);
		expect(again.status).toBe(200);
		expect(await again.text()).toContain(friendly);
	});

	it('makes the old link and its session dead when a new one is made', async () => {
		const old = await issue(coordinator);
		const oldSession = await open(old);
		const fresh = await issue(coordinator);
		expect(await (await oldSession.get('/mijn')).text()).toContain(friendly);
		expect(await (await new Client(app.url).get(`/p/${old}`)).text()).toContain(friendly);
		const participant = await open(fresh);
		expect(await (await participant.get('/mijn')).text()).toContain(inHtml(m.participant_mine_meeting({ number: 1 }, nl)));
	});

	it('forgets the participant on this device when asked, while the link keeps working', async () => {
		const token = await issue(coordinator);
		const participant = await open(token);
		expect(await (await participant.get('/mijn')).text()).toContain('Vergeet mij op dit apparaat');
		const forgotten = await participant.post('/mijn?/forget', {});
		expect(forgotten.status).toBe(303);
		expect(forgotten.headers.get('location')).toBe('/mijn/vergeten');
		expect(forgotten.headers.getSetCookie().find((c) => c.startsWith('sd_participant='))).toMatch(/Max-Age=0/i);
		const page = await participant.get('/mijn/vergeten');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Dit apparaat kent u niet meer');
		const mine = await (await participant.get('/mijn')).text();
		expect(mine).toContain(friendly);
		expect(mine).not.toContain('Bijeenkomst 1');
		expect((await participant.get(`/mijn/${app.seeded.a.seriesId}/agenda.ics`)).status).toBe(404);
		// Forgetting on a device that knows nobody changes nothing and is no error.
		expect((await new Client(app.url).post('/mijn?/forget', {})).status).toBe(303);
		expect((await participant.get(`/p/${token}`)).status).toBe(303);
		expect(await (await participant.get('/mijn')).text()).toContain('Bijeenkomst 1');
	});

	it('shows every series whose link was opened on one device, also of another organisation, until each stops working', async () => {
		const w = app.seeded;
		const coordinatorB = new Client(app.url);
		await coordinatorB.signIn(w.b.coordinator.email, password);
		const issuedB = await coordinatorB.post(`/series/${w.b.seriesId}/people/${w.b.personId}/link?/issue`, {});
		expect(issuedB.status).toBe(200);
		const device = new Client(app.url);
		for (const token of [await issue(coordinator), tokenIn(await issuedB.text())!]) expect((await device.get(`/p/${token}`)).status).toBe(303);

		const both = await (await device.get('/mijn')).text();
		expect(both).toContain('Reeks A');
		expect(both).toContain('Reeks B');
		for (const seriesId of [w.a.seriesId, w.b.seriesId]) expect((await device.get(`/mijn/${seriesId}/agenda.ics`)).status).toBe(200);
		for (const seriesId of [w.a.otherSeriesId, w.b.otherSeriesId]) expect((await device.get(`/mijn/${seriesId}/agenda.ics`)).status).toBe(404);

		expect((await coordinator.post(`${linkPath(w)}?/revoke`, {})).status).toBe(200);
		const left = await (await device.get('/mijn')).text();
		expect(left).not.toContain('Reeks A');
		expect(left).toContain('Reeks B');
		expect((await device.get(`/mijn/${w.a.seriesId}/agenda.ics`)).status).toBe(404);

		expect((await device.post('/mijn?/forget', {})).status).toBe(303);
		expect(await (await device.get('/mijn')).text()).not.toContain('Reeks B');
	});

	it.each([
		['unknown', 'A'.repeat(43)],
		['too short', 'abc'],
		['too long', 'A'.repeat(500)],
		['odd characters', '%F0%9F%98%80%00%3Cscript%3E'],
		['dots', '..%2F..%2Fetc']
	])('answers an %s link with a kind page, not an error', async (_name, token) => {
		const res = await new Client(app.url).get(`/p/${token}`);
		expect(res.status).toBe(200);
		expect(await res.text()).toContain(friendly);
	});

	it('says the same in English', async () => {
		const client = new Client(app.url);
		await client.post('/language?to=/p/abc', { locale: 'en' });
		const html = await (await client.get('/p/abc')).text();
		expect(html).toContain(inHtml(m.participant_problem_contact({}, en)));
		expect(await (await client.get('/mijn')).text()).toContain(inHtml(m.participant_problem_contact({}, en)));
	});

	// Last: it spends this network's attempts, which sign-in shares.
	it('refuses guessing from one network after a few wrong links, even a right one', async () => {
		const good = await issue(coordinator);
		let refusedAfter = 0;
		for (let i = 1; i <= attemptsPerWindow * 10 + 1; i++) {
			const html = await (await new Client(app.url).get(`/p/${'B'.repeat(42)}${i % 10}`)).text();
			expect(html).toContain(friendly);
			if (html.includes(tooMany)) {
				refusedAfter = i;
				break;
			}
		}
		expect(refusedAfter).toBeGreaterThan(0);
		expect(refusedAfter).toBeLessThanOrEqual(attemptsPerWindow * 10 + 1);
		const right = await new Client(app.url).get(`/p/${good}`);
		expect(right.status).toBe(200);
		expect(await right.text()).toContain(tooMany);
	});
});
