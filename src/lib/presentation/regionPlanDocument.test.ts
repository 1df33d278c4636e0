import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages.js';
import { timeline } from '$lib/domain/regionPlan';
import { plainText, type Block } from './document';
import { planSections, regionPlanDocument, type RegionPlanDocumentData, type SectionBuilder } from './regionPlanDocument';

const data = (over: Partial<RegionPlanDocumentData> = {}): RegionPlanDocumentData => ({
	region: { name: 'Zuid', kind: 'neighbourhood' },
	today: '2026-12-07',
	goals: 'Ideeën van inwoners.\n\nEen tweede alinea.',
	organiser: 'Welzijn Zuid',
	initiativeGroup: 'Welzijn Zuid en de bibliotheek',
	arrangers: { roomBy: 'Buurthuis', cateringBy: null, communicationBy: 'Gemeente' },
	partners: [
		{ name: 'Welzijn Zuid', kind: 'welfare', asks: ['people'], status: 'agreed', organises: true },
		{ name: 'Gemeente', kind: 'municipality', asks: [], status: 'asked', organises: false }
	],
	series: [{ name: 'Reeks Zuid', kind: 'ontmoetingen', meetings: [{ number: 1, date: '2027-03-15', startTime: '19:30', location: 'Buurthuis' }] }],
	steps: timeline('2027-03-15', { plan: { done: true } }, '2026-12-07'),
	...over
});

const headings = (blocks: Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));

describe('the region plan as a document', () => {
	it('has the region in its title and the sections in order', () => {
		const doc = regionPlanDocument(data(), 'nl');
		expect(doc.title).toBe(m.plan_document_title({ name: 'Zuid' }));
		expect(doc.lang).toBe('nl');
		expect(headings(doc.blocks)).toEqual([
			m.plan_document_goals(),
			m.plan_document_organisation(),
			m.plan_document_partners(),
			m.plan_document_series(),
			m.plan_document_timeline()
		]);
	});

	it('holds the goals as paragraphs, who organises and arranges, partners, dates and steps', () => {
		const text = plainText(regionPlanDocument(data(), 'nl'));
		expect(text).toContain('Ideeën van inwoners.');
		expect(text).toContain('Een tweede alinea.');
		expect(text).toContain(m.plan_document_organiser({ name: 'Welzijn Zuid' }));
		expect(text).toContain(m.plan_document_arranges({ task: m.plan_room_by(), who: 'Buurthuis' }));
		expect(text.some((l) => l.startsWith(m.plan_catering_by()))).toBe(false);
		expect(text).toContain(`Welzijn Zuid (${m.plan_partner_organiser()})`);
		expect(text).toContain(m.plan_partner_asks_none());
		expect(text).toContain(`Reeks Zuid (${m.series_kind_ontmoetingen()})`);
		expect(text).toContain('19:30');
		expect(text).toContain(m.plan_step_plan());
		expect(text.filter((l) => l === m.plan_document_step_done())).toHaveLength(1);
	});

	it('says so when there are no goals, partners, series or dates yet', () => {
		const text = plainText(
			regionPlanDocument(data({ goals: null, organiser: null, partners: [], series: [], steps: timeline(null, {}, '2026-12-07') }), 'nl')
		);
		expect(text).toContain(m.plan_document_goals_empty());
		expect(text).toContain(m.plan_document_organiser_none());
		expect(text).toContain(m.plan_document_partners_empty());
		expect(text).toContain(m.plan_document_series_empty());
		expect(text).toContain(m.plan_document_undated());
	});

	it('takes further sections from the list of builders; one without data adds nothing', () => {
		const budget: SectionBuilder = () => [{ kind: 'heading', level: 2, text: 'Begroting' }, { kind: 'paragraph', text: '€ 1.300,75' }];
		const absent: SectionBuilder = () => [];
		const doc = regionPlanDocument(data(), 'nl', [...planSections, budget, absent]);
		expect(headings(doc.blocks).at(-1)).toBe('Begroting');
		expect(plainText(doc)).toContain('€ 1.300,75');
	});
});
