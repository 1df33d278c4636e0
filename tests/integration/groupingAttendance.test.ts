import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, pattern, upTo } from '../support/messages';

/** The groups the meeting page lists, as lists of names. */
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

function pairsOnPage(html: string): number {
	const match = pattern(m.grouping_score_pairs({ pairs: hole, bound: hole }, nl)).exec(html);
	if (!match) throw new Error('no score on the page');
	return Number(match[1]);
}

const pairsOf = (groups: string[][]) =>
	new Set(groups.flatMap((group) => group.flatMap((x) => group.filter((y) => x < y).map((y) => `${x}|${y}`))));

describe.each(databaseKinds)('attendance against the groups on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; group: SeededGroupingPeople }>;
	let facilitator: Client;
	let ids: Record<string, string>;
	let names: string[];
	const path = (meeting: number) => `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.group.meetingIds[meeting]}`;
	/** The checklist as the page of meeting `meeting` sends it, with the version it carries now. */
	const attendance = async (meeting: number, absent: string[] = []) => ({
		person: Object.values(ids),
		present: Object.entries(ids)
			.filter(([name]) => !absent.includes(name))
			.map(([, id]) => id),
		version: await versionOn(facilitator, path(meeting))
	});

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			return { a, group: await seedGroupingPeople(db, a) };
		});
		ids = app.seeded.group.people;
		names = Object.keys(ids);
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
	});
	afterAll(() => app?.stop());

	it('does not say the groups no longer fit while there are no groups', async () => {
		expect((await facilitator.post(`${path(2)}?/attendance`, await attendance(2, ['Bram Bakker']))).status).toBe(200);
		const html = await (await facilitator.get(path(2))).text();
		expect(html).toContain(inHtml(m.grouping_none_yet({}, nl)));
		expect(html).not.toContain(inHtml(m.grouping_mismatch_title({}, nl)));
		expect(html).not.toContain(upTo(m.grouping_mismatch_ungrouped({ names: hole }, nl)));
	});

	it('warns when someone in locked groups is marked absent, and counts none of their pairs as met', async () => {
		expect((await facilitator.post(`${path(0)}?/make`, { ...(await attendance(0)), size: 'pairsOrThrees' })).status).toBe(200);
		expect((await facilitator.post(`${path(0)}?/lock`, {})).status).toBe(200);
		const locked = groupsOnPage(await (await facilitator.get(path(0))).text(), names);
		expect(locked.flat().sort()).toEqual([...names].sort());

		const absent = 'Anna Aalders';
		expect((await facilitator.post(`${path(0)}?/attendance`, await attendance(0, [absent]))).status).toBe(200);
		const html = await (await facilitator.get(path(0))).text();
		expect(html).toContain(inHtml(m.grouping_locked_absent_title({}, nl)));
		expect(html).toContain(inHtml(m.grouping_locked_absent({ names: absent }, nl)));
		const held = locked.map((group) => group.filter((name) => name !== absent));
		expect(pairsOnPage(html)).toBe(pairsOf(held).size);

		const next = await facilitator.post(`${path(1)}?/make`, { ...(await attendance(1)), size: 'pairsOrThrees' });
		expect(next.status).toBe(200);
		const nextHtml = await next.text();
		const met = new Set([...pairsOf(held), ...pairsOf(groupsOnPage(nextHtml, names))]);
		expect(pairsOnPage(nextHtml)).toBe(met.size);
	});

	it('says nothing once everyone in the locked groups is present again', async () => {
		expect((await facilitator.post(`${path(0)}?/attendance`, await attendance(0))).status).toBe(200);
		expect(await (await facilitator.get(path(0))).text()).not.toContain(inHtml(m.grouping_locked_absent_title({}, nl)));
	});
});
