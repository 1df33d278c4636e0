import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../src/lib/server/accounts';
import { insertMembership } from '../../src/lib/server/db/repositories/members';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	c: SeededOrganisation;
}

const both = { email: 'twee.petten@example.org', name: 'Twee Petten' };

describe.each(databaseKinds)('a member of several organisations on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let member: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			const c = await seedOrganisation(db, 'C');
			// A coordinator in A (joined first) and a stakeholder in B; nothing in C.
			const userId = await createMember(db, { organisationId: a.organisationId, name: both.name, email: both.email, password, role: 'coordinator' });
			await insertMembership(db, b.organisationId, userId, 'stakeholder');
			return { a, b, c };
		});
		member = new Client(app.url);
		await member.signIn(both.email, password);
	});
	afterAll(async () => {
		await app?.stop();
	});

	const switchTo = (organisation: string) => member.post('/organisation/switch', { organisation });

	it('works in the organisation joined first, with a switch to the other in the header', async () => {
		const html = await (await member.get('/series')).text();
		expect(html).toContain(app.seeded.a.seriesId);
		expect(html).not.toContain(app.seeded.b.seriesId);
		expect(html).toContain(inHtml(m.organisation_switch_to({ name: 'Organisatie B' }, nl)));
		expect(html).not.toContain(inHtml(m.organisation_switch_to({ name: 'Organisatie A' }, nl)));
		expect((await member.get('/organisation')).status).toBe(200);
	});

	it('switches, with the role of that organisation, at the next request', async () => {
		const res = await switchTo(app.seeded.b.organisationId);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/series');
		const html = await (await member.get('/series')).text();
		expect(html).toContain(app.seeded.b.seriesId);
		expect(html).not.toContain(app.seeded.a.seriesId);
		expect(html).toContain(inHtml(m.organisation_switch_to({ name: 'Organisatie A' }, nl)));
		expect((await member.get('/organisation')).status).toBe(404);
		expect((await member.get(`/series/${app.seeded.a.seriesId}`)).status).toBe(404);

		expect((await switchTo(app.seeded.a.organisationId)).status).toBe(303);
		expect((await member.get('/organisation')).status).toBe(200);
	});

	it('refuses an organisation the account is not a member of, and a made-up id', async () => {
		expect((await switchTo(app.seeded.c.organisationId)).status).toBe(404);
		expect((await switchTo('00000000-0000-4000-8000-000000000000')).status).toBe(404);
		// A malformed id: the form has no page of its own, so it goes back to the series, unchanged.
		const malformed = await switchTo('geen-id');
		expect(malformed.status).toBe(303);
		expect(malformed.headers.get('location')).toBe('/series');
		expect((await member.get('/organisation')).status).toBe(200);
	});

	it('ignores a cookie that names an organisation of someone else', async () => {
		const forged = member.copy();
		(forged as unknown as { cookies: Map<string, string> }).cookies.set('sd_organisation', app.seeded.c.organisationId);
		const html = await (await forged.get('/series')).text();
		expect(html).toContain(app.seeded.a.seriesId);
		expect(html).not.toContain(app.seeded.c.seriesId);
	});

	it('shows no switch to someone in one organisation', async () => {
		const single = new Client(app.url);
		await single.signIn(app.seeded.a.facilitator.email, password);
		expect(await (await single.get('/series')).text()).not.toContain(inHtml(m.organisation_switch_label({}, nl)));
		expect((await single.post('/organisation/switch', { organisation: app.seeded.b.organisationId })).status).toBe(404);
	});
});
