import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaPart } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

/*
 * The agenda's loose ends of issue #10 through the app: "make groups" for a part, a part added by
 * hand with its kind, and the organisation's own templates.
 */

interface Seeded {
	a: SeededOrganisation;
	b: SeededOrganisation;
	/** A part of organisation B's first meeting. */
	partB: string;
}

/** Which group size the meeting page's checklist starts with. */
function sizeOnPage(html: string): string | null {
	for (const [input] of html.matchAll(/<input\b[^>]*type="radio"[^>]*>/g)) {
		if (input.includes('name="size"') && /\schecked\b/.test(input)) return /value="([^"]+)"/.exec(input)?.[1] ?? null;
	}
	return null;
}

const forPart = upTo(m.grouping_for_part({ title: hole }, nl));

describe.each(databaseKinds)('the agenda in the app on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;
	const meetingPath = () => `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.a.meetingId}`;
	const agendaPath = () => `${meetingPath()}/agenda`;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const [a, b] = [await seedOrganisation(db, 'A'), await seedOrganisation(db, 'B')];
			const [part] = await db
				.insert(agendaPart)
				.values({ meetingId: b.meetingId, position: 0, templateId: null, templateKey: null, kind: 'deepDive', title: 'Onderdeel B', minutes: 10, shortest: 5, longest: 20 })
				.returning();
			return { a, b, partB: part!.id };
		});
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	const add = (fields: Record<string, string>) => coordinator.post(`${agendaPath()}?/add`, { addKind: 'deepDive', addFormat: '', addTitle: '', addMinutes: '', ...fields });

	it('links a part in groups of at most five to the meeting page, which starts with that size and names the part', async () => {
		expect((await add({ addFormat: 'caseExploration' })).status).toBe(200);
		const agenda = await (await coordinator.get(agendaPath())).text();
		const link = /href="([^"]*\?size=threeToFive&(?:amp;)?part=([0-9a-f-]{36})#attendance)"/.exec(agenda);
		expect(link, 'a make-groups link with the size and the part').not.toBeNull();
		const [, href, partId] = link!;
		expect(href!.startsWith(meetingPath())).toBe(true);
		const res = await coordinator.get(href!.replaceAll('&amp;', '&'));
		expect(res.status).toBe(200);
		const page = await res.text();
		expect(sizeOnPage(page)).toBe('threeToFive');
		expect(page).toContain(forPart);
		expect(page).toContain(`href="${agendaPath()}#part-${partId}"`);
		// The part's title as the agenda shows it is the one the hint names.
		const title = new RegExp(`id="part-${partId}"[^>]*>[\\s\\S]*?</span>\\s*([^<]+?)\\s*</h2>`).exec(agenda)?.[1];
		expect(page).toContain(inHtml(m.grouping_for_part({ title: title! }, nl)));
		// Without JavaScript the checklist's save comes back to the same address, hint and size kept.
		expect(page).toMatch(/action="\?\/make&(amp;)?size=threeToFive&(amp;)?part=/);
		const saved = await coordinator.post(`${meetingPath()}?/attendance&size=threeToFive&part=${partId}`, {
			person: app.seeded.a.personId,
			present: app.seeded.a.personId,
			version: await versionOn(coordinator, meetingPath())
		});
		expect(saved.status).toBe(200);
		const after = await saved.text();
		expect(after).toContain(inHtml(m.grouping_attendance_saved({}, nl)));
		expect(after).toContain(forPart);
		expect(sizeOnPage(after)).toBe('threeToFive');
	});

	it('links a part in pairs or threes with that size, and a plenary part not at all', async () => {
		expect((await add({ addFormat: 'whatWorks', addTitle: 'Wat werkt in tweetallen' })).status).toBe(200);
		expect((await add({ addFormat: 'round', addTitle: 'Rondje met iedereen' })).status).toBe(200);
		const agenda = await (await coordinator.get(agendaPath())).text();
		const partNamed = (title: string) => {
			const from = agenda.lastIndexOf(`${title}</h2>`);
			return agenda.slice(from, agenda.indexOf('</li>', from));
		};
		expect(partNamed('Wat werkt in tweetallen')).toMatch(/\?size=pairsOrThrees&(amp;)?part=[0-9a-f-]{36}#attendance/);
		expect(partNamed('Rondje met iedereen')).not.toContain('?size=');
	});

	it('answers a bad or absent size or part with the usual size and no hint, never an error', async () => {
		const cases: [string, string][] = [
			['', 'pairsOrThrees'],
			['?size=seven', 'pairsOrThrees'],
			['?size=', 'pairsOrThrees'],
			['?size=%3Cscript%3E&part=%00', 'pairsOrThrees'],
			['?part=not-a-uuid', 'pairsOrThrees'],
			[`?size=pairs&part=${app.seeded.partB}`, 'pairs'],
			[`?part=${app.seeded.a.meetingId}`, 'pairsOrThrees']
		];
		for (const [query, size] of cases) {
			const res = await coordinator.get(`${meetingPath()}${query}`);
			expect(res.status, query).toBe(200);
			const page = await res.text();
			expect(sizeOnPage(page), query).toBe(size);
			expect(page, query).not.toContain(forPart);
			expect(page, query).not.toContain('Onderdeel B');
		}
	});

	it('adds a part of the kind chosen, and a check-out part offers a question to choose', async () => {
		expect((await add({ addKind: 'checkOut', addTitle: 'Nog een slotrondje', addMinutes: '5' })).status).toBe(200);
		const agenda = await (await coordinator.get(agendaPath())).text();
		const part = agenda.slice(agenda.lastIndexOf('Nog een slotrondje</h2>'));
		expect(part.slice(0, part.indexOf('</p>'))).toContain(inHtml(m.agenda_part_kind({ kind: m.agenda_kind_checkOut({}, nl) }, nl)));
		expect(agenda).toContain(inHtml(m.agenda_question_choose_named({ title: 'Nog een slotrondje' }, nl)));
	});

	it('refuses a kind that does not exist, keeping what was typed', async () => {
		for (const addKind of ['speech', '']) {
			const res = await add({ addKind, addTitle: 'Toespraak', addMinutes: '7' });
			expect(res.status, addKind).toBe(400);
			const html = await res.text();
			expect(html).toContain(inHtml(m.validation_choice({}, nl)));
			expect(html).toContain('value="Toespraak"');
		}
		expect(await (await coordinator.get(agendaPath())).text()).not.toContain('Toespraak');
	});

	describe('own templates', () => {
		const keep = (name: string) => coordinator.post(`${agendaPath()}?/template`, { templateName: name });
		const templateId = async () => /href="\/templates\/([0-9a-f-]{36})"/.exec(await (await coordinator.get('/templates')).text())?.[1] ?? '';

		it('lists the template kept from an agenda with the meeting it is for and who kept it, and removes it only after the tick', async () => {
			expect((await keep('Ons draaiboek A')).status).toBe(200);
			const list = await (await coordinator.get('/templates')).text();
			expect(list).toContain('Ons draaiboek A');
			expect(list).toContain(inHtml(m.templates_for({ use: m.templates_for_meeting({ kind: m.series_kind_ontmoetingen({}, nl), number: 1 }, nl) }, nl)));
			expect(list).toContain(upTo(m.templates_saved_by({ name: 'coordinator A', date: hole }, nl)));
			const id = await templateId();
			const path = `/templates/${id}`;
			const page = await (await coordinator.get(path)).text();
			expect(page).toContain(inHtml(m.templates_remove_title({}, nl)));
			const version = await versionOn(coordinator, path);

			const unticked = await coordinator.post(`${path}?/remove`, { version });
			expect(unticked.status).toBe(400);
			expect(await unticked.text()).toContain(inHtml(m.agenda_confirm_needed({}, nl)));

			const removed = await coordinator.post(`${path}?/remove`, { version, confirm: 'on' });
			expect(removed.status).toBe(303);
			expect(removed.headers.get('location')).toBe('/templates?removed=1');
			const after = await (await coordinator.get('/templates?removed=1')).text();
			expect(after).toContain(inHtml(m.templates_removed({}, nl)));
			expect(after).toContain(inHtml(m.templates_empty({}, nl)));
			expect((await coordinator.get(path)).status).toBe(404);
		});

		it('refuses to remove a template kept again since the page was opened, and shows it as it is now', async () => {
			expect((await keep('Eerste versie')).status).toBe(200);
			const path = `/templates/${await templateId()}`;
			const version = await versionOn(coordinator, path);
			expect((await keep('Tweede versie')).status).toBe(200);
			const stale = await coordinator.post(`${path}?/remove`, { version, confirm: 'on' });
			expect(stale.status).toBe(409);
			const html = await stale.text();
			expect(html).toContain(inHtml(m.templates_stale({}, nl)));
			expect(html).toContain('Tweede versie');
			expect((await coordinator.post(`${path}?/remove`, { version: await versionOn(coordinator, path), confirm: 'on' })).status).toBe(303);
		});

		it('answers another organisation and a stakeholder with 404, and a facilitator may see and remove', async () => {
			expect((await keep('Alleen van A')).status).toBe(200);
			const path = `/templates/${await templateId()}`;
			const version = await versionOn(coordinator, path);
			const other = new Client(app.url);
			await other.signIn(app.seeded.b.coordinator.email, password);
			expect(await (await other.get('/templates')).text()).not.toContain('Alleen van A');
			expect((await other.get(path)).status).toBe(404);
			expect((await other.post(`${path}?/remove`, { version, confirm: 'on' })).status).toBe(404);

			const stakeholder = new Client(app.url);
			await stakeholder.signIn(app.seeded.a.stakeholder.email, password);
			expect((await stakeholder.get('/templates')).status).toBe(404);
			expect((await stakeholder.get(path)).status).toBe(404);
			expect((await stakeholder.post(`${path}?/remove`, { version, confirm: 'on' })).status).toBe(404);
			expect(await (await stakeholder.get('/formats')).text()).not.toMatch(/href="\.?\/templates"/);

			const facilitator = new Client(app.url);
			await facilitator.signIn(app.seeded.a.facilitator.email, password);
			expect(await (await facilitator.get('/formats')).text()).toMatch(/href="\.?\/templates"/);
			expect((await facilitator.post(`${path}?/remove`, { version, confirm: 'on' })).status).toBe(303);
		});
	});
});
