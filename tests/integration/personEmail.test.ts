import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { formFields } from '../support/forms';
import { inHtml, m, nl } from '../support/messages';

describe.each(databaseKinds)('the person form and a taken e-mail address on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let coordinator: Client;
	const person = (name: string, email: string) => ({ name, email, background: 'resident', affiliation: '', workField: '', phone: '', consentTakingPart: 'on', consentContact: 'on', consentHow: 'spoken' });

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'));
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it('says so beside the address on a new person, and keeps what was typed', async () => {
		expect((await coordinator.post('/people/new', person('Amira', 'amira@example.org'))).status).toBe(303);
		const refused = await coordinator.post('/people/new', person('Amira Tweede', 'Amira@Example.org'));
		expect(refused.status).toBe(400);
		const html = await refused.text();
		expect(html).toContain(inHtml(m.person_email_taken({}, nl)));
		expect(html).toContain('value="Amira Tweede"');
		expect(html).toContain('value="Amira@Example.org"');
	});

	it('says so when an edit takes someone else’s address', async () => {
		const path = `/people/${app.seeded.personId}`;
		const fields = formFields(await (await coordinator.get(path)).text());
		const refused = await coordinator.post(path, { ...fields, background: 'resident', livedExperience: 'on', email: 'amira@example.org' });
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain(inHtml(m.person_email_taken({}, nl)));
	});
});
