import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaTemplate } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';

describe.each(databaseKinds)('tenant isolation on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation; templateB: string }>;
	let client: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const [a, b] = [await seedOrganisation(db, 'A'), await seedOrganisation(db, 'B')];
			const [template] = await db.insert(agendaTemplate).values({ organisationId: b.organisationId, basedOn: 'ontmoeting1', name: 'Sjabloon B', parts: [] }).returning();
			return { a, b, templateB: template!.id };
		});
		client = new Client(app.url);
		await client.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	const foreignPages = () => {
		const { a, b, templateB } = app.seeded;
		return [
			`/regions/${b.regionId}`,
			`/templates/${templateB}`,
			`/regions/${b.regionId}/delete`,
			`/people/${b.personId}`,
			`/people/${b.personId}/export`,
			`/people/${b.personId}/export.json`,
			`/people/${b.personId}/erase`,
			`/series/${b.seriesId}`,
			`/series/${b.seriesId}/people`,
			`/series/${b.seriesId}/schedule`,
			`/series/${b.seriesId}/settings`,
			`/series/${b.seriesId}/delete`,
			`/series/${b.seriesId}/calendar.ics`,
			`/series/${b.seriesId}/wishes`,
			`/series/${b.seriesId}/wishes?level=society&theme=-`,
			`/series/${b.seriesId}/meetings/${b.meetingId}`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/screen`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/run`,
			`/series/${a.seriesId}/meetings/${b.meetingId}/run`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/handouts`,
			`/series/${a.seriesId}/meetings/${b.meetingId}/handouts`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/live`,
			`/series/${a.seriesId}/meetings/${b.meetingId}/live`,
			`/series/${a.seriesId}/meetings/${b.meetingId}`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/record`,
			`/series/${a.seriesId}/meetings/${b.meetingId}/record`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/debrief`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/photos/${b.meetingId}`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/agenda`,
			`/series/${a.seriesId}/meetings/${b.meetingId}/agenda`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/agenda?fit=90`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/agenda/print`,
			`/series/${b.seriesId}/meetings/${b.meetingId}/agenda/${b.personId}`,
			`/series/${b.seriesId}/people/${b.personId}/calendar.ics`,
			`/series/${a.seriesId}/people/${b.personId}/calendar.ics`,
			`/series/${b.seriesId}/people/${b.personId}/link`,
			`/series/${a.seriesId}/people/${b.personId}/link`
		];
	};

	it('answers 404 to every page of another organisation, by id', async () => {
		for (const path of foreignPages()) {
			const res = await client.get(path);
			expect(res.status, path).toBe(404);
			expect(await res.text(), path).not.toContain('Organisatie B');
		}
	});

	it('answers 404 to every form post aimed at another organisation, and changes nothing', async () => {
		const { b, templateB } = app.seeded;
		const posts: [string, Record<string, string>][] = [
			[`/templates/${templateB}?/remove`, { confirm: 'on', version: '1' }],
			[`/regions/${b.regionId}`, { name: 'Overgenomen', kind: 'city', version: '1' }],
			[`/people/${b.personId}`, { name: 'Overgenomen', background: 'resident', version: '1' }],
			[`/people/${b.personId}/erase`, { confirm: 'on', version: '1' }],
			[`/regions/${b.regionId}/delete`, { confirm: 'on', version: '1' }],
			[`/series/${b.seriesId}/delete`, { confirm: 'on', version: '1' }],
			[`/series/${b.seriesId}/people`, { [`role:${b.personId}`]: 'none', version: '1' }],
			[`/series/${b.seriesId}/schedule`, { version: '1', meeting: b.meetingId, [`date:${b.meetingId}`]: '2032-01-01', [`startTime:${b.meetingId}`]: '09:00', [`durationMinutes:${b.meetingId}`]: '60' }],
			[`/series/${b.seriesId}/settings`, { name: 'Overgenomen', mode: 'online', version: '1' }],
			[`/series/${b.seriesId}/wishes?/edit`, { id: b.personId, text: 'Overgenomen', level: 'society', theme: '', version: '1' }],
			[`/series/${b.seriesId}/wishes?/remove`, { id: b.personId, confirm: 'on', version: '1' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}?/make`, { size: 'pairsOrThrees', person: b.personId, present: b.personId, version: '1' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}?/lock`, {}],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/run?/openCodes`, {}],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/run?/closeCodes`, {}],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/run?/command`, { command: 'start' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/run?/wish`, { wish: 'Overgenomen', submission: b.meetingId }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/run?/note`, { note: 'Overgenomen', visibility: 'organisation' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/record?/agreement`, { agreement: 'Overgenomen' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/record?/wish`, { wish: 'Overgenomen', submission: b.meetingId }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/record?/note`, { note: 'Overgenomen', visibility: 'organisation' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/debrief`, { wentWell: 'Overgenomen', couldDiffer: '', changeNext: '', version: '1' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/agenda?/up`, { part: b.personId }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/agenda?/fit`, { target: '90', agendaVersion: '1' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/agenda?/add`, { addKind: 'deepDive', addFormat: '', addTitle: 'Overgenomen', addMinutes: '10' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/agenda?/restart`, { source: 'standard', confirm: 'on', agendaVersion: '1' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/agenda?/template`, { templateName: 'Overgenomen' }],
			[`/series/${b.seriesId}/meetings/${b.meetingId}/agenda/${b.personId}?/remove`, { confirm: 'on' }],
			[`/series/${b.seriesId}/people/${b.personId}/link?/issue`, {}],
			[`/series/${b.seriesId}/people/${b.personId}/link?/revoke`, {}]
		];
		for (const [path, fields] of posts) {
			const res = await client.post(path, fields);
			expect(res.status, path).toBe(404);
		}
		const other = new Client(app.url);
		await other.signIn(b.coordinator.email, password);
		const page = await (await other.get(`/series/${b.seriesId}`)).text();
		expect(page).toContain(`Reeks B`);
		expect(page).toContain('Bewoner B');
		expect(page).not.toContain('Overgenomen');
		expect(await (await other.get(`/regions/${b.regionId}`)).text()).toContain('Wijk B');
		expect((await other.get(`/templates/${templateB}`)).status).toBe(200);
	});

	it('refuses ids of another organisation inside its own forms', async () => {
		const { a, b } = app.seeded;
		const addForeign = await client.post(`/series/${a.seriesId}/people`, { [`role:${b.personId}`]: 'participant', version: '1' });
		expect(addForeign.status).toBe(400);
		const moveForeign = await client.post(`/series/${a.seriesId}/schedule`, {
			version: '1',
			meeting: b.meetingId,
			[`date:${b.meetingId}`]: '2032-01-01',
			[`startTime:${b.meetingId}`]: '09:00',
			[`durationMinutes:${b.meetingId}`]: '60'
		});
		expect(moveForeign.status).toBe(400);
		const regionForeign = await client.post(`/series/${a.seriesId}/settings`, { name: 'Reeks A', mode: 'onLocation', regionId: b.regionId, version: '1' });
		expect(regionForeign.status).toBe(400);
		const page = await (await client.get(`/series/${a.seriesId}`)).text();
		expect(page).not.toContain('Bewoner B');
	});

	it('lists only its own organisation', async () => {
		const html = await (await client.get('/series')).text();
		expect(html).toContain('Reeks A');
		expect(html).not.toContain('Reeks B');
		const people = await (await client.get('/people')).text();
		expect(people).not.toContain('Bewoner B');
		expect(await (await client.get('/templates')).text()).not.toContain('Sjabloon B');
	});

	it('shows a facilitator only the series they lead, and a stakeholder no names', async () => {
		const { a } = app.seeded;
		const facilitator = new Client(app.url);
		await facilitator.signIn(a.facilitator.email, password);
		expect((await facilitator.get(`/series/${a.seriesId}`)).status).toBe(200);
		expect((await facilitator.get(`/series/${a.otherSeriesId}`)).status).toBe(404);
		expect((await facilitator.get('/organisation')).status).toBe(404);
		// A person's export and erasure are the coordinators' duty, even for someone the facilitator reaches.
		for (const path of [`/people/${a.personId}/export`, `/people/${a.personId}/export.json`, `/people/${a.personId}/erase`]) {
			expect((await facilitator.get(path)).status, path).toBe(404);
		}
		expect((await facilitator.post(`/people/${a.personId}/erase`, { confirm: 'on', version: '1' })).status).toBe(404);
		// Deleting a series they lead is the coordinators' decision too.
		expect((await facilitator.get(`/series/${a.seriesId}/delete`)).status).toBe(404);
		expect((await facilitator.post(`/series/${a.seriesId}/delete`, { confirm: 'on', version: '1' })).status).toBe(404);

		const stakeholder = new Client(app.url);
		await stakeholder.signIn(a.stakeholder.email, password);
		const page = await stakeholder.get(`/series/${a.seriesId}`);
		expect(page.status).toBe(200);
		expect(await page.text()).not.toContain('Bewoner A');
		expect((await stakeholder.get(`/people/${a.personId}`)).status).toBe(404);
		expect((await stakeholder.get(`/series/${a.seriesId}/people`)).status).toBe(404);
		// Stakeholders see outcomes, never the wishes as they were said.
		expect((await stakeholder.get(`/series/${a.seriesId}/wishes`)).status).toBe(404);
		expect((await stakeholder.get(`/series/${a.seriesId}/people/${a.personId}/calendar.ics`)).status).toBe(404);
	});
});
