import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, stakeholder, stakeholderUpdate } from '../../src/lib/server/db/schema';
import { quickscanThemes } from '../../src/lib/domain/vocabularies';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	updateId: string;
}

const versionOf = (page: string) => /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '';
/** Every field of the quickscan form, empty, with `extra` over it. */
const quickscanForm = (version: string, extra: Record<string, string>) => ({
	version,
	...Object.fromEntries(quickscanThemes.flatMap((t) => [[`${t}Status`, ''], [`${t}Present`, ''], [`${t}Strengthen`, '']])),
	...extra
});

describe.each(databaseKinds)('preparing a region over HTTP on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;
	let facilitator: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			const [manager] = await db
				.insert(stakeholder)
				.values({ organisationId: a.organisationId, regionId: a.regionId, name: 'Wethouder Smit', kind: 'civilServant', email: 'smit@gemeente.test', frequency: 'monthly', addedOn: '2031-01-01' })
				.returning();
			const [update] = await db
				.insert(stakeholderUpdate)
				.values({ organisationId: a.organisationId, stakeholderId: manager!.id, occasion: 'month:2031-01', dueOn: '2031-02-01', periodFrom: '2031-01-01', periodTo: '2031-01-31', subject: 'Hoe gaat het?', body: 'Beste Wethouder Smit,' })
				.returning();
			return { a, b, updateId: update!.id };
		});
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
	});
	afterAll(() => app?.stop());

	it('saves the quickscan as rounds, keeps typed words on a mistake and refuses a stale round', async () => {
		const path = `/regions/${app.seeded.a.regionId}/quickscan`;
		const first = await (await coordinator.get(path)).text();
		expect(first).toContain(inHtml(m.quickscan_overview_none_yet({}, nl)));
		const version = versionOf(first);
		const bad = await coordinator.post(path, quickscanForm(version, { moneyStatus: 'heel-goed', moneyStrengthen: 'Het fonds vragen' }));
		expect(bad.status).toBe(400);
		const badPage = await bad.text();
		expect(badPage).toContain(inHtml(m.validation_choice({}, nl)));
		expect(badPage).toContain('Het fonds vragen');

		const saved = await coordinator.post(path, quickscanForm(version, { moneyStatus: 'toDo', moneyStrengthen: 'Het fonds vragen', roomStatus: 'inPlace' }));
		expect(saved.status).toBe(200);
		const page = await saved.text();
		expect(page).toContain(inHtml(m.quickscan_saved({ round: 1 }, nl)));
		expect(page).toContain('Het fonds vragen');

		const stale = await coordinator.post(path, quickscanForm(version, { moneyStatus: 'partly' }));
		expect(stale.status).toBe(409);
		expect(await stale.text()).toContain(inHtml(m.edit_stale_title({}, nl)));

		expect((await facilitator.get(path)).status).toBe(404);
		expect((await coordinator.get(`/regions/${app.seeded.b.regionId}/quickscan`)).status).toBe(404);
	});

	it('warns about an inventory entry that looks like one already there, and adds it when asked', async () => {
		const entry = { name: 'Taalcafé De Brug', kind: 'project', description: 'Samen Nederlands oefenen', runBy: 'Bibliotheek', contact: '', regionId: '' };
		expect((await coordinator.post('/inventory?/add', entry)).status).toBe(200);
		const warned = await coordinator.post('/inventory?/add', { ...entry, name: 'taalcafe de brug' });
		expect(warned.status).toBe(400);
		const page = await warned.text();
		expect(page).toContain(inHtml(m.inventory_similar_title({}, nl)));
		expect(page).toContain(inHtml(m.inventory_anyway({}, nl)));
		expect((await coordinator.post('/inventory?/add', { ...entry, name: 'taalcafe de brug', anyway: 'on' })).status).toBe(200);
		const notAnId = await coordinator.post('/inventory?/add', { ...entry, name: 'Iets heel anders', regionId: 'regio-7' });
		expect(notAnId.status).toBe(400);
		expect(await notAnId.text()).toContain(inHtml(m.inventory_region_unknown({}, nl)));
		const foreign = await coordinator.post('/inventory?/add', { ...entry, name: 'Iets heel anders', regionId: app.seeded.b.regionId });
		expect(foreign.status).toBe(400);
		expect(await foreign.text()).toContain(inHtml(m.inventory_region_unknown({}, nl)));
		expect((await facilitator.get('/inventory')).status).toBe(404);
	});

	it('adds a stakeholder, and sends an edited update through the outbox', async () => {
		const base = `/regions/${app.seeded.a.regionId}/stakeholders`;
		const wrong = await coordinator.post(`${base}?/add`, { name: 'Manager Vos', kind: 'manager', affiliation: '', email: 'geen adres', frequency: 'monthly' });
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain(inHtml(m.validation_email({}, nl)));
		expect((await coordinator.post(`${base}?/add`, { name: 'Manager Vos', kind: 'manager', affiliation: 'Welzijn', email: 'vos@welzijn.test', frequency: 'endOfSeries' })).status).toBe(200);
		const list = await (await coordinator.get(base)).text();
		expect(list).toContain('Manager Vos');
		expect(list).toContain('Hoe gaat het?');

		const updatePath = `${base}/updates/${app.seeded.updateId}`;
		const version = versionOf(await (await coordinator.get(updatePath)).text());
		const sent = await coordinator.post(`${updatePath}?/send`, { version, subject: 'Hoe gaat het in Wijk A?', body: 'Beste Wethouder Smit,\n\nHet gaat goed.' });
		expect(sent.status).toBe(303);
		expect(sent.headers.get('location')).toMatch(new RegExp(`^${base}\\?sent=`));
		const mail = await app.read((db) => db.select().from(outbox).where(eq(outbox.recipient, 'smit@gemeente.test')));
		expect(mail.map((x) => [x.subject, x.body])).toEqual([['Hoe gaat het in Wijk A?', 'Beste Wethouder Smit,\n\nHet gaat goed.']]);
		expect((await coordinator.post(`${updatePath}?/send`, { version, subject: 'Nog eens', body: 'Nog eens' })).status).toBe(409);

		expect((await facilitator.get(updatePath)).status).toBe(404);
		expect((await coordinator.get(`/regions/${app.seeded.b.regionId}/stakeholders/updates/${app.seeded.updateId}`)).status).toBe(404);
	});
});
