import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { invitation } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

/**
 * Every public form that checks a secret (a password, a link, a code) is limited by the one limiter
 * of sign-in (`auth/loginLimit.ts`): per e-mail address `LOGIN_ATTEMPTS`, per network ten times as
 * many. Each case here makes exactly that many tries and expects the next to get the message that
 * says how long to wait. The app takes the client's address from X-Forwarded-For, so each case
 * comes from a network of its own and the cases do not share a counter.
 */

const attempts = 2;
const perNetwork = attempts * 10;
const invitationToken = 'een-uitnodiging-die-echt-bestaat-0123456789';

interface Seeded extends SeededOrganisation {
	invitedEmail: string;
}

async function seed(db: Db): Promise<Seeded> {
	const a = await seedOrganisation(db, 'R');
	const invitedEmail = 'uitgenodigd.r@example.org';
	await db.insert(invitation).values({
		organisationId: a.organisationId,
		email: invitedEmail,
		name: 'Uitgenodigd R',
		role: 'facilitator',
		tokenHash: createHash('sha256').update(invitationToken).digest('hex'),
		expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000)
	});
	return { ...a, invitedEmail };
}

let network = 0;
/** A network of its own for each case, named in X-Forwarded-For (the app trusts it in this test). */
const newNetwork = () => `10.0.${Math.floor(++network / 250)}.${(network % 250) + 1}`;

describe.each(databaseKinds)('rate limits on the public forms on %s', (kind) => {
	let app: RunningApp<Seeded>;

	beforeAll(async () => {
		app = await startApp(kind, seed, { LOGIN_ATTEMPTS: String(attempts), ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
	});
	afterAll(() => app?.stop());

	const get = async (path: string, ip: string) => (await fetch(app.url + path, { redirect: 'manual', headers: { 'x-forwarded-for': ip, accept: 'text/html' } })).text();
	const post = async (path: string, ip: string, fields: Record<string, string>) =>
		(
			await fetch(app.url + path, {
				method: 'POST',
				redirect: 'manual',
				body: new URLSearchParams(fields),
				headers: { 'x-forwarded-for': ip, origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
			})
		).text();

	/** `limit` tries that do not get `wait`, then one that does. */
	async function expectLimit(limit: number, wait: string, attempt: (i: number) => Promise<string>) {
		for (let i = 0; i < limit; i++) expect(await attempt(i), `try ${i + 1} of ${limit}`).not.toContain(wait);
		expect(await attempt(limit), `try ${limit + 1}`).toContain(wait);
	}

	const loginWait = upTo(m.login_too_many({ minutes: hole }, nl));

	it(`/login: after ${attempts} wrong passwords for one address the next try waits, even with the right one`, async () => {
		const ip = newNetwork();
		const email = app.seeded.stakeholder.email;
		await expectLimit(attempts, loginWait, () => post('/login', ip, { email, password: 'niet-het-wachtwoord' }));
		expect(await post('/login', newNetwork(), { email, password })).toContain(loginWait);
	});

	it(`/login: after ${perNetwork} tries from one network the next waits, whatever the address`, async () => {
		const ip = newNetwork();
		await expectLimit(perNetwork, loginWait, (i) => post('/login', ip, { email: `iemand-${i}@example.org`, password: 'niet-het-wachtwoord' }));
	});

	it(`/invite/[token]: after ${attempts} new-account tries for the invited address the next waits`, async () => {
		const ip = newNetwork();
		const ready = upTo(m.invite_account_ready({ email: hole, organisation: hole }, nl));
		await expectLimit(attempts, loginWait, async (i) => {
			const html = await post(`/invite/${invitationToken}?/create`, ip, { name: 'Raden', password: `gok-nummer-${i}-wachtwoord` });
			if (i < attempts) expect(html).toContain(ready);
			return html;
		});
	});

	it(`/invite/[token]: after ${perNetwork} wrong invitation links from one network the next waits, and so does a right one`, async () => {
		const ip = newNetwork();
		const wait = upTo(m.invite_too_many({ minutes: hole }, nl));
		expect(await get(`/invite/${invitationToken}`, ip)).toContain(inHtml(m.invite_create_submit({}, nl)));
		await expectLimit(perNetwork, wait, (i) => get(`/invite/geraden-uitnodiging-nummer-${i}-abcdefgh`, ip));
		expect(await get(`/invite/${invitationToken}`, ip)).toContain(wait);
		expect(await get(`/invite/${invitationToken}`, newNetwork())).not.toContain(wait);
	});

	it(`/p/[token]: after ${perNetwork} wrong personal links from one network the next waits`, async () => {
		const ip = newNetwork();
		await expectLimit(perNetwork, upTo(m.participant_problem_too_many({ minutes: hole }, nl)), (i) => get(`/p/${`geraden-link-nummer-${i}-`.padEnd(43, 'x')}`, ip));
	});

	for (const path of ['/doe-mee', '/scherm']) {
		it(`${path}: after ${perNetwork} wrong join codes from one network the next waits`, async () => {
			const ip = newNetwork();
			await expectLimit(perNetwork, upTo(m.join_too_many({ minutes: hole }, nl)), () => post(path, ip, { code: 'ABCD-EFGH' }));
		});
	}
});
