import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';

/**
 * The headers every answer carries, whatever made it: a page, a form's answer, a refused
 * cross-site form, a live stream, a photo, a calendar file, the clock, a static script. Each keeps
 * its own content type. HSTS only when the public address is https.
 */
const publicHttps = 'https://ontmoetingen.example.org';

function expectSecurityHeaders(res: Response, https: boolean) {
	const h = res.headers;
	expect(h.get('x-content-type-options')).toBe('nosniff');
	expect(h.get('referrer-policy')).toBe('same-origin');
	expect(h.get('x-frame-options')).toBe('DENY');
	expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
	const policy = h.get('permissions-policy') ?? '';
	for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy).toContain(`${feature}=()`);
	expect(h.get('strict-transport-security')).toBe(https ? 'max-age=31536000; includeSubDomains' : null);
}

describe.each(databaseKinds.flatMap((kind) => [[kind, false] as const, [kind, true] as const]))('security headers on %s (https ORIGIN: %s)', (kind, https) => {
	let app: RunningApp<SeededOrganisation>;
	let facilitator: Client;
	let meetingPath: string;
	const client = () => new Client(app.url, https ? publicHttps : app.url);

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'H'), https ? { ORIGIN: publicHttps } : {});
		facilitator = client();
		await facilitator.signIn(app.seeded.facilitator.email, password);
		meetingPath = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}`;
	});
	afterAll(() => app?.stop());

	it('puts them on a page, keeping its Content Security Policy, and on a static script', async () => {
		const page = await facilitator.get(meetingPath);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expectSecurityHeaders(page, https);
		const script = /(\/_app\/immutable\/[^"']+\.js)/.exec(await page.text())?.[1];
		expect(script).toBeTruthy();
		const file = await fetch(app.url + script);
		expect(file.status).toBe(200);
		expect(file.headers.get('content-type')).toMatch(/javascript/);
		expectSecurityHeaders(file, https);
	});

	it('puts them on a form’s answers: a mistake, a redirect, and a refused cross-site post', async () => {
		const wrong = await client().post('/login', { email: app.seeded.stakeholder.email, password: 'niet-het-wachtwoord' });
		expect(wrong.status).toBe(400);
		expectSecurityHeaders(wrong, https);
		const signedIn = await client().post('/login', { email: app.seeded.coordinator.email, password });
		expect(signedIn.status).toBe(303);
		expectSecurityHeaders(signedIn, https);
		const foreign = await new Client(app.url, 'https://elders.example.net').post('/login', { email: app.seeded.coordinator.email, password });
		expect(foreign.status).toBe(403);
		expectSecurityHeaders(foreign, https);
	});

	it('puts them on a live stream, which stays text/event-stream', async () => {
		const abort = new AbortController();
		const stream = await facilitator.stream(`${meetingPath}/live`, abort.signal);
		expect(stream.status).toBe(200);
		expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
		expectSecurityHeaders(stream, https);
		abort.abort();
		await stream.body?.cancel().catch(() => undefined);
	});

	it('puts them on a photo and a calendar file, each with its own type', async () => {
		const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2d6a4f' } }).jpeg().toBuffer();
		const form = new FormData();
		form.append('photo', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'flap.jpg');
		expect((await facilitator.postMultipart(`${meetingPath}/record?/photo`, form)).status).toBe(200);
		const src = /<img[^>]*src="([^"]+\/photos\/[0-9a-f-]{36})"/.exec(await (await facilitator.get(`${meetingPath}/record`)).text())?.[1];
		const photo = await facilitator.get(src!);
		expect(photo.status).toBe(200);
		expect(photo.headers.get('content-type')).toBe('image/jpeg');
		expectSecurityHeaders(photo, https);
		const calendar = await facilitator.get(`/series/${app.seeded.seriesId}/calendar.ics`);
		expect(calendar.status).toBe(200);
		expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
		expectSecurityHeaders(calendar, https);
	});

	it('puts them on the clock and on security.txt, both plain text', async () => {
		for (const path of ['/time', '/.well-known/security.txt']) {
			const res = await fetch(app.url + path);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
			expectSecurityHeaders(res, https);
		}
	});
});

describe.each(databaseKinds)('/.well-known/security.txt on %s', (kind) => {
	let app: RunningApp<Record<string, never>>;

	// No organisation yet: every page leads to the first-run page, but how to report a vulnerability does not.
	beforeAll(async () => {
		app = await startApp(kind, async () => ({}), { SECURITY_CONTACT: 'mailto:meldpunt@example.org' });
	});
	afterAll(() => app?.stop());

	it('says whom to write to, until a year from now, in Dutch or English, and links the policy it serves', async () => {
		const before = Date.now();
		const res = await fetch(`${app.url}/.well-known/security.txt`, { redirect: 'manual' });
		expect(res.status).toBe(200);
		const fields = new Map((await res.text()).trim().split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
		expect(fields.get('Contact')).toBe('mailto:meldpunt@example.org');
		expect(fields.get('Preferred-Languages')).toBe('nl, en');
		const expires = Date.parse(fields.get('Expires')!);
		const year = 365 * 24 * 3600 * 1000;
		expect(expires).toBeGreaterThanOrEqual(before + year);
		expect(expires).toBeLessThanOrEqual(Date.now() + year);
		expect(fields.get('Canonical')).toBe(`${app.url}/.well-known/security.txt`);
		const policy = new URL(fields.get('Policy')!);
		expect(policy.origin).toBe(app.url);
		const served = await fetch(app.url + policy.pathname, { redirect: 'manual' });
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toMatch(/^text\/markdown/);
		expect(await served.text()).toContain('## Reporting a vulnerability');
	});
});
