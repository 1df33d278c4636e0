import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planStepKeys } from '../../src/lib/domain/regionPlan';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { en, inHtml, m, nl } from '../support/messages';

/** The version token of the form posting to `action` on a page with several forms. */
const versionIn = (page: string, action: string) => {
	const form = page.slice(page.indexOf(`action="${action}"`));
	return /name="version" value="([^"]+)"/.exec(form)?.[1] ?? '';
};

const planFields = (version: string, goals: string) => ({
	version,
	goals,
	organiser: '',
	initiativeGroup: 'Welzijn Zuid en de bibliotheek',
	roomBy: 'Buurthuis De Ëik',
	cateringBy: '',
	communicationBy: 'Gemeente'
});

describe.each(databaseKinds)('the region plan over HTTP on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation }>;
	let coordinator: Client;
	let outsider: Client;
	let plan: string;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => ({ a: await seedOrganisation(db, 'A'), b: await seedOrganisation(db, 'B') }));
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
		outsider = new Client(app.url);
		await outsider.signIn(app.seeded.b.coordinator.email, password);
		plan = `/regions/${app.seeded.a.regionId}/plan`;
	});
	afterAll(() => app?.stop());

	it('shows the region hub with its series and the way to its plan', async () => {
		const res = await coordinator.get(`/regions/${app.seeded.a.regionId}`);
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('Reeks A');
		expect(html).toContain(`href="${plan}"`);
		expect(html).toContain(`href="${plan}.pdf"`);
	});

	it('saves the plan, then answers a save on the old version with 409 and what changed', async () => {
		const page = await (await coordinator.get(plan)).text();
		const version = versionIn(page, '?/plan');
		const saved = await coordinator.post(`${plan}?/plan`, planFields(version, 'Samen armoede doorbreken in Zuid.'));
		expect(saved.status).toBe(200);
		expect(await saved.text()).toContain(inHtml(m.plan_saved({}, nl)));
		const late = await coordinator.post(`${plan}?/plan`, planFields(version, 'Iets anders'));
		expect(late.status).toBe(409);
		expect(await late.text()).toContain(inHtml(m.edit_stale_title({}, nl)));
	});

	it('answers bad input with a Dutch message beside the field, keeping what was typed', async () => {
		const page = await (await coordinator.get(plan)).text();
		const res = await coordinator.post(`${plan}?/plan`, { ...planFields(versionIn(page, '?/plan'), 'Mijn doelen'), organiser: 'geen-id' });
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain(inHtml(m.plan_organiser_unknown({}, nl)));
		expect(html).toContain('Mijn doelen');
		const partner = await coordinator.post(`${plan}?/partner`, { name: '', kind: 'welfare', status: 'idea' });
		expect(partner.status).toBe(400);
		const noKind = await coordinator.post(`${plan}?/partner`, { name: 'Welzijn Zuid', kind: 'kasteel', status: 'idea' });
		expect(noKind.status).toBe(400);
		const timeline = await coordinator.post(`${plan}?/timeline`, {
			version: versionIn(page, '?/timeline'),
			step: [...planStepKeys],
			...Object.fromEntries(planStepKeys.map((k) => [`date:${k}`, ''])),
			'date:room': '31-02-2027'
		});
		expect(timeline.status).toBe(400);
		expect(await timeline.text()).toContain(inHtml(m.validation_date({}, nl)));
	});

	it('adds a partner and saves the timeline with a step done', async () => {
		const added = await coordinator.post(`${plan}?/partner`, { name: 'Stichting Zoë & Café', kind: 'welfare', status: 'asked', askPeople: 'on', askReach: 'on' });
		expect(added.status).toBe(200);
		const page = await (await coordinator.get(plan)).text();
		expect(page).toContain('Stichting Zoë &amp; Café');
		const fields = { version: versionIn(page, '?/timeline'), step: [...planStepKeys], 'done:plan': 'on' };
		const saved = await coordinator.post(`${plan}?/timeline`, fields);
		expect(saved.status).toBe(200);
		const answer = await saved.text();
		expect(answer).toContain(inHtml(m.plan_timeline_saved({}, nl)));
		expect(answer).not.toContain(inHtml(m.plan_saved({}, nl)));
		const late = await coordinator.post(`${plan}?/timeline`, { ...fields, 'done:room': 'on' });
		expect(late.status).toBe(409);
	});

	it('downloads the plan as a tagged PDF with the Dutch diacritics intact', async () => {
		const page = await (await coordinator.get(plan)).text();
		await coordinator.post(`${plan}?/plan`, planFields(versionIn(page, '?/plan'), 'Ideeën en coördinatie: € 1.300,75 voor één reeks.'));
		const res = await coordinator.get(`${plan}.pdf`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-voor-[a-z0-9-]+\.pdf"$/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		const bytes = new Uint8Array(await res.arrayBuffer());
		const raw = Buffer.from(bytes).toString('latin1');
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toContain('/Lang (nl)');
		const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
		let text = '';
		for (let n = 1; n <= doc.numPages; n++) text += (await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + ' ';
		await doc.destroy();
		text = text.replace(/\s+/g, ' ');
		expect(text).toContain('Ideeën en coördinatie: € 1.300,75 voor één reeks.');
		expect(text).toContain('Buurthuis De Ëik');
		expect(text).toContain('Stichting Zoë & Café');
		for (const heading of [m.plan_document_goals({}, nl), m.plan_document_partners({}, nl), m.plan_document_series({}, nl), m.plan_document_timeline({}, nl)])
			expect(text).toContain(heading);
	});

	it('makes the PDF in the reader’s language: English words and /Lang (en)', async () => {
		const english = new Client(app.url);
		await english.signIn(app.seeded.a.coordinator.email, password);
		await english.post('/language?to=/series', { locale: 'en' });
		const res = await english.get(`${plan}.pdf`);
		expect(res.status).toBe(200);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (en)');
		const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
		const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
		await doc.destroy();
		expect(text).toContain(m.plan_document_goals({}, en));
	});

	it('shows the same plan as a print page', async () => {
		const res = await coordinator.get(`${plan}/print`);
		expect(res.status).toBe(200);
		const html = await res.text();
		expect(html).toContain('Ideeën en coördinatie: € 1.300,75 voor één reeks.');
		expect(html).toContain(inHtml(m.plan_document_timeline({}, nl)));
	});

	it('is a 404 for another organisation, on every page, file and form', async () => {
		for (const path of [plan, `${plan}.pdf`, `${plan}/print`, `/regions/${app.seeded.a.regionId}`]) expect((await outsider.get(path)).status).toBe(404);
		const page = await (await coordinator.get(plan)).text();
		const partnerId = /\/plan\/partners\/([0-9a-f-]{36})/.exec(page)?.[1];
		expect(partnerId).toBeDefined();
		expect((await outsider.get(`${plan}/partners/${partnerId}`)).status).toBe(404);
		expect((await outsider.post(`${plan}?/plan`, planFields(versionIn(page, '?/plan'), 'Overgenomen'))).status).toBe(404);
		expect((await outsider.post(`${plan}?/partner`, { name: 'Binnengedrongen', kind: 'other', status: 'idea' })).status).toBe(404);
		expect((await outsider.post(`${plan}/partners/${partnerId}?/remove`, { version: '1', confirm: 'on' })).status).toBe(404);
		// Their own region's address with this organisation's partner: also not there.
		expect((await outsider.get(`/regions/${app.seeded.b.regionId}/plan/partners/${partnerId}`)).status).toBe(404);
	});
});
