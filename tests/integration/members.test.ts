import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../src/lib/server/accounts';
import type { Db } from '../../src/lib/server/db';
import { membership, user } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { versionOn } from '../support/forms';
import { inHtml, m, nl } from '../support/messages';
import { until } from '../support/wait';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	/** Membership ids of organisation A by e-mail, and one of B. */
	members: Record<string, string>;
	foreignMember: string;
}

const extra = ['wisselaar', 'vertrekker', 'elders', 'tweede'] as const;
const emailOf = (name: (typeof extra)[number]) => `${name}@example.org`;

async function membershipOf(db: Db, organisationId: string, email: string): Promise<string> {
	const [row] = await db
		.select({ id: membership.id })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(user.email, email)));
	return row!.id;
}

describe.each(databaseKinds)('managing members on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;
	const memberPath = (email: string) => `/organisation/members/${app.seeded.members[email]}`;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			for (const name of extra) {
				await createMember(db, { organisationId: a.organisationId, name: `Lid ${name}`, email: emailOf(name), password, role: 'stakeholder' });
			}
			const members: Record<string, string> = {};
			for (const email of [a.coordinator.email, a.facilitator.email, a.stakeholder.email, ...extra.map(emailOf)]) {
				members[email] = await membershipOf(db, a.organisationId, email);
			}
			return { a, b, members, foreignMember: await membershipOf(db, b.organisationId, b.facilitator.email) };
		});
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	const setRole = async (email: string, role: string, version?: string) =>
		coordinator.post(`${memberPath(email)}?/role`, { role, version: version ?? (await versionOn(coordinator, memberPath(email))) });

	it('lists every member with a link to change them', async () => {
		const html = await (await coordinator.get('/organisation')).text();
		for (const id of Object.values(app.seeded.members)) expect(html).toContain(`organisation/members/${id}"`);
	});

	it('gives the new role to the member at their very next request', async () => {
		const member = new Client(app.url);
		await member.signIn(emailOf('wisselaar'), password);
		expect((await member.get('/organisation')).status).toBe(404);

		const saved = await setRole(emailOf('wisselaar'), 'coordinator');
		expect(saved.status).toBe(303);
		expect(saved.headers.get('location')).toBe('/organisation?member=changed');
		expect(await (await coordinator.get('/organisation?member=changed')).text()).toContain(inHtml(m.members_changed({}, nl)));
		expect((await member.get('/organisation')).status).toBe(200);

		expect((await setRole(emailOf('wisselaar'), 'stakeholder')).status).toBe(303);
		expect((await member.get('/organisation')).status).toBe(404);
	});

	it.runIf(kind === 'postgres')('gives the new role on another instance without waiting for its cache', async () => {
		const other = await app.another();
		const member = new Client(app.url);
		await member.signIn(emailOf('tweede'), password);
		const elsewhere = member.copy(other.url);
		// The other instance now has this member cached as a stakeholder.
		expect((await elsewhere.get('/organisation')).status).toBe(404);
		expect((await elsewhere.get('/organisation')).status).toBe(404);

		expect((await setRole(emailOf('tweede'), 'coordinator')).status).toBe(303);
		const changedAt = Date.now();
		await until(async () => (await elsewhere.get('/organisation')).status === 200, 8_000, 'the new role on the other instance');
		// The identity cache keeps an entry for 10 s; the notification makes it forget far sooner.
		expect(Date.now() - changedAt).toBeLessThan(3_000);

		const removed = await coordinator.post(`${memberPath(emailOf('tweede'))}?/remove`, { confirm: 'on' });
		expect(removed.status).toBe(303);
		const removedAt = Date.now();
		await until(async () => (await elsewhere.get('/series')).status === 303, 8_000, 'the removal on the other instance');
		expect(Date.now() - removedAt).toBeLessThan(3_000);
	});

	it('refuses a role saved over an older version, and names what changed', async () => {
		const path = memberPath(emailOf('elders'));
		const version = await versionOn(coordinator, path);
		expect((await setRole(emailOf('elders'), 'facilitator', version)).status).toBe(303);
		const stale = await setRole(emailOf('elders'), 'coordinator', version);
		expect(stale.status).toBe(409);
		const html = await stale.text();
		expect(html).toContain(inHtml(m.edit_stale_title({}, nl)));
		expect(html).toContain(inHtml(m.organisation_col_role({}, nl)));
		// The same change twice (a double click) is no conflict.
		expect((await setRole(emailOf('elders'), 'facilitator', version)).status).toBe(303);
	});

	it('asks for a tick before removing, then ends the member everywhere at once', async () => {
		const member = new Client(app.url);
		await member.signIn(emailOf('vertrekker'), password);
		expect((await member.get('/series')).status).toBe(200);
		const path = `${memberPath(emailOf('vertrekker'))}?/remove`;

		const unticked = await coordinator.post(path, {});
		expect(unticked.status).toBe(400);
		expect(await unticked.text()).toContain(inHtml(m.members_remove_confirm_missing({}, nl)));
		expect((await member.get('/series')).status).toBe(200);

		const removed = await coordinator.post(path, { confirm: 'on' });
		expect(removed.status).toBe(303);
		expect(removed.headers.get('location')).toBe('/organisation?member=removed');
		const after = await member.get('/series');
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
		expect((await coordinator.get(memberPath(emailOf('vertrekker')))).status).toBe(404);
		// Signing in again works (the account stays), but gives no access to the organisation.
		const again = new Client(app.url);
		await again.signIn(emailOf('vertrekker'), password);
		expect((await again.get('/series')).status).toBe(303);
	});

	it('never leaves the organisation without a coordinator', async () => {
		const self = memberPath(app.seeded.a.coordinator.email);
		const demote = await setRole(app.seeded.a.coordinator.email, 'facilitator');
		expect(demote.status).toBe(400);
		const html = await demote.text();
		expect(html).toContain(inHtml(m.members_last_coordinator({}, nl)));
		expect(html).toContain('value="facilitator" checked');
		const remove = await coordinator.post(`${self}?/remove`, { confirm: 'on' });
		expect(remove.status).toBe(400);
		expect(await remove.text()).toContain(inHtml(m.members_last_coordinator({}, nl)));
		expect((await coordinator.get('/organisation')).status).toBe(200);
	});

	it('lets only coordinators change members', async () => {
		const target = memberPath(app.seeded.a.stakeholder.email);
		for (const email of [app.seeded.a.facilitator.email, app.seeded.a.stakeholder.email]) {
			const client = new Client(app.url);
			await client.signIn(email, password);
			expect((await client.get(target)).status, email).toBe(404);
			expect((await client.post(`${target}?/role`, { role: 'coordinator', version: '1' })).status, email).toBe(404);
			expect((await client.post(`${target}?/remove`, { confirm: 'on' })).status, email).toBe(404);
		}
		expect((await coordinator.get(target)).status).toBe(200);
	});

	it("answers another organisation's member with 404 and changes nothing", async () => {
		const foreign = `/organisation/members/${app.seeded.foreignMember}`;
		expect((await coordinator.get(foreign)).status).toBe(404);
		expect((await coordinator.post(`${foreign}?/role`, { role: 'stakeholder', version: '1' })).status).toBe(404);
		expect((await coordinator.post(`${foreign}?/remove`, { confirm: 'on' })).status).toBe(404);
		const theirs = new Client(app.url);
		await theirs.signIn(app.seeded.b.facilitator.email, password);
		expect((await theirs.get('/series')).status).toBe(200);
	});
});
