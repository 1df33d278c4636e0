import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../support/factories';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	group: SeededGroupingPeople;
}

/** The groups as the meeting page lists them, as sets of names; the checklist above them is skipped. */
function groupsOnPage(html: string, names: string[]): string[][] {
	const section = html.slice(html.indexOf('id="groups-heading"'));
	return section
		.split('id="group-')
		.slice(1)
		.map((chunk) => {
			const list = chunk.slice(0, chunk.indexOf('</ul>'));
			return names.filter((name) => list.includes(`${name}<`) || list.includes(`${name} `));
		});
}

function scoreOnPage(html: string): { pairs: number; bound: number } {
	const match = /(\d+) tweetallen hebben elkaar nu gesproken. Meer dan (\d+) kan niet./.exec(html);
	if (!match) throw new Error('no score on the page');
	return { pairs: Number(match[1]), bound: Number(match[2]) };
}

const pairsOf = (groups: string[][]) =>
	new Set(groups.flatMap((group) => group.flatMap((x) => group.filter((y) => x < y).map((y) => `${x}|${y}`))));

describe.each(databaseKinds)('grouping in the app on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let facilitator: Client;
	let names: string[];
	let ids: Record<string, string>;
	const path = (meeting = 0) => `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.group.meetingIds[meeting]}`;
	const everyone = () => Object.values(ids);
	/** The checklist as the page of meeting `meeting` sends it, with the version it carries now. */
	const attendance = async (meeting: number, absent: string[] = []) => ({
		person: everyone(),
		present: everyone().filter((id) => !absent.includes(id)),
		version: await versionOn(facilitator, path(meeting))
	});

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			return { a, b, group: await seedGroupingPeople(db, a) };
		});
		ids = app.seeded.group.people;
		names = Object.keys(ids);
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
	});
	afterAll(() => app?.stop());

	it('links each meeting from the series page and shows the checklist', async () => {
		const series = await (await facilitator.get(`/series/${app.seeded.a.seriesId}`)).text();
		expect(series).toContain(`href="${path(0)}"`);
		const res = await facilitator.get(path(0));
		expect(res.status).toBe(200);
		const html = await res.text();
		for (const id of everyone()) expect(html).toContain(`id="present-${id}"`);
		expect(html).toContain('Er zijn nog geen groepjes');
	});

	let first: string[][];

	it('makes groups of the people present only, in the chosen sizes', async () => {
		const absent = ids['Bram Bakker']!;
		const res = await facilitator.post(`${path(0)}?/make`, { ...(await attendance(0, [absent])), size: 'pairsOrThrees' });
		expect(res.status).toBe(200);
		const html = await res.text();
		first = groupsOnPage(html, names);
		expect(first.map((g) => g.length)).toEqual([3, 3, 3]);
		expect(first.flat().sort()).toEqual(names.filter((n) => n !== 'Bram Bakker').sort());
		expect(html).toContain('Elk groepje heeft een ervaringsdeskundige.');
		expect(scoreOnPage(html).pairs).toBe(9);
		const again = await (await facilitator.get(path(0))).text();
		expect(again).toMatch(new RegExp(`id="present-${absent}"(?![^>]*checked)`));
	});

	it('swaps two people between groups and scores the result again', async () => {
		const [x, y] = [first[0]![0]!, first[1]![0]!];
		const res = await facilitator.post(`${path(0)}?/swap`, { first: ids[x]!, second: ids[y]! });
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain(`${x} en ${y} hebben van groepje geruild.`);
		const swapped = groupsOnPage(html, names);
		expect(swapped[0]).toContain(y);
		expect(swapped[1]).toContain(x);
		expect(swapped.map((g) => g.length)).toEqual([3, 3, 3]);
		expect(scoreOnPage(html).pairs).toBe(pairsOf(swapped).size);
		first = swapped;
	});

	it('refuses swaps that make no sense, with a message', async () => {
		const cases: Record<string, string>[] = [
			{ first: ids[first[0]![0]!]!, second: ids[first[0]![1]!]! },
			{ first: ids[first[0]![0]!]!, second: ids[first[0]![0]!]! },
			{ first: ids[first[0]![0]!]!, second: app.seeded.b.personId },
			{ first: 'abc', second: '<script>' },
			{}
		];
		for (const fields of cases) {
			const res = await facilitator.post(`${path(0)}?/swap`, fields);
			expect(res.status, JSON.stringify(fields)).toBe(400);
			expect(await res.text()).toMatch(/Kies (twee|iemand)|Deze twee/);
		}
	});

	it('locks groups, which then count as met for the next meeting', async () => {
		expect((await facilitator.post(`${path(0)}?/lock`, {})).status).toBe(200);
		const locked = await facilitator.post(`${path(0)}?/swap`, { first: ids[first[0]![0]!]!, second: ids[first[1]![0]!]! });
		expect(locked.status).toBe(400);
		expect(await locked.text()).toContain('staan vast');
		expect((await facilitator.post(`${path(0)}?/make`, { ...(await attendance(0)), size: 'pairs' })).status).toBe(400);

		const res = await facilitator.post(`${path(1)}?/make`, { ...(await attendance(1)), size: 'pairsOrThrees' });
		expect(res.status).toBe(200);
		const html = await res.text();
		const second = groupsOnPage(html, names);
		expect(second.flat().sort()).toEqual([...names].sort());
		const metBefore = pairsOf(first);
		const fresh = [...pairsOf(second)].filter((pair) => !metBefore.has(pair)).length;
		const { pairs, bound } = scoreOnPage(html);
		expect(pairs).toBe(metBefore.size + fresh);
		expect(pairs).toBeLessThanOrEqual(bound);
		expect(fresh).toBe(pairsOf(second).size);
	});

	it('plans all coming meetings at once, leaving locked ones alone', async () => {
		const before = groupsOnPage(await (await facilitator.get(path(0))).text(), names);
		const res = await facilitator.post(`${path(1)}?/makeRemaining`, { ...(await attendance(1)), size: 'threeToFive' });
		expect(res.status).toBe(200);
		expect(await res.text()).toMatch(/Groepjes gemaakt voor 3 bijeenkomsten/);
		expect(groupsOnPage(await (await facilitator.get(path(0))).text(), names)).toEqual(before);
		const last = groupsOnPage(await (await facilitator.get(path(3))).text(), names);
		expect(last.map((g) => g.length)).toEqual([5, 5]);
	});

	it('can undo a lock', async () => {
		expect((await facilitator.post(`${path(0)}?/unlock`, {})).status).toBe(200);
		expect(await (await facilitator.get(path(0))).text()).not.toContain('staan vast sinds');
		expect((await facilitator.post(`${path(0)}?/lock`, {})).status).toBe(200);
	});

	it('shows the groups full-screen without the app header', async () => {
		const res = await facilitator.get(`${path(0)}/screen`);
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('<html lang="nl"');
		expect(html).toMatch(/<h1[^>]*>Groepjes van bijeenkomst 1<\/h1>/);
		expect(html).toContain('Groepje 3');
		expect(html).not.toContain('Hoofdmenu');
		expect(html).not.toContain('Uitloggen');
	});

	it('refuses people who are not participants of this series, and junk, without a crash', async () => {
		const foreign = app.seeded.b.personId;
		const all = ['make', 'makeRemaining', 'attendance'];
		const version = await versionOn(facilitator, path(2));
		const posts: [Record<string, string | string[]>, string[]][] = [
			[{ person: [...everyone(), foreign], present: [foreign], size: 'pairs', version }, all],
			[{ person: everyone().slice(1), present: everyone().slice(0, 1), size: 'pairs', version }, all],
			[{ person: ['not-an-id'], size: 'pairs', version }, all],
			[{ person: everyone(), present: everyone(), size: 'everyone', version }, ['make', 'makeRemaining']],
			[{ version }, ['make', 'makeRemaining']]
		];
		for (const [fields, actions] of posts) {
			for (const action of actions) {
				const res = await facilitator.post(`${path(2)}?/${action}`, fields);
				expect(res.status, `${action} ${JSON.stringify(fields)}`).toBe(400);
			}
		}
		const html = await (await facilitator.get(path(2))).text();
		expect(html).not.toContain('Bewoner B');
	});

	it('refuses to lock a meeting without groups', async () => {
		const client = new Client(app.url);
		await client.signIn(app.seeded.b.coordinator.email, password);
		const res = await client.post(`/series/${app.seeded.b.seriesId}/meetings/${app.seeded.b.meetingId}?/lock`, {});
		expect(res.status).toBe(400);
		expect(await res.text()).toContain('Maak eerst groepjes');
	});

	it('answers 404 to stakeholders, other organisations and meetings of another series', async () => {
		const { a, b } = app.seeded;
		const stakeholder = new Client(app.url);
		await stakeholder.signIn(a.stakeholder.email, password);
		const other = new Client(app.url);
		await other.signIn(b.coordinator.email, password);
		for (const client of [stakeholder, other]) {
			expect((await client.get(path(0))).status).toBe(404);
			expect((await client.get(`${path(0)}/screen`)).status).toBe(404);
			expect((await client.post(`${path(1)}?/make`, { ...(await attendance(1)), size: 'pairs' })).status).toBe(404);
			expect((await client.post(`${path(0)}?/unlock`, {})).status).toBe(404);
		}
		expect((await facilitator.get(`/series/${a.otherSeriesId}/meetings/${a.meetingId}`)).status).toBe(404);
		expect((await facilitator.get(`/series/${a.seriesId}/meetings/${b.meetingId}`)).status).toBe(404);
		expect((await facilitator.get(`/series/${a.seriesId}/meetings/not-a-uuid`)).status).toBe(404);
		expect(await (await facilitator.get(path(0))).text()).toContain('staan vast sinds');
	});
});
