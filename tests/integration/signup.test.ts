import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { series, signup } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

/*
 * The public sign-up over HTTP (issue #12 item 7): posted empty, without consent, by a script, twice
 * and too often — a clear message per field and the typing kept, a quiet "thank you" to a script,
 * one sign-up stored, never a 500. The rules themselves are proved in process by
 * `src/lib/server/signups.integration.test.ts`.
 */

const code = 'werf-aanmeldcode-0123456789abcdef';
const attempts = 2;

async function seed(db: Db): Promise<SeededOrganisation> {
	const seeded = await seedOrganisation(db, 'Aan');
	await db.update(series).set({ signupCode: code }).where(eq(series.id, seeded.seriesId));
	return seeded;
}

let network = 0;
const newNetwork = () => `10.7.0.${++network}`;

describe.each(databaseKinds)('the public sign-up form on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;

	beforeAll(async () => {
		app = await startApp(kind, seed, { LOGIN_ATTEMPTS: String(attempts), ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
	});
	afterAll(() => app?.stop());

	const get = async (ip: string) => (await fetch(`${app.url}/aanmelden/${code}`, { headers: { 'x-forwarded-for': ip, accept: 'text/html' } })).text();
	const post = async (ip: string, fields: Record<string, string>) => {
		const res = await fetch(`${app.url}/aanmelden/${code}`, {
			method: 'POST',
			redirect: 'manual',
			body: new URLSearchParams(fields),
			headers: { 'x-forwarded-for': ip, origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
		});
		return { status: res.status, html: await res.text() };
	};
	const stampOf = (html: string) => /name="stamp" value="([^"]+)"/.exec(html)?.[1] ?? '';
	const thanks = inHtml(m.signup_thanks({}, nl));

	it('a closed or made-up code shows a kind page, never an error', async () => {
		const res = await fetch(`${app.url}/aanmelden/geen-bestaande-code-0123456789`, { headers: { accept: 'text/html' } });
		expect(res.status).toBe(200);
		expect(await res.text()).toContain(inHtml(m.signup_closed({}, nl)));
	});

	it('posted empty: a message per field, no 500', async () => {
		const { status, html } = await post(newNetwork(), {});
		expect(status).toBe(400);
		expect(html).not.toContain(thanks);
	});

	it('without consent: the message at the box, and what was typed kept', async () => {
		const ip = newNetwork();
		const stamp = stampOf(await get(ip));
		await new Promise((resolve) => setTimeout(resolve, 3100));
		const { status, html } = await post(ip, { name: 'Bram Zonder Vinkje', email: 'bram@voorbeeld.test', stamp, website: '' });
		expect(status).toBe(400);
		expect(html).toContain(inHtml(m.signup_consent_required({}, nl)));
		expect(html).toContain('value="Bram Zonder Vinkje"');
		expect(html).not.toContain(thanks);
	});

	it('a script (honeypot or too fast) gets the same thank you', async () => {
		const ip = newNetwork();
		const stamp = stampOf(await get(ip));
		expect((await post(ip, { name: 'Bot', email: 'bot@voorbeeld.test', consent: 'on', stamp, website: 'http://spam.example' })).html).toContain(thanks);
		expect((await post(ip, { name: 'Bot', email: 'bot2@voorbeeld.test', consent: 'on', stamp, website: '' })).html).toContain(thanks);
	});

	it(`after ${attempts * 10} sends from one network the next waits`, async () => {
		const ip = newNetwork();
		const wait = upTo(m.signup_too_many({ minutes: hole }, nl));
		for (let i = 0; i < attempts * 10; i++) expect((await post(ip, { name: `Snel ${i}`, consent: 'on', email: `snel${i}@voorbeeld.test` })).html).not.toContain(wait);
		expect((await post(ip, { name: 'Nog een', consent: 'on', email: 'nogeen@voorbeeld.test' })).html).toContain(wait);
	});

	it('a double submit is thanked twice and stored once', async () => {
		const ip = newNetwork();
		const stamp = stampOf(await get(ip));
		await new Promise((resolve) => setTimeout(resolve, 3100));
		const fields = { name: 'Ria Tweemaal', email: 'ria@voorbeeld.test', consent: 'on', stamp, website: '' };
		const [first, second] = await Promise.all([post(ip, fields), post(ip, { ...fields, email: 'RIA@voorbeeld.test' })]);
		expect(first.html).toContain(thanks);
		expect(second.html).toContain(thanks);
		await app.halt();
		const stored = await app.read((db) => db.select().from(signup).where(eq(signup.seriesId, app.seeded.seriesId)));
		expect(stored.map((s) => s.name)).toEqual(['Ria Tweemaal']);
	});
});
