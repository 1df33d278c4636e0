import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetKeys } from '../../src/lib/domain/budget';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
}

const versionOf = (page: string) => /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '';

/** The budget form as a coordinator fills it in: amounts typed the Dutch way. */
const typed: Record<string, string> = {
	...Object.fromEntries(budgetKeys.map((k) => [k, '0'])),
	seriesPerYear: '2',
	meetingsPerSeries: '4',
	participantsPerMeeting: '10',
	professionalCount: '1',
	professionalHoursPerMeeting: '4',
	professionalRate: '55',
	expertCount: '1',
	expertHoursPerMeeting: '4,5',
	expertRate: '33,33',
	roomPerMeeting: '1.300,75'
};

const funder = { name: 'Oranjefonds', kind: 'nationalFund', status: 'idea', amount: '2.500', applicationDeadline: '', reportDue: '', notes: '' };

describe.each(databaseKinds)('budget and funding pages on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;
	let facilitator: Client;
	let stakeholder: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => ({ a: await seedOrganisation(db, 'A'), b: await seedOrganisation(db, 'B') }));
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
		stakeholder = new Client(app.url);
		await stakeholder.signIn(app.seeded.a.stakeholder.email, password);
	});
	afterAll(() => app?.stop());

	const budgetPath = () => `/regions/${app.seeded.a.regionId}/budget`;
	const fundingPath = () => `/regions/${app.seeded.a.regionId}/funding`;

	it('saves a budget typed the Dutch way and shows its sums in Dutch money', async () => {
		const page = await (await coordinator.get(budgetPath())).text();
		const saved = await coordinator.post(`${budgetPath()}?/save`, { ...typed, version: versionOf(page) });
		expect(saved.status).toBe(200);
		const body = await saved.text();
		expect(body).toContain(inHtml(m.budget_saved({}, nl)));
		// 18 hours at € 33,33 is € 599,94; 4 × € 1.300,75 room is € 5.203,00.
		expect(body).toContain('€ 599,94');
		expect(body).toContain('€ 5.203,00');
		// Per series: € 880 + € 599,94 + € 5.203 = € 6.682,94; per year twice that.
		expect(body).toContain('€ 6.682,94');
		expect(body).toContain('€ 13.365,88');
		// The form shows what was saved, in a form that reads back the same.
		const again = await (await coordinator.get(budgetPath())).text();
		expect(again).toContain('value="1300,75"');
		expect(again).toContain('value="4,50"');
	});

	it('calculates without saving when asked to (no script needed), advice on no meetings included', async () => {
		const page = await (await coordinator.get(budgetPath())).text();
		const calculated = await coordinator.post(`${budgetPath()}?/calculate`, { ...typed, meetingsPerSeries: '0', version: versionOf(page) });
		expect(calculated.status).toBe(200);
		const body = await calculated.text();
		expect(body).toContain(inHtml(m.budget_warning_noMeetings({}, nl)));
		expect(body).not.toContain(inHtml(m.budget_saved({}, nl)));
		// Nothing was saved: the page still shows four meetings.
		expect(await (await coordinator.get(budgetPath())).text()).toMatch(/name="meetingsPerSeries"[^>]*value="4"|value="4"[^>]*name="meetingsPerSeries"/);
	});

	it('refuses bad input per field with a message and keeps what was typed, never a 500', async () => {
		const page = await (await coordinator.get(budgetPath())).text();
		const version = versionOf(page);
		const bad = await coordinator.post(`${budgetPath()}?/save`, {
			...typed,
			version,
			roomPerMeeting: 'twaalf',
			cateringPerMeeting: '-5',
			professionalHoursPerMeeting: '25',
			supplies: '1.000.000,01',
			participantsPerMeeting: '4,5'
		});
		expect(bad.status).toBe(400);
		const body = await bad.text();
		expect(body).toContain(inHtml(m.budget_error_letters({}, nl)));
		expect(body).toContain(inHtml(m.budget_error_negative({}, nl)));
		expect(body).toContain(inHtml(m.budget_error_tooMuch_hours({ max: '24' }, nl)));
		expect(body).toContain(inHtml(m.budget_error_tooMuch_money({ max: '€ 1.000.000,00' }, nl)));
		expect(body).toContain(inHtml(m.budget_error_format_count({}, nl)));
		expect(body).toContain('value="twaalf"');

		const none = await coordinator.post(`${budgetPath()}?/save`, { ...typed, version, meetingsPerSeries: '0' });
		expect(none.status).toBe(400);
		expect(await none.text()).toContain(inHtml(m.budget_error_no_meetings({}, nl)));
		const empty = await coordinator.post(`${budgetPath()}?/save`, { version });
		expect(empty.status).toBe(400);
		expect(await empty.text()).toContain(inHtml(m.budget_error_empty({}, nl)));
	});

	it('refuses a stale save with 409', async () => {
		const version = versionOf(await (await coordinator.get(budgetPath())).text());
		expect((await coordinator.post(`${budgetPath()}?/save`, { ...typed, version, supplies: '10' })).status).toBe(200);
		const late = await coordinator.post(`${budgetPath()}?/save`, { ...typed, version, supplies: '20' });
		expect(late.status).toBe(409);
		expect(await late.text()).toContain(inHtml(m.edit_stale_title({}, nl)));
	});

	it('adds, edits and removes a funding source; a funding amount with letters is refused', async () => {
		const letters = await coordinator.post(`${fundingPath()}?/add`, { ...funder, amount: '2500 euro' });
		expect(letters.status).toBe(400);
		expect(await letters.text()).toContain(inHtml(m.budget_error_letters({}, nl)));
		const badDate = await coordinator.post(`${fundingPath()}?/add`, { ...funder, applicationDeadline: '2026-02-30' });
		expect(badDate.status).toBe(400);

		const added = await coordinator.post(`${fundingPath()}?/add`, { ...funder, status: 'granted' });
		expect(added.status).toBe(200);
		const list = await added.text();
		expect(list).toContain('Oranjefonds');
		// Granted € 2.500 against the year's budget: (€ 6.682,94 + € 10 supplies) twice.
		expect(list).toContain('€ 2.500,00');
		expect(list).toContain('€ 10.885,88');

		const sourceId = /\/funding\/([0-9a-f-]{36})"/.exec(list)?.[1];
		expect(sourceId).toBeDefined();
		const editPath = `${fundingPath()}/${sourceId}`;
		const version = versionOf(await (await coordinator.get(editPath)).text());
		const saved = await coordinator.post(`${editPath}?/save`, { ...funder, status: 'granted', amount: '3000', version });
		expect(saved.status).toBe(303);
		const stale = await coordinator.post(`${editPath}?/save`, { ...funder, status: 'refused', version });
		expect(stale.status).toBe(409);
		const fresh = versionOf(await (await coordinator.get(editPath)).text());
		const unticked = await coordinator.post(`${editPath}?/remove`, { version: fresh });
		expect(unticked.status).toBe(400);
		expect(await unticked.text()).toContain(inHtml(m.funding_remove_required({}, nl)));
		expect((await coordinator.post(`${editPath}?/remove`, { version: fresh, confirm: 'on' })).status).toBe(303);
		expect((await coordinator.get(editPath)).status).toBe(404);
	});

	it('lets facilitators read, never change; stakeholders and other organisations see nothing', async () => {
		const read = await facilitator.get(budgetPath());
		expect(read.status).toBe(200);
		const body = await read.text();
		expect(body).toContain(inHtml(m.budget_readonly({}, nl)));
		expect(body).not.toContain('name="version"');
		expect((await facilitator.get(fundingPath())).status).toBe(200);
		expect((await facilitator.post(`${budgetPath()}?/save`, { ...typed, version: '1' })).status).toBe(404);
		expect((await facilitator.post(`${fundingPath()}?/add`, funder)).status).toBe(404);

		expect((await stakeholder.get(budgetPath())).status).toBe(404);
		expect((await stakeholder.get(fundingPath())).status).toBe(404);
		expect((await stakeholder.post(`${budgetPath()}?/calculate`, typed)).status).toBe(404);

		const other = `/regions/${app.seeded.b.regionId}`;
		expect((await coordinator.get(`${other}/budget`)).status).toBe(404);
		expect((await coordinator.get(`${other}/funding`)).status).toBe(404);
		expect((await coordinator.post(`${other}/budget?/save`, { ...typed, version: '1' })).status).toBe(404);
		expect((await coordinator.post(`${other}/funding?/add`, funder)).status).toBe(404);
	});
});
