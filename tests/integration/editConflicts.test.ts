import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../e2e/support/browser';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';

const nl = messages('nl');

type Fields = Record<string, string | string[]>;
type Edit = 'first' | 'second';

/**
 * One edit form: two people open it, the first saves one change, the second another. The second
 * must be refused, naming what the first changed, with the second's typing kept and nothing of it saved.
 */
interface EditForm {
	name: string;
	path: (a: SeededOrganisation) => string;
	/** The whole form as the browser would post it from the loaded page, with one person's change. */
	post: (page: string, a: SeededOrganisation, edit: Edit) => Fields;
	/** How the notice names what the first person changed. */
	changed: string;
	/** Shows on the form after the first save. */
	firstSaved: (page: string, a: SeededOrganisation) => boolean;
	/** What only the second person typed: back in the refused form, never on the form afterwards. */
	secondTyped: (page: string, a: SeededOrganisation) => boolean;
	/** The answer to a save that went through: 200, or 303 for a form that goes back to its list. */
	savedStatus?: number;
}

const versionOf = (page: string) => /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '';
/** The option chosen in a person's role picker. */
function selectedRole(page: string, personId: string): string | null {
	const start = page.indexOf(`name="role:${personId}"`);
	if (start < 0) return null;
	return /<option value="(\w+)"[^>]*selected/.exec(page.slice(start, page.indexOf('</select>', start)))?.[1] ?? null;
}

const meetingIdsOf = (page: string) => [...page.matchAll(/name="meeting" value="([^"]+)"/g)].map((m) => m[1]!);

/** Whether the checklist shows the participant as present. */
const ticked = (page: string, personId: string) => /\bchecked\b/.test(new RegExp(`<input[^>]*id="present-${personId}"[^>]*>`).exec(page)?.[0] ?? '');

const forms: EditForm[] = [
	{
		name: "the organisation's name and colour",
		path: () => '/organisation?/settings',
		post: (page, _, edit) => ({ version: versionOf(page), organisationName: edit === 'first' ? 'Stichting Eerste' : 'Stichting Tweede', themeColour: '#1d4ed8' }),
		changed: nl.organisation_name!,
		firstSaved: (page) => /value="Stichting Eerste"/.test(page),
		secondTyped: (page) => /value="Stichting Tweede"/.test(page),
		savedStatus: 303
	},
	{
		name: 'a region',
		path: (a) => `/regions/${a.regionId}`,
		post: (page, _, edit) => ({ version: versionOf(page), name: edit === 'first' ? 'Wijk Eerste' : 'Wijk Tweede', kind: 'neighbourhood' }),
		changed: nl.region_name!,
		firstSaved: (page) => /value="Wijk Eerste"/.test(page),
		secondTyped: (page) => /value="Wijk Tweede"/.test(page),
		savedStatus: 303
	},
	{
		name: 'a person',
		path: (a) => `/people/${a.personId}`,
		post: (page, _, edit) => ({
			version: versionOf(page),
			name: edit === 'first' ? 'Ans Eerste' : 'Bewoner A',
			background: 'resident',
			affiliation: '',
			workField: '',
			livedExperience: 'on',
			email: '',
			phone: edit === 'second' ? '0612345678' : ''
		}),
		changed: nl.people_name!,
		firstSaved: (page) => /value="Ans Eerste"/.test(page),
		secondTyped: (page) => /value="0612345678"/.test(page)
	},
	{
		name: "a series' settings",
		path: (a) => `/series/${a.seriesId}/settings`,
		post: (page, a, edit) => ({
			version: versionOf(page),
			name: edit === 'first' ? 'Reeks Eerste' : 'Reeks A',
			mode: 'onLocation',
			regionId: a.regionId,
			partnerOrganisations: edit === 'second' ? 'Partner Tweede' : ''
		}),
		changed: nl.series_name!,
		firstSaved: (page) => /value="Reeks Eerste"/.test(page),
		secondTyped: (page) => /Partner Tweede/.test(page)
	},
	{
		name: "a series' participants",
		path: (a) => `/series/${a.seriesId}/people`,
		post: (page, a, edit) => ({
			version: versionOf(page),
			// Bewoner A stays a participant whichever edit wins: the attendance case below needs them.
			[`role:${a.personId}`]: 'participant',
			[`role:${a.facilitatorPersonId}`]: edit === 'first' ? 'none' : 'participant'
		}),
		changed: 'Begeleider A',
		firstSaved: (page, a) => selectedRole(page, a.facilitatorPersonId) === 'none',
		secondTyped: (page, a) => selectedRole(page, a.facilitatorPersonId) === 'participant'
	},
	{
		name: 'a schedule',
		path: (a) => `/series/${a.seriesId}/schedule`,
		post: (page, _, edit) => {
			const ids = meetingIdsOf(page);
			const fields: Fields = { version: versionOf(page), meeting: ids };
			ids.forEach((id, index) => {
				const number = index + 1;
				fields[`date:${id}`] = `2031-0${number + 1}-1${number}`;
				fields[`startTime:${id}`] = edit === 'first' && number === 2 ? '13:30' : '10:00';
				fields[`durationMinutes:${id}`] = '120';
				fields[`location:${id}`] = edit === 'second' && number === 3 ? 'Bibliotheek Tweede' : 'Buurthuis';
			});
			return fields;
		},
		changed: nl.series_meeting_number!.replace('{number}', '2'),
		firstSaved: (page) => /value="13:30"/.test(page),
		secondTyped: (page) => /value="Bibliotheek Tweede"/.test(page)
	},
	{
		// Two facilitators at one meeting: the first marks the resident absent, the second, whose
		// page still showed them present, saves the checklist as it was.
		name: "a meeting's attendance",
		path: (a) => `/series/${a.seriesId}/meetings/${a.meetingId}?/attendance`,
		post: (page, a, edit) => ({
			version: versionOf(page),
			person: [a.personId],
			present: edit === 'first' ? [] : [a.personId],
			size: 'pairsOrThrees'
		}),
		changed: 'Bewoner A',
		firstSaved: (page, a) => !ticked(page, a.personId),
		secondTyped: (page, a) => ticked(page, a.personId)
	}
];

