import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

describe.each(databaseKinds)('the people list on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let coordinator: Client;

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'));
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it('does not show or send who has lived experience of poverty; the person\'s page does', async () => {
		const list = await (await coordinator.get('/people')).text();
		expect(list).toContain('Bewoner A');
		expect(list).not.toContain(inHtml(m.people_lived({}, nl)));
		expect(list).not.toContain('livedExperience');
		const person = await (await coordinator.get(`/people/${app.seeded.personId}`)).text();
		expect(person).toMatch(/name="livedExperience"[^>]*checked|checked[^>]*name="livedExperience"/);
	});
});
