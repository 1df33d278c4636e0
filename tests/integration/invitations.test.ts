import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { decodeQuotedPrintable, startSmtp } from '../support/smtp';
import { until } from '../support/wait';
import { inHtml, m, nl } from '../support/messages';

describe.each(databaseKinds)('inviting members by e-mail on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	let coordinator: Client;
	let link = '';
	const invitee = { name: 'Nieuwe Begeleider', email: 'nieuw@example.org', password: 'mijn-eigen-wachtwoord' };

	beforeAll(async () => {
		smtp = await startSmtp();
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'), { SMTP_URL: smtp.url });
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.coordinator.email, password);
	});
	afterAll(async () => {
		await app?.stop();
		await smtp?.stop();
	});

	it('sends the invitation through SMTP and keeps it in the outbox', async () => {
		const res = await coordinator.post('/organisation?/invite', { name: invitee.name, email: invitee.email, role: 'facilitator' });
		expect(res.status).toBe(200);
		await until(() => smtp.received.length > 0, 10_000, 'the invitation mail');
		expect(smtp.received).toHaveLength(1);
		const mail = smtp.received[0]!;
		expect(mail.to).toEqual([invitee.email]);
		const body = decodeQuotedPrintable(mail.raw);
		link = body.match(/http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]+/)?.[0] ?? '';
		expect(link).not.toBe('');
		const outbox = await (await coordinator.get('/organisation/outbox')).text();
		expect(outbox).toContain(invitee.email);
	});

	it('lets only a coordinator read the outbox', async () => {
		const facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.facilitator.email, password);
		expect((await facilitator.get('/organisation/outbox')).status).toBe(404);
		expect((await facilitator.post('/organisation?/invite', { name: 'X', email: 'x@example.org', role: 'coordinator' })).status).toBe(404);
	});

	it('turns the link into an account with the invited role, once', async () => {
		const path = new URL(link).pathname;
		const guest = new Client(app.url);
		const page = await guest.get(path);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(invitee.email);
		const created = await guest.post(`${path}?/create`, { name: invitee.name, password: invitee.password });
		expect(created.status).toBe(200);
		await guest.signIn(invitee.email, invitee.password);
		const accepted = await guest.post(`${path}?/join`, {});
		expect(accepted.status).toBe(303);
		expect((await guest.get('/series')).status).toBe(200);
		expect((await guest.get('/organisation')).status).toBe(404);

		const again = await new Client(app.url).get(path);
		expect(await again.text()).toContain(inHtml(m.invite_invalid({}, nl)));
		const signIn = new Client(app.url);
		await signIn.signIn(invitee.email, invitee.password);
	});

	it('says so when the person is already a member', async () => {
		const res = await coordinator.post('/organisation?/invite', { name: 'Dubbel', email: app.seeded.stakeholder.email, role: 'stakeholder' });
		expect(res.status).toBe(400);
		expect(smtp.received).toHaveLength(1);
	});
});
