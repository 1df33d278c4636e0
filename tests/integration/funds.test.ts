import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localScheme } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	schemeA: string;
	schemeB: string;
}

const scheme = (organisationId: string, name: string) => ({
	organisationId,
	name,
	description: 'Een budget per kind voor sport en kleding.',
	needs: ['sportCulture', 'clothing'] as ('sportCulture' | 'clothing')[],
	ageFrom: 0,
	ageTo: 17,
	applicants: ['parent'] as 'parent'[],
	incomeLimitPercent: 120,
	howToApply: 'Bij het loket van de gemeente.'
});

const versionOf = (page: string) => /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '';
const form = {
	name: 'Stadspas',
	description: 'Korting op zwembad, bibliotheek en museum.',
	needs: ['sportCulture', 'holiday'],
	ageFrom: '',
	ageTo: '',
	applicants: ['parent', 'intermediary'],
	incomeLimitPercent: '130',
	conditions: '',
	howToApply: 'Aanvragen bij de gemeente.',
	link: 'https://www.example.org/stadspas'
};

describe.each(databaseKinds)('funds finder and local scheme pages on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			const [schemeA] = await db.insert(localScheme).values(scheme(a.organisationId, 'Kindpakket Adorp')).returning();
			const [schemeB] = await db.insert(localScheme).values(scheme(b.organisationId, 'Kindpakket Bstad')).returning();
			return { a, b, schemeA: schemeA!.id, schemeB: schemeB!.id };
		});
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it("answers the finder with the organisation's own scheme and the national funds, never another organisation's", async () => {
		const page = await coordinator.get('/funds?age=9&need=sportCulture&applicant=parent');
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Kindpakket Adorp');
		expect(html).toContain('Leergeld');
		expect(html).not.toContain('Kindpakket Bstad');
		expect(html.indexOf('Kindpakket Adorp')).toBeLessThan(html.indexOf('Leergeld'));
		// The finder is a GET form: nothing about the child is posted.
		expect(html).toMatch(/<form method="GET"[^>]*role="search"/);
	});

	it('answers a wrong age with its message and keeps it, and odd queries with a page, never a 500', async () => {
		const html = await (await coordinator.get('/funds?age=vier%20en%20een%20half&need=school&applicant=parent')).text();
		expect(html).toContain(inHtml(m.funds_age_not_a_number({}, nl)));
		expect(html).toContain('value="vier en een half"');
		for (const query of ['age=18%2B&need=laptop&applicant=intermediary', 'age=4,5&need=school&applicant=parent', 'need=%3Cscript%3E&applicant=%27--', `age=${'1'.repeat(10_000)}`]) {
			expect((await coordinator.get(`/funds?${query}`)).status, query.slice(0, 40)).toBe(200);
		}
	});

	it('shows a national fund by its code, and an unknown code as not there', async () => {
		const page = await coordinator.get('/funds/jeugdeducatiefonds');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('http://www.jeugdeducatiefonds.nl/');
		expect((await coordinator.get('/funds/noSuchFund')).status).toBe(404);
		expect((await coordinator.get('/funds/local')).status).toBe(404);
	});

	it("answers another organisation's scheme with 404, for reading, editing and removing", async () => {
		const { schemeB } = app.seeded;
		expect((await coordinator.get(`/funds/local/${schemeB}`)).status).toBe(404);
		expect((await coordinator.get(`/funds/local/${schemeB}/edit`)).status).toBe(404);
		expect((await coordinator.post(`/funds/local/${schemeB}/edit`, { ...form, version: '1' })).status).toBe(404);
		expect((await coordinator.post(`/funds/local/${schemeB}?/remove`, { confirm: 'on' })).status).toBe(404);
		expect((await coordinator.get('/funds/local/not-a-uuid')).status).toBe(404);
	});

	it('lets a facilitator read a scheme, but not add, edit or remove it', async () => {
		const facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
		const page = await (await facilitator.get(`/funds/local/${app.seeded.schemeA}`)).text();
		expect(page).toContain('Kindpakket Adorp');
		expect(page).toContain(inHtml(m.funds_income_limit({ percent: 120 }, nl)));
		expect(page).not.toContain(inHtml(m.funds_local_edit({}, nl)));
		expect((await facilitator.get('/funds/local/new')).status).toBe(404);
		expect((await facilitator.post('/funds/local/new', form)).status).toBe(404);
		expect((await facilitator.get(`/funds/local/${app.seeded.schemeA}/edit`)).status).toBe(404);
		expect((await facilitator.post(`/funds/local/${app.seeded.schemeA}?/remove`, { confirm: 'on' })).status).toBe(404);
	});

	it('answers bad input with 400 and its messages, keeping what was typed', async () => {
		const res = await coordinator.post('/funds/local/new', { ...form, needs: [], applicants: 'mayor', ageFrom: '12', ageTo: 'vier' });
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain(inHtml(m.funds_local_needs_missing({}, nl)));
		expect(html).toContain(inHtml(m.validation_choice({}, nl)));
		expect(html).toContain('value="vier"');
		const reversed = await coordinator.post('/funds/local/new', { ...form, ageFrom: '12', ageTo: '4' });
		expect(reversed.status).toBe(400);
		expect(await reversed.text()).toContain(inHtml(m.funds_local_ages_reversed({}, nl)));
	});

	it('adds a scheme the finder then shows, refuses a stale edit with 409, and removes only after the tick', async () => {
		const added = await coordinator.post('/funds/local/new', form);
		expect(added.status).toBe(303);
		const path = added.headers.get('location')!.split('?')[0]!;
		expect(await (await coordinator.get('/funds?age=9&need=holiday&applicant=parent')).text()).toContain('Stadspas');
		const opened = versionOf(await (await coordinator.get(`${path}/edit`)).text());
		expect((await coordinator.post(`${path}/edit`, { ...form, name: 'Stadspas Adorp', version: opened })).status).toBe(303);
		const stale = await coordinator.post(`${path}/edit`, { ...form, name: 'Gemeentepas', version: opened });
		expect(stale.status).toBe(409);
		expect(await stale.text()).toContain('value="Gemeentepas"');
		expect(await (await coordinator.get(path)).text()).toContain('Stadspas Adorp');
		const unticked = await coordinator.post(`${path}?/remove`, {});
		expect(unticked.status).toBe(400);
		expect(await unticked.text()).toContain(inHtml(m.funds_local_remove_confirm_missing({}, nl)));
		expect((await coordinator.post(`${path}?/remove`, { confirm: 'on' })).status).toBe(303);
		expect((await coordinator.get(path)).status).toBe(404);
		expect(await (await coordinator.get('/funds?age=9&need=holiday&applicant=parent')).text()).not.toContain('Stadspas');
	});
});
