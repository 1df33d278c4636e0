import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityFormat } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	formatA: string;
	formatB: string;
}

const format = (organisationId: string, name: string) => ({
	organisationId,
	name,
	purpose: 'Praten terwijl u samen loopt.',
	minutes: 20,
	groupForm: 'pairsOrThrees' as const,
	steps: ['Maak tweetallen.', 'Loop een rondje.']
});

const versionOf = (page: string) => /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '';
const walk = { name: 'Wandelgesprek', purpose: 'Praten terwijl u samen loopt.', minutes: '20', groupForm: 'pairsOrThrees', steps: 'Maak tweetallen.\nLoop een rondje.' };

describe.each(databaseKinds)('activity format pages on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			const [formatA] = await db.insert(activityFormat).values(format(a.organisationId, 'Wandelgesprek A')).returning();
			const [formatB] = await db.insert(activityFormat).values(format(b.organisationId, 'Wandelgesprek B')).returning();
			return { a, b, formatA: formatA!.id, formatB: formatB!.id };
		});
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it('shows the library with built-in and own formats, filtered by group form', async () => {
		const all = await (await coordinator.get('/formats')).text();
		expect(all).toContain('Wandelgesprek A');
		expect(all).not.toContain('Wandelgesprek B');
		expect(all).toContain('Onthullen en toedekken');
		const small = await (await coordinator.get('/formats?groupForm=smallGroups')).text();
		expect(small).not.toContain('Wandelgesprek A');
		expect(small).toContain('Casus verkennen');
		expect(small).not.toContain('Onthullen en toedekken');
		expect((await coordinator.get('/formats?groupForm=<b>')).status).toBe(200);
	});

	it('shows a built-in format in full, and an unknown code as not there', async () => {
		const page = await coordinator.get('/formats/sentenceCompletion');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Ik schaam me voor…');
		expect((await coordinator.get('/formats/noSuchFormat')).status).toBe(404);
	});

	it("answers another organisation's format with 404, for reading, editing and removing", async () => {
		const { formatB } = app.seeded;
		expect((await coordinator.get(`/formats/own/${formatB}`)).status).toBe(404);
		expect((await coordinator.get(`/formats/own/${formatB}/edit`)).status).toBe(404);
		expect((await coordinator.post(`/formats/own/${formatB}/edit`, { ...walk, version: '1' })).status).toBe(404);
		expect((await coordinator.post(`/formats/own/${formatB}?/remove`, { confirm: 'on' })).status).toBe(404);
		expect((await coordinator.get('/formats/own/not-a-uuid')).status).toBe(404);
	});

	it('lets a stakeholder read the formats, but not add or edit them', async () => {
		const stakeholder = new Client(app.url);
		await stakeholder.signIn(app.seeded.a.stakeholder.email, password);
		const page = await (await stakeholder.get(`/formats/own/${app.seeded.formatA}`)).text();
		expect(page).toContain('Wandelgesprek A');
		expect(page).not.toContain(inHtml(m.formats_edit({}, nl)));
		expect((await stakeholder.get('/formats/new')).status).toBe(404);
		expect((await stakeholder.post('/formats/new', walk)).status).toBe(404);
		expect((await stakeholder.get(`/formats/own/${app.seeded.formatA}/edit`)).status).toBe(404);
	});

	it('answers bad input with 400 and its messages, keeping what was typed', async () => {
		const res = await coordinator.post('/formats/new', { ...walk, name: 'Zonder stappen', steps: '\n', minutes: 'twintig' });
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain(inHtml(m.formats_steps_required({}, nl)));
		expect(html).toContain('value="Zonder stappen"');
		expect(html).toContain('value="twintig"');
		const noSize = await coordinator.post('/formats/new', { ...walk, groupForm: 'smallGroups' });
		expect(noSize.status).toBe(400);
		expect(await noSize.text()).toContain(inHtml(m.formats_group_size_missing({}, nl)));
	});

	it('adds a format, refuses a stale edit with 409, and removes only after the tick', async () => {
		const added = await coordinator.post('/formats/new', { ...walk, name: 'Nieuw wandelgesprek', groupForm: 'smallGroups', maxGroupSize: '4' });
		expect(added.status).toBe(303);
		const path = added.headers.get('location')!.split('?')[0]!;
		const opened = versionOf(await (await coordinator.get(`${path}/edit`)).text());
		expect((await coordinator.post(`${path}/edit`, { ...walk, name: 'Eerste', version: opened })).status).toBe(303);
		const stale = await coordinator.post(`${path}/edit`, { ...walk, name: 'Tweede', minutes: '30', version: opened });
		expect(stale.status).toBe(409);
		expect(await stale.text()).toContain('value="Tweede"');
		expect(await (await coordinator.get(path)).text()).toContain('Eerste');
		const unticked = await coordinator.post(`${path}?/remove`, {});
		expect(unticked.status).toBe(400);
		expect(await unticked.text()).toContain(inHtml(m.formats_remove_confirm_missing({}, nl)));
		const removed = await coordinator.post(`${path}?/remove`, { confirm: 'on' });
		expect(removed.status).toBe(303);
		expect((await coordinator.get(path)).status).toBe(404);
	});
});
