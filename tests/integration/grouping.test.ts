import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, pattern, upTo } from '../support/messages';

/**
 * Organisations with ten participants in their led series. Every test makes what it needs itself,
 * so it can run alone; tests that share an organisation use meetings of their own, and only a test
 * with an organisation to itself locks groups, since locked groups count in every later score.
 */
const labels = ['B', 'C', 'F', 'G', 'H', 'K'] as const;
type Label = (typeof labels)[number];
type Seeded = Record<Label, { org: SeededOrganisation; group: SeededGroupingPeople }>;

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
	const match = pattern(m.grouping_score_pairs({ pairs: hole, bound: hole }, nl)).exec(html);
	if (!match) throw new Error('no score on the page');
	return { pairs: Number(match[1]), bound: Number(match[2]) };
}

/** Stands on the meeting page while its groups are locked, whatever the date. */
const lockedNote = upTo(m.grouping_locked_note({ date: hole }, nl));

const pairsOf = (groups: string[][]) =>
	new Set(groups.flatMap((group) => group.flatMap((x) => group.filter((y) => x < y).map((y) => `${x}|${y}`))));

describe.each(databaseKinds)('grouping in the app on %s', (kind) => {
	let app: RunningApp<Seeded>;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const seeded = {} as Seeded;
			for (const label of labels) {
				const org = await seedOrganisation(db, label);
				seeded[label] = { org, group: await seedGroupingPeople(db, org) };
			}
			return seeded;
		});
	});
	afterAll(() => app?.stop());

	/** A test's own organisation, its facilitator signed in, and the ways to reach its meetings. */
	async function own(label: Label) {
		const { org, group } = app.seeded[label];
		const facilitator = new Client(app.url);
		await facilitator.signIn(org.facilitator.email, password);
		const ids = group.people;
		const names = Object.keys(ids);
		const everyone = Object.values(ids);
		const path = (meeting = 0) => `/series/${org.seriesId}/meetings/${group.meetingIds[meeting]}`;
		/** The checklist as the page of meeting `meeting` sends it, with the version it carries now. */
		const attendance = async (meeting: number, absent: string[] = []) => ({
			person: everyone,
			present: everyone.filter((id) => !absent.includes(id)),
			version: await versionOn(facilitator, path(meeting))
		});
		/** Makes the groups of a meeting with everyone present; answers them as the page lists them. */
		const make = async (meeting: number) => {
			const res = await facilitator.post(`${path(meeting)}?/make`, { ...(await attendance(meeting)), size: 'pairsOrThrees' });
			expect(res.status).toBe(200);
			return groupsOnPage(await res.text(), names);
		};
		return { org, facilitator, ids, names, everyone, path, attendance, make };
	}

	it('links each meeting from the series page and shows the checklist', async () => {
		const { org, facilitator, everyone, path } = await own('B');
		const series = await (await facilitator.get(`/series/${org.seriesId}`)).text();
		expect(series).toContain(`href="${path(0)}"`);
		const res = await facilitator.get(path(0));
		expect(res.status).toBe(200);
		const html = await res.text();
		for (const id of everyone) expect(html).toContain(`id="present-${id}"`);
		expect(html).toContain(inHtml(m.grouping_none_yet({}, nl)));
	});

	it('makes groups of the people present only, in the chosen sizes', async () => {
		const { facilitator, ids, names, path, attendance } = await own('C');
		const absent = ids['Bram Bakker']!;
		const res = await facilitator.post(`${path(0)}?/make`, { ...(await attendance(0, [absent])), size: 'pairsOrThrees' });
		expect(res.status).toBe(200);
		const html = await res.text();
		const groups = groupsOnPage(html, names);
		expect(groups.map((g) => g.length)).toEqual([3, 3, 3]);
		expect(groups.flat().sort()).toEqual(names.filter((n) => n !== 'Bram Bakker').sort());
		expect(html).toContain(inHtml(m.grouping_score_experts_all({}, nl)));
		expect(scoreOnPage(html).pairs).toBe(9);
		const again = await (await facilitator.get(path(0))).text();
		expect(again).toMatch(new RegExp(`id="present-${absent}"(?![^>]*checked)`));
	});

	it('swaps two people between groups and scores the result again', async () => {
		const { facilitator, ids, names, path, make } = await own('C');
		const first = await make(1);
		const [x, y] = [first[0]![0]!, first[1]![0]!];
		const res = await facilitator.post(`${path(1)}?/swap`, { first: ids[x]!, second: ids[y]! });
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain(inHtml(m.grouping_swapped({ first: x, second: y }, nl)));
		const swapped = groupsOnPage(html, names);
		expect(swapped[0]).toContain(y);
		expect(swapped[1]).toContain(x);
		expect(swapped.map((g) => g.length)).toEqual(first.map((g) => g.length));
		expect(scoreOnPage(html).pairs).toBe(pairsOf(swapped).size);
	});

	it('refuses swaps that make no sense, with the reason', async () => {
		const { facilitator, ids, path, make } = await own('C');
		const first = await make(2);
		const cases: [Record<string, string>, string][] = [
			[{ first: ids[first[0]![0]!]!, second: ids[first[0]![1]!]! }, m.grouping_refusal_sameGroup({}, nl)],
			[{ first: ids[first[0]![0]!]!, second: ids[first[0]![0]!]! }, m.grouping_refusal_samePerson({}, nl)],
			[{ first: ids[first[0]![0]!]!, second: app.seeded.B.org.personId }, m.grouping_refusal_notGrouped({}, nl)],
			[{ first: 'abc', second: '<script>' }, m.grouping_refusal_notGrouped({}, nl)],
			[{}, m.grouping_refusal_notGrouped({}, nl)]
		];
		for (const [fields, refusal] of cases) {
			const res = await facilitator.post(`${path(2)}?/swap`, fields);
			expect(res.status, JSON.stringify(fields)).toBe(400);
			expect(await res.text(), JSON.stringify(fields)).toContain(inHtml(refusal));
		}
	});

	it('locks groups, which then count as met for the next meeting', async () => {
		const { facilitator, ids, names, path, attendance, make } = await own('F');
		const first = await make(0);
		expect((await facilitator.post(`${path(0)}?/lock`, {})).status).toBe(200);
		const locked = await facilitator.post(`${path(0)}?/swap`, { first: ids[first[0]![0]!]!, second: ids[first[1]![0]!]! });
		expect(locked.status).toBe(400);
		expect(await locked.text()).toContain(inHtml(m.grouping_refusal_locked({}, nl)));
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
		const { facilitator, names, path, attendance, make } = await own('G');
		const held = await make(0);
		expect((await facilitator.post(`${path(0)}?/lock`, {})).status).toBe(200);
		const res = await facilitator.post(`${path(1)}?/makeRemaining`, { ...(await attendance(1)), size: 'threeToFive' });
		expect(res.status).toBe(200);
		expect(await res.text()).toContain(upTo(m.grouping_made_remaining({ count: 3, pairs: hole, bound: hole }, nl)));
		expect(groupsOnPage(await (await facilitator.get(path(0))).text(), names)).toEqual(held);
		const last = groupsOnPage(await (await facilitator.get(path(3))).text(), names);
		expect(last.map((g) => g.length)).toEqual([5, 5]);
	});

	it('can undo a lock', async () => {
		const { facilitator, path, make } = await own('H');
		await make(3);
		expect((await facilitator.post(`${path(3)}?/lock`, {})).status).toBe(200);
		expect(await (await facilitator.get(path(3))).text()).toContain(lockedNote);
		expect((await facilitator.post(`${path(3)}?/unlock`, {})).status).toBe(200);
		expect(await (await facilitator.get(path(3))).text()).not.toContain(lockedNote);
	});

	it('shows the groups full-screen without the app header', async () => {
		const { facilitator, path, make } = await own('H');
		expect((await make(0)).length).toBeGreaterThanOrEqual(3);
		const res = await facilitator.get(`${path(0)}/screen`);
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('<html lang="nl"');
		expect(html).toMatch(new RegExp(`<h1[^>]*>${inHtml(m.grouping_screen_title({ number: 1 }, nl))}</h1>`));
		expect(html).toContain(inHtml(m.grouping_group({ number: 3 }, nl)));
		expect(html).not.toContain(inHtml(m.nav_label({}, nl)));
		expect(html).not.toContain(inHtml(m.sign_out({}, nl)));
	});

	it('refuses people who are not participants of this series, and junk, without a crash', async () => {
		const { facilitator, everyone, path } = await own('B');
		const foreign = app.seeded.C.org.personId;
		const all = ['make', 'makeRemaining', 'attendance'];
		const version = await versionOn(facilitator, path(2));
		const posts: [Record<string, string | string[]>, string[]][] = [
			[{ person: [...everyone, foreign], present: [foreign], size: 'pairs', version }, all],
			[{ person: everyone.slice(1), present: everyone.slice(0, 1), size: 'pairs', version }, all],
			[{ person: ['not-an-id'], size: 'pairs', version }, all],
			[{ person: everyone, present: everyone, size: 'everyone', version }, ['make', 'makeRemaining']],
			[{ version }, ['make', 'makeRemaining']]
		];
		for (const [fields, actions] of posts) {
			for (const action of actions) {
				const res = await facilitator.post(`${path(2)}?/${action}`, fields);
				expect(res.status, `${action} ${JSON.stringify(fields)}`).toBe(400);
			}
		}
		const html = await (await facilitator.get(path(2))).text();
		expect(html).not.toContain('Bewoner C');
	});

	it('refuses to lock a meeting without groups', async () => {
		const { org } = app.seeded.B;
		const client = new Client(app.url);
		await client.signIn(org.coordinator.email, password);
		const res = await client.post(`/series/${org.seriesId}/meetings/${org.meetingId}?/lock`, {});
		expect(res.status).toBe(400);
		expect(await res.text()).toContain(inHtml(m.grouping_refusal_noGroups({}, nl)));
	});

	it('answers 404 to stakeholders, other organisations and meetings of another series', async () => {
		const { org, facilitator, path, attendance, make } = await own('K');
		const b = app.seeded.B.org;
		await make(0);
		expect((await facilitator.post(`${path(0)}?/lock`, {})).status).toBe(200);
		const stakeholder = new Client(app.url);
		await stakeholder.signIn(org.stakeholder.email, password);
		const other = new Client(app.url);
		await other.signIn(b.coordinator.email, password);
		for (const client of [stakeholder, other]) {
			expect((await client.get(path(0))).status).toBe(404);
			expect((await client.get(`${path(0)}/screen`)).status).toBe(404);
			expect((await client.post(`${path(1)}?/make`, { ...(await attendance(1)), size: 'pairs' })).status).toBe(404);
			expect((await client.post(`${path(0)}?/unlock`, {})).status).toBe(404);
		}
		expect((await facilitator.get(`/series/${org.otherSeriesId}/meetings/${org.meetingId}`)).status).toBe(404);
		expect((await facilitator.get(`/series/${org.seriesId}/meetings/${b.meetingId}`)).status).toBe(404);
		expect((await facilitator.get(`/series/${org.seriesId}/meetings/not-a-uuid`)).status).toBe(404);
		expect(await (await facilitator.get(path(0))).text()).toContain(lockedNote);
	});
});
