import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, upTo } from '../support/messages';
import { decodeQuotedPrintable, startSmtp } from '../support/smtp';
import { until } from '../support/wait';

const newPassword = 'een-nieuw-lang-wachtwoord';

describe.each(databaseKinds)('a forgotten password on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	let link = '';

	beforeAll(async () => {
		smtp = await startSmtp();
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'), { SMTP_URL: smtp.url, LOGIN_ATTEMPTS: '4' });
	});
	afterAll(async () => {
		await app?.stop();
		await smtp?.stop();
	});

	const ask = (email: string) => new Client(app.url).post('/login/forgot', { email });
	const linkIn = (raw: string) => decodeQuotedPrintable(raw).match(/http:\/\/127\.0\.0\.1:\d+\/login\/reset\/[A-Za-z0-9_-]+/)?.[0] ?? '';

	it('offers the way from the sign-in page', async () => {
		const html = await (await new Client(app.url).get('/login')).text();
		expect(html).toContain(inHtml(m.reset_forgot_link({}, nl)));
		expect((await new Client(app.url).get('/login/forgot')).status).toBe(200);
	});

	it('answers an unknown address exactly as a known one, and mails only the known one', async () => {
		const unknown = await ask('niemand@example.org');
		const known = await ask(app.seeded.facilitator.email.toUpperCase());
		expect([unknown.status, known.status]).toEqual([200, 200]);
		const [unknownHtml, knownHtml] = [await unknown.text(), await known.text()];
		expect(unknownHtml).toContain(inHtml(m.reset_request_sent({ email: 'niemand@example.org', minutes: 30 }, nl)));
		// Byte for byte the same page, apart from the address typed and the script nonce of each response.
		const same = (html: string, email: string) =>
			html.replace(new RegExp(email.replace(/[.+]/g, '\\$&'), 'gi'), 'X').replace(/nonce="[^"]+"/g, '');
		expect(same(knownHtml, app.seeded.facilitator.email.toUpperCase())).toBe(same(unknownHtml, 'niemand@example.org'));

		await until(() => smtp.received.length > 0, 10_000, 'the reset mail');
		// Both requests were answered before this mail arrived; give a stray second one time to come.
		await new Promise((r) => setTimeout(r, 1_500));
		expect(smtp.received).toHaveLength(1);
		const mail = smtp.received[0]!;
		expect(mail.to).toEqual([app.seeded.facilitator.email]);
		expect(decodeQuotedPrintable(mail.raw)).toContain('30');
		link = linkIn(mail.raw);
		expect(link).not.toBe('');
	});

	it('keeps the link out of the coordinators outbox', async () => {
		const coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.coordinator.email, password);
		expect(await (await coordinator.get('/organisation/outbox')).text()).not.toContain('/login/reset/');
	});

	it('keeps the password rules of the first-run page', async () => {
		const path = new URL(link).pathname;
		const short = await new Client(app.url).post(path, { password: 'kort', passwordRepeat: 'kort' });
		expect(short.status).toBe(400);
		const differ = await new Client(app.url).post(path, { password: newPassword, passwordRepeat: 'iets anders dan dat' });
		expect(differ.status).toBe(400);
		expect(await differ.text()).toContain(inHtml(m.validation_passwords_differ({}, nl)));
	});

	it('sets the new password once, ending every session of the account', async () => {
		const path = new URL(link).pathname;
		const signedIn = new Client(app.url);
		await signedIn.signIn(app.seeded.facilitator.email, password);
		expect((await signedIn.get('/series')).status).toBe(200);

		const visitor = new Client(app.url);
		const form = await visitor.get(path);
		expect(form.status).toBe(200);
		expect(await form.text()).toContain(inHtml(m.reset_title({}, nl)));
		const done = await visitor.post(path, { password: newPassword, passwordRepeat: newPassword });
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/login?reset=1');
		expect(await (await visitor.get('/login?reset=1')).text()).toContain(inHtml(m.reset_done({}, nl)));

		expect((await signedIn.get('/series')).status).toBe(303);
		const old = await new Client(app.url).post('/login', { email: app.seeded.facilitator.email, password });
		expect(old.status).toBe(400);
		await new Client(app.url).signIn(app.seeded.facilitator.email, newPassword);

		// The same link a second time: a kind page, and the password stays.
		const again = await new Client(app.url).get(path);
		expect(again.status).toBe(200);
		const html = await again.text();
		expect(html).toContain(inHtml(m.reset_invalid_title({}, nl)));
		expect(html).toContain(inHtml(m.reset_invalid({ minutes: 30 }, nl)));
		const reused = await new Client(app.url).post(path, { password: 'weer-een-ander-wachtwoord', passwordRepeat: 'weer-een-ander-wachtwoord' });
		expect(reused.status).toBe(200);
		expect(await reused.text()).toContain(inHtml(m.reset_invalid_title({}, nl)));
		await new Client(app.url).signIn(app.seeded.facilitator.email, newPassword);
	});

	it('gives a made-up or malformed link the same kind page', async () => {
		for (const token of ['abc', 'A'.repeat(43), '%00']) {
			const res = await new Client(app.url).get(`/login/reset/${token}`);
			expect(res.status, token).toBe(200);
			expect(await res.text(), token).toContain(inHtml(m.reset_invalid_title({}, nl)));
		}
	});

	it('limits asking for links, with the sign-in limiter', async () => {
		const email = app.seeded.stakeholder.email;
		for (let i = 0; i < 4; i++) expect((await ask(email)).status).toBe(200);
		const blocked = await ask(email);
		expect(blocked.status).toBe(400);
		expect(await blocked.text()).toContain(upTo(m.reset_request_too_many({ minutes: hole }, nl)));
	});
});
