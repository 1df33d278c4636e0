import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

describe.each(databaseKinds)('the audit log over HTTP on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation }>;
	let coordinator: Client;
	let facilitator: Client;
	let stakeholder: Client;
	let otherCoordinator: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => ({ a: await seedOrganisation(db, 'A'), b: await seedOrganisation(db, 'B') }));
		coordinator = new Client(app.url);
		facilitator = new Client(app.url);
		stakeholder = new Client(app.url);
		otherCoordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
		await stakeholder.signIn(app.seeded.a.stakeholder.email, password);
		await otherCoordinator.signIn(app.seeded.b.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it('shows a coordinator who viewed a person, filtered to that person, and links to it from the person', async () => {
		expect((await facilitator.get(`/people/${app.seeded.a.personId}`)).status).toBe(200);
		const personPage = await (await coordinator.get(`/people/${app.seeded.a.personId}`)).text();
		expect(personPage).toContain(`/organisation/audit?person=${app.seeded.a.personId}`);

		const log = await coordinator.get(`/organisation/audit?person=${app.seeded.a.personId}`);
		expect(log.status).toBe(200);
		const html = await log.text();
		expect(html).toContain(inHtml(m.audit_person_shown({ name: 'Bewoner A' }, nl)));
		expect(html).toContain(inHtml(m.audit_who_role({ name: 'facilitator A', role: m.role_facilitator({}, nl) }, nl)));
		expect(html).toContain(inHtml(m.audit_purpose_peopleAdministration({}, nl)));
		// The coordinator's own view of the person is the other line; nobody else's person shows.
		expect(html).toContain(inHtml(m.audit_count({ total: 2 }, nl)));
		expect(html).not.toContain('Begeleider A');
	});

	it('answers a facilitator, a stakeholder and another organisation with nothing to see', async () => {
		expect((await facilitator.get('/organisation/audit')).status).toBe(404);
		expect((await stakeholder.get('/organisation/audit')).status).toBe(404);
		const theirs = await otherCoordinator.get(`/organisation/audit?person=${app.seeded.a.personId}`);
		expect(theirs.status).toBe(200);
		const html = await theirs.text();
		expect(html).toContain(inHtml(m.audit_empty({}, nl)));
		expect(html).not.toContain('Bewoner A');
	});

	it('keeps a date that is no date beside its field instead of failing', async () => {
		const page = await coordinator.get('/organisation/audit?from=2026-13-45');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(inHtml(m.validation_date({}, nl)));
	});
});
