import { and, eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { budgetKeys, type BudgetInput } from '../domain/budget';
import { completeAnswers } from '../domain/quickscan';
import { defaultTimeline, planStepKeys } from '../domain/regionPlan';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { event, meeting } from './db/schema';
import {
	addRegionPartner,
	changeRegionPartner,
	regionPartnerFor,
	regionPlanFor,
	regionPlanPdf,
	removeRegionPartnerOf,
	saveRegionPlan,
	saveRegionTimeline,
	type RegionPlanInput
} from './regionPlans';
import { readVersionToken, type Based } from './versioning';
import { regionBudgetFor, saveRegionBudget } from './budget';
import { addFundingSource } from './funding';
import { addProgramme } from './inventory';
import { regionQuickscan, saveQuickscanRound } from './quickscan';

const today = '2026-12-07';
const based = (token: string): Based => readVersionToken(token)!;
const words = (over: Partial<RegionPlanInput> = {}): RegionPlanInput => ({
	goals: 'Samen met inwoners armoede in de wijk doorbreken.',
	organiserPartnerId: null,
	initiativeGroup: 'Welzijn Zuid en de bibliotheek',
	roomBy: 'Buurthuis',
	cateringBy: 'Vrijwilligers',
	communicationBy: 'Gemeente',
	...over
});

/** The text of every page of a PDF, and the bytes as they were (pdf.js takes its copy's buffer). */
async function pdfText(bytes: Uint8Array): Promise<string> {
	const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	const meta = await doc.getMetadata();
	const tree = await (await doc.getPage(1)).getStructTree();
	await doc.destroy();
	return JSON.stringify({ text: pages.join(' ').replace(/\s+/g, ' '), info: meta.info, tree });
}

describe.each(databaseKinds)('the region plan on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let other: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let outsider: Actor;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'P');
		other = await seedOrganisation(db, 'Q');
		actors = await actorsOf(db, org);
		outsider = (await actorsOf(db, other)).coordinator;
	});
	afterAll(() => close?.());

	it('is empty before the first save, with the steps counted back from the first meeting', async () => {
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		expect(view.ok).toBe(true);
		if (!view.ok) return;
		const [first] = await db.select().from(meeting).where(and(eq(meeting.seriesId, org.seriesId), eq(meeting.number, 1)));
		expect(view.value.firstMeeting).toBe(first!.date);
		expect(view.value.steps.map((s) => s.date)).toEqual(defaultTimeline(first!.date).map((s) => s.date));
		expect(view.value.plan.goals).toBeNull();
		expect(view.value.advice).toEqual(['chooseOrganiser', 'municipalityAsPartner']);
	});

	it('saves the plan, then refuses a save based on the version before it', async () => {
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		const version = based(view.value.version);
		expect(await saveRegionPlan(db, actors.coordinator, org.regionId, version, words())).toEqual({ ok: true, value: { similar: [] } });
		const late = await saveRegionPlan(db, actors.coordinator, org.regionId, version, words({ goals: 'Iets anders' }));
		expect(late).toMatchObject({ ok: false, code: 'stale', changed: expect.arrayContaining(['goals', 'initiativeGroup']) });
		// The same change twice (a double click) loses nothing: saved.
		expect(await saveRegionPlan(db, actors.coordinator, org.regionId, version, words())).toEqual({ ok: true, value: { similar: [] } });
		const saved = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		expect(saved.ok && saved.value.plan.goals).toBe(words().goals);
		const events = await db.select().from(event).where(and(eq(event.subject, org.regionId), eq(event.type, 'regionPlan.saved')));
		expect(events).toHaveLength(1);
		expect(JSON.stringify(events[0]!.payload)).not.toContain('Buurthuis');
	});

	it('keeps partners, advises against the municipality as organiser but saves it', async () => {
		const municipality = await addRegionPartner(db, actors.coordinator, org.regionId, {
			name: 'Gemeente Zuid',
			kind: 'municipality',
			asks: ['room', 'money'],
			status: 'asked',
			note: null
		});
		if (!municipality.ok) throw new Error('not added');
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		const saved = await saveRegionPlan(db, actors.coordinator, org.regionId, based(view.value.version), words({ organiserPartnerId: municipality.value.id }));
		expect(saved.ok).toBe(true);
		const after = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		expect(after.ok && after.value.advice).toEqual(['organiserIsMunicipality']);
		expect(after.ok && after.value.organiser?.name).toBe('Gemeente Zuid');
	});

	it('refuses an organiser that is not a partner of this region', async () => {
		const foreign = await addRegionPartner(db, outsider, other.regionId, { name: 'Elders', kind: 'welfare', asks: [], status: 'idea', note: null });
		if (!foreign.ok) throw new Error('not added');
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		expect(await saveRegionPlan(db, actors.coordinator, org.regionId, based(view.value.version), words({ organiserPartnerId: foreign.value.id }))).toMatchObject({
			ok: false,
			code: 'unknownOrganiser'
		});
	});

	it('edits and removes a partner over its version; the plan then has no organiser', async () => {
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		const id = view.value.organiser!.id;
		const opened = await regionPartnerFor(db, actors.coordinator, org.regionId, id);
		if (!opened.ok) throw new Error('no partner');
		const input = { name: 'Gemeente Zuid', kind: 'municipality' as const, asks: ['room' as const], status: 'agreed' as const, note: 'Zaal is geregeld' };
		expect((await changeRegionPartner(db, actors.coordinator, org.regionId, id, based(opened.value.version), input)).ok).toBe(true);
		expect(await changeRegionPartner(db, actors.coordinator, org.regionId, id, based(opened.value.version), { ...input, status: 'declined' })).toMatchObject({
			code: 'stale'
		});
		expect(await removeRegionPartnerOf(db, actors.coordinator, org.regionId, id, based(opened.value.version))).toMatchObject({ code: 'stale' });
		const fresh = await regionPartnerFor(db, actors.coordinator, org.regionId, id);
		if (!fresh.ok) throw new Error('no partner');
		expect((await removeRegionPartnerOf(db, actors.coordinator, org.regionId, id, based(fresh.value.version))).ok).toBe(true);
		const after = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		expect(after.ok && after.value.organiser).toBeNull();
		expect(after.ok && after.value.plan.organiserPartnerId).toBeNull();
	});

	it('saves the timeline: a step done, a date of its own; a stale save is refused', async () => {
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		const steps = view.value.steps.map((s) => ({ key: s.key, date: s.date, done: false }));
		steps[0] = { ...steps[0]!, done: true };
		steps[3] = { ...steps[3]!, date: '2026-12-20' };
		const version = based(view.value.timelineVersion);
		expect((await saveRegionTimeline(db, actors.coordinator, org.regionId, version, steps, today)).ok).toBe(true);
		const after = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!after.ok) throw new Error('no plan');
		expect(after.value.steps[0]!.done).toBe(true);
		expect(after.value.steps[3]).toMatchObject({ date: '2026-12-20', adjusted: true });
		expect(after.value.progress.done).toBe(1);
		const late = await saveRegionTimeline(db, actors.coordinator, org.regionId, version, steps.map((s) => ({ ...s, done: true })), today);
		expect(late).toMatchObject({ ok: false, code: 'stale' });
		// Saving the plan's words does not make the timeline stale, nor the other way round.
		expect((await saveRegionPlan(db, actors.coordinator, org.regionId, based(after.value.version), words({ goals: 'Nieuwe doelen' }))).ok).toBe(true);
		expect((await saveRegionTimeline(db, actors.coordinator, org.regionId, based(after.value.timelineVersion), steps, today)).ok).toBe(true);
	});

	it('refuses a timeline that misses steps', async () => {
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		const some = planStepKeys.slice(1).map((key) => ({ key, date: null, done: false }));
		expect(await saveRegionTimeline(db, actors.coordinator, org.regionId, based(view.value.timelineVersion), some, today)).toMatchObject({ code: 'incomplete' });
	});

	it('is not found for another organisation, nor for facilitators and stakeholders', async () => {
		const version = { version: 1, snapshot: null };
		expect(await regionPlanFor(db, outsider, org.regionId, today)).toMatchObject({ code: 'notFound' });
		expect(await saveRegionPlan(db, outsider, org.regionId, version, words())).toMatchObject({ code: 'notFound' });
		const all = planStepKeys.map((key) => ({ key, date: null, done: true }));
		expect(await saveRegionTimeline(db, outsider, org.regionId, version, all, today)).toMatchObject({ code: 'notFound' });
		expect(await addRegionPartner(db, outsider, org.regionId, { name: 'X', kind: 'other', asks: [], status: 'idea', note: null })).toMatchObject({
			code: 'notFound'
		});
		expect(await regionPlanPdf(db, outsider, org.regionId, today)).toMatchObject({ code: 'notFound' });
		expect(await regionPlanFor(db, actors.facilitator, org.regionId, today)).toMatchObject({ code: 'notFound' });
		expect(await regionPlanFor(db, actors.stakeholder, org.regionId, today)).toMatchObject({ code: 'notFound' });
		const theirs = await regionPlanFor(db, outsider, other.regionId, today);
		const partnerId = theirs.ok ? theirs.value.partners[0]!.id : '';
		expect(await regionPartnerFor(db, actors.coordinator, other.regionId, partnerId)).toMatchObject({ code: 'notFound' });
		expect(await regionPartnerFor(db, actors.coordinator, org.regionId, partnerId)).toMatchObject({ code: 'notFound' });
	});

	it('makes a tagged PDF in Dutch whose text, diacritics included, reads back', async () => {
		await addRegionPartner(db, actors.coordinator, org.regionId, { name: 'Stichting Ééndracht & Café Zoë', kind: 'welfare', asks: ['people', 'reach'], status: 'agreed', note: null });
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		await saveRegionPlan(db, actors.coordinator, org.regionId, based(view.value.version), words({ goals: 'Ideeën van inwoners, coördinatie door één team; € 1.300,75 per reeks.' }));
		const pdf = await regionPlanPdf(db, actors.coordinator, org.regionId, today);
		if (!pdf.ok) throw new Error('no pdf');
		expect(pdf.value.filename).toMatch(/^plan-voor-.+\.pdf$/);
		const raw = Buffer.from(pdf.value.bytes).toString('latin1');
		expect(raw.startsWith('%PDF-1.7')).toBe(true);
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toContain('/Marked true');
		expect(raw).toMatch(/\/Lang \((nl|en)\)/);
		const read = JSON.parse(await pdfText(pdf.value.bytes)) as { text: string; info: { Title: string; Language: string }; tree: unknown };
		expect(read.text).toContain('Ideeën van inwoners, coördinatie door één team; € 1.300,75 per reeks.');
		expect(read.text).toContain('Stichting Ééndracht & Café Zoë');
		expect(read.text).toContain('Reeks P');
		expect(read.info.Title).toBe(`Plan voor ${view.value.region.name}`);
		expect(read.info.Language).toBe('nl');
		const tree = JSON.stringify(read.tree);
		for (const role of ['"Document"', '"H1"', '"H2"', '"P"', '"L"', '"LI"', '"Table"', '"TR"', '"TH"', '"TD"']) expect(tree).toContain(`"role":${role}`);
	});

	it('holds the budget, funding and quickscan in the PDF: totals the Dutch way, diacritics intact', async () => {
		const budgetPage = await regionBudgetFor(db, actors.coordinator, org.regionId);
		if (!budgetPage.ok) throw new Error('no budget');
		const zero = Object.fromEntries(budgetKeys.map((k) => [k, 0])) as unknown as BudgetInput;
		const saved = await saveRegionBudget(db, actors.coordinator, org.regionId, based(budgetPage.value.version), {
			...zero,
			seriesPerYear: 1,
			meetingsPerSeries: 1,
			supplies: 130075
		});
		expect(saved.ok).toBe(true);
		const source = { kind: 'localFund' as const, applicationDeadline: null, reportDue: null, notes: 'Alleen voor ons' };
		await addFundingSource(db, actors.coordinator, org.regionId, { ...source, name: 'Fonds Café Zoë', status: 'granted', amount: 100000 });
		await addFundingSource(db, actors.coordinator, org.regionId, { ...source, name: 'Stichting Één', status: 'asked', amount: 20000 });
		const scan = await regionQuickscan(db, actors.coordinator, org.regionId);
		if (!scan.ok) throw new Error('no quickscan');
		const answers = completeAnswers([{ theme: 'money', status: 'toDo', present: '', strengthen: 'Een aanvraag bij het fonds voor coördinatie' }]);
		expect((await saveQuickscanRound(db, actors.coordinator, org.regionId, based(scan.value.version), answers)).ok).toBe(true);
		const pdf = await regionPlanPdf(db, actors.coordinator, org.regionId, today);
		if (!pdf.ok) throw new Error('no pdf');
		const { text } = JSON.parse(await pdfText(pdf.value.bytes)) as { text: string };
		expect(text).toContain('Begroting');
		expect(text).toContain('Totaal € 1.300,75 € 1.300,75');
		expect(text).toContain('Fonds Café Zoë');
		expect(text).toContain('Stichting Één');
		expect(text).toContain('Nog te vinden: € 300,75');
		expect(text).toContain('Een aanvraag bij het fonds voor coördinatie');
		expect(text).toContain('Nog te doen');
		expect(text).not.toContain('Alleen voor ons');
	});

	it('names the programmes of the inventory that look like a new goal, saves all the same, and only once per goal', async () => {
		const programme = { kind: 'project' as const, description: 'Begeleiding bij huiswerk voor kinderen', runBy: 'Bibliotheek Zuid', contact: '', regionId: null };
		const ours = await addProgramme(db, actors.coordinator, { ...programme, name: 'Huiswerkbegeleiding Zuid' }, true);
		if (!ours.ok) throw new Error('no programme');
		await addProgramme(db, outsider, { ...programme, name: 'Huiswerkbegeleiding Zuid elders' }, true);
		const goals = 'Ideeën van inwoners ophalen.\n\n- Huiswerkbegeleiding voor kinderen in Zuid';
		const view = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		if (!view.ok) throw new Error('no plan');
		const saved = await saveRegionPlan(db, actors.coordinator, org.regionId, based(view.value.version), words({ goals }));
		expect(saved).toMatchObject({ ok: true });
		const similar = saved.ok ? saved.value.similar : [];
		expect(similar).toEqual([
			expect.objectContaining({ id: ours.value.id, name: 'Huiswerkbegeleiding Zuid', runBy: 'Bibliotheek Zuid', goal: 'Huiswerkbegeleiding voor kinderen in Zuid' })
		]);
		expect(similar[0]!.shared).toEqual(expect.arrayContaining(['huiswerkbegeleiding', 'zuid']));
		const after = await regionPlanFor(db, actors.coordinator, org.regionId, today);
		expect(after.ok && after.value.plan.goals).toBe(goals);
		if (!after.ok) return;
		// Saved again with the goal already there: no warning a second time.
		const again = await saveRegionPlan(db, actors.coordinator, org.regionId, based(after.value.version), words({ goals, roomBy: 'Bibliotheek' }));
		expect(again).toEqual({ ok: true, value: { similar: [] } });
	});
});
