import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../e2e/support/browser';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';

const nl = messages('nl');
const unknownId = '00000000-0000-4000-8000-000000000000';

type Fields = Record<string, string | string[]>;

const versionOf = (page: string) => /name="version" value="([^"]+)"/.exec(page)?.[1] ?? '';
const meetingIdsOf = (page: string) => [...page.matchAll(/name="meeting" value="([^"]+)"/g)].map((m) => m[1]!);

/** The `<input>` or `<select>` tag (with its options) that carries `marker`. */
function control(page: string, marker: string): string {
	const at = page.indexOf(marker);
	if (at < 0) return '';
	const start = page.lastIndexOf('<', at);
	return page.slice(start, page.indexOf(page.startsWith('<select', start) ? '</select>' : '>', at));
}

/** The whole schedule as the page posts it, every meeting as seeded, with a new place for the first. */
function schedule(page: string): Fields {
	const ids = meetingIdsOf(page);
	const fields: Fields = { version: versionOf(page), meeting: ids };
	ids.forEach((id, index) => {
		const number = index + 1;
		Object.assign(fields, {
			[`date:${id}`]: `2031-0${number + 1}-1${number}`,
			[`startTime:${id}`]: '10:00',
			[`durationMinutes:${id}`]: '120',
			[`location:${id}`]: number === 1 ? 'Getamperd adres' : 'Buurthuis'
		});
	});
	return fields;
}

/** The group as the page posts it, with the facilitator taken off: a change that must not be saved. */
const group = (page: string, a: SeededOrganisation): Fields => ({
	version: versionOf(page),
	[`role:${a.personId}`]: 'participant',
	[`role:${a.facilitatorPersonId}`]: 'none'
});

/** The checklist with the resident ticked off as absent: a change that must not be saved. */
const attendance = (page: string, a: SeededOrganisation): Fields => ({ version: versionOf(page), person: [a.personId], size: 'pairsOrThrees' });

interface Tampered {
	name: string;
	path: (a: SeededOrganisation) => string;
	post: (page: string, a: SeededOrganisation) => Fields;
	message: string;
	/** True while the honest part of the post is still unsaved. */
	unchanged: (page: string, a: SeededOrganisation) => boolean;
}

const scheduleUnchanged = (page: string) => !page.includes('Getamperd adres');
const groupUnchanged = (page: string, a: SeededOrganisation) => control(page, `name="role:${a.facilitatorPersonId}"`).includes('value="facilitator" selected');
const presentUnchanged = (page: string, a: SeededOrganisation) => /\bchecked\b/.test(control(page, `id="present-${a.personId}"`));

const cases: Tampered[] = [
	{
		name: 'the schedule with a field of a meeting it does not list',
		path: (a) => `/series/${a.seriesId}/schedule`,
		post: (page) => ({ ...schedule(page), [`date:${unknownId}`]: '2031-05-05' }),
		message: nl.edit_schedule_unknown_field!,
		unchanged: scheduleUnchanged
	},
	{
		name: 'the schedule listing a meeting that is not in the series',
		path: (a) => `/series/${a.seriesId}/schedule`,
		post: (page) => ({
			...schedule(page),
			meeting: [...meetingIdsOf(page), unknownId],
			[`date:${unknownId}`]: '2031-05-05',
			[`startTime:${unknownId}`]: '10:00',
			[`durationMinutes:${unknownId}`]: '120'
		}),
		message: nl.series_schedule_invalid!,
		unchanged: scheduleUnchanged
	},
	{
		name: 'the participants with a role that does not exist',
		path: (a) => `/series/${a.seriesId}/people`,
		post: (page, a) => ({ ...group(page, a), [`role:${a.personId}`]: 'coordinator' }),
		message: nl.edit_people_invalid_choice!,
		unchanged: groupUnchanged
	},
	{
		name: 'the participants with one person chosen twice',
		path: (a) => `/series/${a.seriesId}/people`,
		post: (page, a) => ({ ...group(page, a), [`role:${a.personId}`]: ['none', 'participant'] }),
		message: nl.edit_people_invalid_choice!,
		unchanged: groupUnchanged
	},
	{
		name: 'the participants with a choice for nobody',
		path: (a) => `/series/${a.seriesId}/people`,
		post: (page, a) => ({ ...group(page, a), role: 'participant' }),
		message: nl.edit_people_invalid_choice!,
		unchanged: groupUnchanged
	},
	{
		name: 'the participants with a person who does not exist',
		path: (a) => `/series/${a.seriesId}/people`,
		post: (page, a) => ({ ...group(page, a), [`role:${unknownId}`]: 'participant' }),
		message: nl.series_people_invalid!,
		unchanged: groupUnchanged
	},
	{
		name: 'the attendance with a person who does not exist',
		path: (a) => `/series/${a.seriesId}/meetings/${a.meetingId}?/attendance`,
		post: (page, a) => ({ ...attendance(page, a), person: [a.personId, unknownId], present: [unknownId] }),
		message: nl.grouping_refusal_unknownPerson!,
		unchanged: presentUnchanged
	},
	{
		name: 'the attendance with a field the page never sends',
		path: (a) => `/series/${a.seriesId}/meetings/${a.meetingId}?/attendance`,
		post: (page, a) => ({ ...attendance(page, a), absent: a.personId }),
		message: nl.grouping_invalid!,
		unchanged: presentUnchanged
	}
];

describe.each(databaseKinds)('tampered forms on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let client: Client;

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'A'));
		client = new Client(app.url);
		await client.signIn(app.seeded.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it.each(cases)('refuses $name as a whole and saves nothing', async (tampered) => {
		const a = app.seeded;
		const path = tampered.path(a);
		const formPage = path.replace(/\?.*$/, ''); // the page that shows the form, without its action
		const res = await client.post(path, tampered.post(await (await client.get(formPage)).text(), a));
		expect(res.status).toBe(400);
		expect(await res.text()).toContain(tampered.message);
		expect(tampered.unchanged(await (await client.get(formPage)).text(), a)).toBe(true);
	});
});
