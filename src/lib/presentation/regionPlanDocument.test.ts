import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages.js';
import { calculateBudget, defaultBudget, fundingGap } from '$lib/domain/budget';
import { completeAnswers } from '$lib/domain/quickscan';
import { timeline } from '$lib/domain/regionPlan';
import { plainText, type Block } from './document';
import { formatDate } from './format';
import { formatMoney } from './money';
import { budgetSection, fundingSection, planSections, quickscanSection, regionPlanDocument, type RegionPlanDocumentData, type SectionBuilder } from './regionPlanDocument';

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

	it('leaves the budget, funding and quickscan out while their data is absent', () => {
		const doc = regionPlanDocument(data(), 'nl');
		expect(headings(doc.blocks)).not.toContain(m.plan_document_budget());
		expect(budgetSection(data())).toEqual([]);
		expect(fundingSection(data())).toEqual([]);
		expect(quickscanSection(data())).toEqual([]);
	});
});

describe('the budget, funding and quickscan sections', () => {
	const budget = () => {
		const b = calculateBudget({ ...defaultBudget, seriesPerYear: 1, supplies: 130075, website: 0, onlinePlatform: 0 });
		return { seriesPerYear: 1, perSeries: b.perSeries, perYear: b.perYear, lines: b.lines };
	};
	const text = (blocks: Block[]) => plainText({ title: '', lang: 'nl', blocks });

	it('shows the budget totals per series and per year and the lines that cost something, the Dutch way', () => {
		const b = budget();
		const lines = text(budgetSection(data({ budget: b })));
		expect(lines[1]).toBe(m.plan_document_budget());
		expect(lines).toContain(m.budget_per_series());
		expect(lines).toContain(m.budget_group_personnel());
		expect(lines).toContain(m.plan_document_budget_total());
		expect(lines).toContain('€ 1.300,75');
		expect(lines.filter((l) => l === formatMoney(b.perYear.total, 'nl')).length).toBeGreaterThanOrEqual(2);
		expect(lines).toContain(m.budget_line_supplies());
		expect(lines).not.toContain(m.budget_line_website());
	});

	it('lists the funding sources granted first, with amounts, and the gap still to find', () => {
		const sources = [
			{ name: 'Fonds Één', kind: 'nationalFund' as const, status: 'idea' as const, amount: 50000 },
			{ name: 'Gemeente', kind: 'municipalSubsidy' as const, status: 'granted' as const, amount: 100000 },
			{ name: 'Bank', kind: 'companiesAndBanks' as const, status: 'asked' as const, amount: 20000 }
		];
		const lines = text(fundingSection(data({ funding: { sources, gap: fundingGap(130075, sources) } })));
		expect(lines.indexOf('Gemeente')).toBeLessThan(lines.indexOf('Bank'));
		expect(lines.indexOf('Bank')).toBeLessThan(lines.indexOf('Fonds Één'));
		expect(lines).toContain('€ 1.000,00');
		expect(lines).toContain(m.plan_document_funding_line({ label: m.funding_budget(), amount: '€ 1.300,75' }));
		expect(lines).toContain(m.plan_document_funding_line({ label: m.funding_granted(), amount: '€ 1.000,00' }));
		expect(lines).toContain(m.plan_document_funding_line({ label: m.funding_gap(), amount: '€ 300,75' }));
		expect(lines).toContain(m.plan_document_funding_line({ label: m.funding_gap_if_pending(), amount: '€ 100,75' }));
	});

	it('says the budget is covered, or by how much more was granted', () => {
		const granted = [{ name: 'Gemeente', kind: 'municipalSubsidy' as const, status: 'granted' as const, amount: 100000 }];
		expect(text(fundingSection(data({ funding: { sources: granted, gap: fundingGap(100000, granted) } })))).toContain(m.funding_covered());
		expect(text(fundingSection(data({ funding: { sources: granted, gap: fundingGap(90000, granted) } })))).toContain(
			m.funding_surplus({ amount: '€ 100,00' })
		);
		const none = text(fundingSection(data({ funding: { sources: [], gap: fundingGap(0, []) } })));
		expect(none).toContain(m.funding_empty());
		expect(none).toContain(m.funding_no_budget());
		expect(none).not.toContain(m.funding_covered());
	});

	it('gives every quickscan theme its status in words and what still needs work, and no score', () => {
		const answers = completeAnswers([
			{ theme: 'network', status: 'inPlace', present: 'Een netwerk', strengthen: '' },
			{ theme: 'money', status: 'toDo', present: '', strengthen: 'Een fonds aanschrijven' },
			{ theme: 'room', status: 'partly', present: '', strengthen: '' }
		]);
		const lines = text(quickscanSection(data({ quickscan: { round: { number: 2, answeredOn: '2026-12-01' }, answers } })));
		expect(lines).toContain(m.quickscan_overview_round({ round: 2, date: formatDate('2026-12-01') }));
		expect(lines).toContain(m.quickscan_status_inPlace());
		expect(lines).toContain(m.plan_document_quickscan_nothing());
		expect(lines).toContain('Een fonds aanschrijven');
		expect(lines).toContain(m.quickscan_overview_no_plan());
		expect(lines.filter((l) => l === m.quickscan_status_unanswered())).toHaveLength(4);
		expect(lines.some((l) => /\d+\s*(%|\/\s*\d)/.test(l))).toBe(false);
	});

	it('says so before the first quickscan round', () => {
		expect(text(quickscanSection(data({ quickscan: { round: null, answers: completeAnswers([]) } })))).toContain(m.quickscan_overview_none_yet());
	});
});