/** The text of the notice about a refused save, or null when the page has none. */
function staleNotice(page: string): string | null {
	const start = page.indexOf('sd-stale-notice');
	if (start < 0) return null;
	return page.slice(start, page.indexOf('</ul>', start));
}

describe.each(databaseKinds)('two people editing the same thing on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let first: Client;
	let second: Client;

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'));
		first = new Client(app.url);
		second = new Client(app.url);
		await first.signIn(app.seeded.coordinator.email, password);
		await second.signIn(app.seeded.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it.each(forms)('refuses the later save of $name, says what changed and keeps what was typed', async (form) => {
		const path = form.path(app.seeded);
		const [pageOfFirst, pageOfSecond] = [await (await first.get(path)).text(), await (await second.get(path)).text()];
		expect(versionOf(pageOfFirst)).not.toBe('');

		expect((await first.post(path, form.post(pageOfFirst, app.seeded, 'first'))).status).toBe(form.savedStatus ?? 200);
		const refused = await second.post(path, form.post(pageOfSecond, app.seeded, 'second'));
		expect(refused.status).toBe(409);
		const page = await refused.text();
		expect(page).toContain(nl.edit_stale_title);
		expect(staleNotice(page)).toContain(form.changed);
		expect(form.secondTyped(page, app.seeded)).toBe(true);

		const after = await (await first.get(path)).text();
		expect(form.firstSaved(after, app.seeded)).toBe(true);
		expect(form.secondTyped(after, app.seeded)).toBe(false);

		// Having read the notice, the second person can still choose their version: the refused
		// page carries the new version, so saving it again goes through.
		const again = await second.post(path, form.post(page, app.seeded, 'second'));
		expect(again.status).toBe(form.savedStatus ?? 200);
		expect(form.secondTyped(await (await first.get(path)).text(), app.seeded)).toBe(true);
	});

	it.each(forms)('saves only one version of $name when twenty saves arrive at once, the others told it is stale', async (form) => {
		const path = form.path(app.seeded);
		const page = await (await first.get(path)).text();
		const edits: Edit[] = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'first' : 'second'));
		const results = await Promise.all(
			edits.map(async (edit, i) => ({ edit, status: (await (i % 2 ? first : second).post(path, form.post(page, app.seeded, edit))).status }))
		);
		const saved = form.savedStatus ?? 200;
		expect(results.filter((r) => r.status !== saved && r.status !== 409)).toEqual([]);
		// Saves identical to the one that won lose nothing, so they count as saved too.
		const winners = [...new Set(results.filter((r) => r.status === saved).map((r) => r.edit))];
		expect(winners).toHaveLength(1);
		const after = await (await first.get(path)).text();
		expect(winners[0] === 'first' ? form.firstSaved(after, app.seeded) : form.secondTyped(after, app.seeded)).toBe(true);
	});

	it.each(forms)('says saved to both posts of a double click on $name', async (form) => {
		const path = form.path(app.seeded);
		const fields = form.post(await (await first.get(path)).text(), app.seeded, 'second');
		const statuses = await Promise.all([first.post(path, fields), first.post(path, fields)].map(async (res) => (await res).status));
		expect(statuses).toEqual([form.savedStatus ?? 200, form.savedStatus ?? 200]);
	});

	it('refuses a save without a version, saving nothing', async () => {
		const path = `/people/${app.seeded.personId}`;
		const fields = forms[0]!.post(await (await first.get(path)).text(), app.seeded, 'first');
		delete fields.version;
		const res = await first.post(path, { ...fields, name: 'Zonder versie' });
		expect(res.status).toBe(400);
		expect(await res.text()).toContain(nl.edit_version_missing);
		expect(await (await first.get(path)).text()).not.toContain('Zonder versie');
	});
});
