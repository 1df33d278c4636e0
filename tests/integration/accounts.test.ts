import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

describe.each(databaseKinds)('first run and signing in on %s', (kind) => {
	let app: RunningApp<null>;
	const coordinator = { email: 'eerste@example.org', password: 'een-lange-zin-als-wachtwoord' };

	beforeAll(async () => {
		app = await startApp(kind, async () => null, { LOGIN_ATTEMPTS: '3' });
	});
	afterAll(() => app?.stop());

	it('sends every page to the first-run page while no organisation exists', async () => {
		const client = new Client(app.url);
		for (const path of ['/', '/series', '/login', '/regions']) {
			const res = await client.get(path);
			expect(res.status, path).toBe(303);
			expect(res.headers.get('location'), path).toBe('/setup');
		}
	});

	it('keeps typed input and explains mistakes on the first-run form', async () => {
		const client = new Client(app.url);
		const res = await client.post('/setup', { organisationName: 'Welzijn Noord', name: '', email: 'geen-adres', password: 'pw-qq', passwordRepeat: 'anders' });
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain('value="Welzijn Noord"');
		expect(html).toContain(inHtml(m.validation_required({}, nl)));
		expect(html).toContain(inHtml(m.validation_email({}, nl)));
		expect(html).not.toContain('pw-qq');
	});

	it('creates the organisation and its coordinator once, and signs them in', async () => {
		const client = new Client(app.url);
		const res = await client.post('/setup', {
			organisationName: 'Welzijn Noord',
			name: 'Eerste Coördinator',
			email: coordinator.email,
			password: coordinator.password,
			passwordRepeat: coordinator.password
		});
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/series');
		const page = await client.get('/series');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Welzijn Noord');

		const intruder = new Client(app.url);
		expect((await intruder.get('/setup')).headers.get('location')).toBe('/login');
		const again = await intruder.post('/setup', {
			organisationName: 'Overname',
			name: 'Iemand',
			email: 'iemand@example.org',
			password: coordinator.password,
			passwordRepeat: coordinator.password
		});
		expect(again.status).toBe(303);
		expect(again.headers.get('location')).toBe('/login');
		const refused = await intruder.post('/login', { email: 'iemand@example.org', password: coordinator.password });
		expect(refused.status).toBe(400);
	});

	it('signs out, and refuses a wrong password with a friendly message', async () => {
		const client = new Client(app.url);
		await client.signIn(coordinator.email, coordinator.password);
		expect((await client.post('/logout', {})).status).toBe(303);
		expect((await client.get('/series')).status).toBe(303);
		const wrong = await client.post('/login', { email: coordinator.email, password: 'helemaal-fout-wachtwoord' });
		expect(wrong.status).toBe(400);
		const html = await wrong.text();
		expect(html).toContain(inHtml(m.login_failed({}, nl)));
		expect(html).toContain(`value="${coordinator.email}"`);
	});

	it('limits repeated failed sign-ins, also for the right password', async () => {
		const client = new Client(app.url);
		const email = 'doelwit@example.org';
		for (let i = 0; i < 3; i++) await client.post('/login', { email, password: `gok-${i}-wachtwoord` });
		const blocked = await client.post('/login', { email, password: 'nog-een-gok-wachtwoord' });
		expect(blocked.status).toBe(400);
		expect(await blocked.text()).toContain(upTo(m.login_too_many({ minutes: hole }, nl)));
	});

	it('never answers 500 to malformed input', async () => {
		const client = new Client(app.url);
		await client.signIn(coordinator.email, coordinator.password);
		for (const path of ['/series/not-a-uuid', '/series/00000000-0000-4000-8000-000000000000', '/regions/%00', '/people/abc']) {
			const res = await client.get(path);
			expect(res.status, path).toBe(404);
		}
		const junk = { name: 'x'.repeat(10_000), kind: '<script>', email: '\u0000', startDate: '9999-99-99', count: '-1', 'role:../../etc': 'participant' };
		const paths = ['/login', '/setup', '/regions?/create', '/series/new', '/people/new', '/organisation?/settings', '/organisation?/invite', '/language', '/invite/abc', '/invite/' + 'a'.repeat(40), '/logout'];
		for (const path of paths) {
			const res = await client.post(path, junk);
			expect(res.status, path).toBeLessThan(500);
		}
		const raw = await fetch(`${app.url}/series/new`, { method: 'POST', headers: { origin: app.url, 'content-type': 'multipart/form-data; boundary=x' }, body: 'garbage' });
		expect(raw.status).toBeLessThan(500);
	});
});
