import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

/**
 * The consent register over HTTP (issue #11 item 1): the new person's form asks for it, the
 * person's consent pages record and withdraw it, and the person withdraws it through their link.
 */
describe.each(databaseKinds)('consent on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation }>;
	let coordinator: Client;
	let other: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => ({ a: await seedOrganisation(db, 'A'), b: await seedOrganisation(db, 'B') }));
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
		other = new Client(app.url);
		await other.signIn(app.seeded.b.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	const newPerson = { name: 'Joyce Koster', background: 'resident', affiliation: '', workField: '', email: 'joyce@example.org', phone: '', livedExperience: 'on' };

	it('keeps what was typed and says what is missing when consent was not given', async () => {
		const noHow = await coordinator.post('/people/new', newPerson);
		expect(noHow.status).toBe(400);
		const html = await noHow.text();
		expect(html).toContain(inHtml(m.consent_how_required({}, nl)));
		expect(html).toContain('value="Joyce Koster"');

		const notTakingPart = await coordinator.post('/people/new', { ...newPerson, consentHow: 'spoken' });
		expect(notTakingPart.status).toBe(400);
		expect(await notTakingPart.text()).toContain(inHtml(m.consent_takingPart_required({}, nl)));

		const noContact = await coordinator.post('/people/new', { ...newPerson, consentHow: 'spoken', consentTakingPart: 'on' });
		expect(noContact.status).toBe(400);
		const missing = await noContact.text();
		expect(missing).toContain(inHtml(m.consent_missing_contact_new({}, nl)));
		expect(missing).toContain(inHtml(m.consent_missing_composition_new({}, nl)));
		expect(missing).toContain('value="joyce@example.org"');
		expect(await (await coordinator.get('/people?q=Joyce')).text()).not.toContain('Joyce Koster');
	});

	it('adds the person with their consent, and withdraws contact on the consent page', async () => {
		const added = await coordinator.post('/people/new', { ...newPerson, consentHow: 'paper', consentTakingPart: 'on', consentContact: 'on', consentComposition: 'on' });
		expect(added.status).toBe(303);
		const path = added.headers.get('location')!.split('?')[0]!;

		const overview = await coordinator.get(`${path}/consent`);
		expect(overview.status).toBe(200);
		const text = await overview.text();
		expect(text.split(inHtml(m.consent_source_paper({}, nl))).length - 1).toBe(3);
		for (const purpose of ['takingPart', 'contact', 'composition'] as const) expect(text).toContain(`/consent/${purpose}`);
		expect((await coordinator.get(`${path}/consent/everything`)).status).toBe(404);

		const refused = await coordinator.post(`${path}/consent/contact?/withdraw`, {});
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain(inHtml(m.consent_how_required({}, nl)));
		const withdrawn = await coordinator.post(`${path}/consent/contact?/withdraw`, { how: 'email' });
		expect(withdrawn.status).toBe(303);
		expect(await (await coordinator.get(path)).text()).not.toContain('joyce@example.org');
		expect(await (await coordinator.get(withdrawn.headers.get('location')!)).text()).toContain(inHtml(m.consent_saved_withdrawn({}, nl)));
		// "Taking part" ends on the erasure page, never with one click here.
		const stop = await coordinator.post(`${path}/consent/takingPart?/withdraw`, { how: 'spoken' });
		expect(stop.status).toBe(303);
		expect(stop.headers.get('location')).toBe(`${path}/erase`);
		expect(await (await coordinator.get(path)).text()).toContain('Joyce Koster');

		// Another organisation's coordinator finds nothing there.
		expect((await other.get(`${path}/consent`)).status).toBe(404);
		expect((await other.post(`${path}/consent/composition?/withdraw`, { how: 'spoken' })).status).toBe(404);
	});

	it('lets the person stop messages, and stop altogether, through their own link', async () => {
		const { a } = app.seeded;
		const issued = await coordinator.post(`/series/${a.seriesId}/people/${a.personId}/link?/issue`, {});
		const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(await issued.text())![1]!;
		const participant = new Client(app.url);
		expect((await participant.get(`/p/${token}`)).status).toBe(303);
		expect(await (await participant.get('/mijn')).text()).toContain('/mijn/toestemming');

		const mine = await participant.get('/mijn/toestemming');
		expect(mine.status).toBe(200);
		expect(await mine.text()).toContain(inHtml(m.consent_mine_withdraw_contact({}, nl)));
		const stopMessages = await participant.post('/mijn/toestemming?/withdraw', { personId: a.personId, purpose: 'contact' });
		expect(stopMessages.status).toBe(303);
		expect(await (await participant.get('/mijn/toestemming')).text()).not.toContain(inHtml(m.consent_mine_withdraw_contact({}, nl)));
		// Someone else's person id does nothing.
		expect((await participant.post('/mijn/toestemming?/withdraw', { personId: app.seeded.b.personId, purpose: 'composition' })).status).toBe(303);
		expect(await (await other.get(`/people/${app.seeded.b.personId}/consent/composition`)).text()).not.toContain(upTo(m.consent_withdrawn({ date: hole, how: hole }, nl)));

		const confirm = await participant.get(`/mijn/toestemming/stoppen?person=${a.personId}`);
		expect(await confirm.text()).toContain(inHtml(m.consent_mine_takingPart_effect({}, nl)));
		const unsure = await participant.post('/mijn/toestemming/stoppen', { personId: a.personId });
		expect(unsure.status).toBe(400);
		expect(await unsure.text()).toContain(inHtml(m.consent_mine_confirm_required({}, nl)));
		const stopped = await participant.post('/mijn/toestemming/stoppen', { personId: a.personId, confirm: 'on' });
		expect(stopped.status).toBe(303);
		expect(stopped.headers.get('location')).toBe('/mijn/toestemming/gewist');
		const erased = await (await coordinator.get(`/people/${a.personId}`)).text();
		expect(erased).toContain(inHtml(m.privacy_erased_name({}, nl)));
		expect(erased).not.toContain('Bewoner A');
		// The link is gone with them: the page now says whom to ask, like any dead link.
		expect(await (await participant.get('/mijn')).text()).toContain(inHtml(m.participant_problem_contact({}, nl)));
	});
});
