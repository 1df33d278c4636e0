import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../support/factories';
import { SseReader } from '../support/sse';

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	group: SeededGroupingPeople;
}

/** The people of each group as the meeting page lists them, by id. */
function groupsOnPage(html: string, ids: Record<string, string>): string[][] {
	return html
		.slice(html.indexOf('id="groups-heading"'))
		.split('id="group-')
		.slice(1)
		.map((chunk) => {
			const list = chunk.slice(0, chunk.indexOf('</ul>'));
			return Object.entries(ids)
				.filter(([name]) => list.includes(`${name}<`) || list.includes(`${name} `))
				.map(([, id]) => id);
		});
}

describe.each(databaseKinds)('the live channel of a meeting on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let facilitator: Client;
	const streams: AbortController[] = [];
	const meetingPath = () => `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.a.meetingId}`;

	async function follow(client: Client, url: string, lastEventId?: string): Promise<SseReader> {
		const abort = new AbortController();
		streams.push(abort);
		const res = await client.stream(url, abort.signal, lastEventId ? { 'last-event-id': lastEventId } : {});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
		const reader = new SseReader(res.body!);
		await reader.until(() => reader.lastId !== null);
		return reader;
	}

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			const b = await seedOrganisation(db, 'B');
			return { a, b, group: await seedGroupingPeople(db, a) };
		});
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
	});
	afterAll(async () => {
		for (const abort of streams) abort.abort();
		await app?.stop();
	});

	it('tells a follower of the meeting when attendance is saved and groups are made, swapped, locked and unlocked', async () => {
		const ids = Object.values(app.seeded.group.people);
		const reader = await follow(facilitator, `${meetingPath()}/live`);
		const types = () => reader.events.map((e) => e.type);

		expect((await facilitator.post(`${meetingPath()}?/attendance`, { person: ids, present: ids.slice(1), version: await versionOn(facilitator, meetingPath()) })).status).toBe(200);
		await reader.until(() => types().includes('meeting.attendanceSaved'));

		const made = await facilitator.post(`${meetingPath()}?/make`, { person: ids, present: ids, size: 'pairsOrThrees', version: await versionOn(facilitator, meetingPath()) });
		expect(made.status).toBe(200);
		await reader.until(() => types().includes('meeting.groupsMade'));

		const [one, two] = groupsOnPage(await made.text(), app.seeded.group.people);
		expect((await facilitator.post(`${meetingPath()}?/swap`, { first: one![0]!, second: two![0]! })).status).toBe(200);
		await reader.until(() => types().includes('meeting.groupsSwapped'));

		expect((await facilitator.post(`${meetingPath()}?/lock`, {})).status).toBe(200);
		await reader.until(() => types().includes('meeting.groupsLocked'));
		expect((await facilitator.post(`${meetingPath()}?/unlock`, {})).status).toBe(200);
		await reader.until(() => types().includes('meeting.groupsUnlocked'));

		expect(types()).toEqual([
			'meeting.attendanceSaved',
			'meeting.attendanceSaved',
			'meeting.groupsMade',
			'meeting.groupsSwapped',
			'meeting.groupsLocked',
			'meeting.groupsUnlocked'
		]);
		expect(reader.events.every((e) => e.subject === app.seeded.a.meetingId)).toBe(true);
		expect(reader.events[2]!.payload).toEqual({ groups: 4, grouped: 10, scope: 'meeting' });
		// Ids and counts only: no name of anyone reaches the channel.
		const sent = reader.messages.map((m) => m.data).join('\n');
		for (const name of Object.keys(app.seeded.group.people)) expect(sent).not.toContain(name);
	});

	it('gives a reconnecting client what it missed, from its Last-Event-ID on', async () => {
		const everything = await follow(facilitator, `${meetingPath()}/live`, '0');
		await everything.until(() => everything.messages.length >= 6);
		const ids = everything.messages.map((m) => Number(m.id));
		const rest = await follow(facilitator, `${meetingPath()}/live`, String(ids[3]));
		await rest.until(() => rest.messages.length >= ids.length - 4);
		expect(rest.messages.map((m) => Number(m.id))).toEqual(ids.slice(4));
		// A malformed id counts as a first connection: no history, no error.
		const odd = await follow(facilitator, `${meetingPath()}/live`, '-1; drop table event');
		expect(odd.lastId).toBe(String(ids.at(-1)));
		expect(odd.messages).toEqual([]);
	});

	it('replays a change made between the page’s load and its connection, from the id the page was loaded at', async () => {
		const ids = Object.values(app.seeded.group.people);
		expect((await facilitator.post(`${meetingPath()}?/attendance`, { person: ids, present: ids, version: await versionOn(facilitator, meetingPath()) })).status).toBe(200);
		for (const page of [meetingPath(), `${meetingPath()}/screen`]) {
			const html = await (await facilitator.get(page)).text();
			// The page's data, as SvelteKit hands it to the script that opens the channel.
			const after = /liveAfter:(\d+)/.exec(html)?.[1];
			expect(after, page).toMatch(/^\d+$/);
			expect((await facilitator.post(`${meetingPath()}?/attendance`, { person: ids, present: ids.slice(2), version: await versionOn(facilitator, meetingPath()) })).status).toBe(200);
			const reader = await follow(facilitator, `${meetingPath()}/live?after=${after}`);
			await reader.until(() => reader.messages.length === 1);
			expect(reader.events.map((e) => e.type), page).toEqual(['meeting.attendanceSaved']);
			expect(Number(reader.messages[0]!.id)).toBeGreaterThan(Number(after));
		}
		// A Last-Event-ID (a reconnect) wins over the address; a malformed `after` counts as a first connection.
		const reconnect = await follow(facilitator, `${meetingPath()}/live?after=0`, '1000000000000');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(reconnect.messages).toEqual([]);
		const odd = await follow(facilitator, `${meetingPath()}/live?after=1e3%27%3B--`);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(odd.messages).toEqual([]);
		expect(odd.lastId).toBe(reconnect.lastId);
	});

	it('answers 404, and sends nothing, to whoever may not open the meeting page', async () => {
		const { a, b } = app.seeded;
		const coordinatorB = new Client(app.url);
		await coordinatorB.signIn(b.coordinator.email, password);
		const stakeholderA = new Client(app.url);
		await stakeholderA.signIn(a.stakeholder.email, password);
		const cases: [string, Client, string][] = [
			['no session', new Client(app.url), `/series/${a.seriesId}/meetings/${a.meetingId}/live`],
			['another organisation', coordinatorB, `/series/${a.seriesId}/meetings/${a.meetingId}/live`],
			['another organisation, own series id', coordinatorB, `/series/${b.seriesId}/meetings/${a.meetingId}/live`],
			['another organisation, from an id on', coordinatorB, `/series/${a.seriesId}/meetings/${a.meetingId}/live?after=0`],
			['a stakeholder, who never sees names', stakeholderA, `/series/${a.seriesId}/meetings/${a.meetingId}/live`],
			['a facilitator, in a series they do not lead', facilitator, `/series/${a.otherSeriesId}/meetings/${a.meetingId}/live`]
		];
		for (const [who, client, url] of cases) {
			const abort = new AbortController();
			streams.push(abort);
			const res = await client.stream(url, abort.signal, { 'last-event-id': '0' });
			expect(res.status, who).toBe(404);
			expect(res.headers.get('content-type'), who).not.toMatch(/event-stream/);
			expect(await res.text(), who).not.toContain('meeting.');
		}
	});

	it.runIf(kind === 'postgres')('brings a change made through one instance to a follower of another', async () => {
		const other = await app.another();
		const elsewhere = new Client(other.url);
		await elsewhere.signIn(app.seeded.a.facilitator.email, password);
		const reader = await follow(elsewhere, `${meetingPath()}/live`);
		const ids = Object.values(app.seeded.group.people);
		expect((await facilitator.post(`${meetingPath()}?/attendance`, { person: ids, present: ids, version: await versionOn(facilitator, meetingPath()) })).status).toBe(200);
		await reader.until(() => reader.events.some((e) => e.type === 'meeting.attendanceSaved'));
		expect(reader.events.map((e) => e.type)).toEqual(['meeting.attendanceSaved']);
	});
});
