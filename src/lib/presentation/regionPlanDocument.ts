/*
 * The region plan as a document (issue #12 item 8), for partners and funders: a PDF and a print
 * page from the one model (`document.ts`). Words come in the reader's language.
 *
 * Extension point: `planSections` is the list of section builders, in the order they appear. A
 * later part of the plan (the budget, the funding, the quickscan) adds its plain-data summary as
 * an optional field of `RegionPlanDocumentData` and a builder to this list; a builder whose data
 * is absent returns no blocks, and its section is left out.
 */
import * as m from '$lib/paraglide/messages.js';
import { quickscanThemeContent } from '$lib/content/quickscan';
import type { BudgetGroup, BudgetLine, FundingGap, Subtotals } from '$lib/domain/budget';
import type { QuickscanAnswer } from '$lib/domain/quickscan';
import type { TimelineStep } from '$lib/domain/regionPlan';
import type { FundingKind, FundingStatus, PartnerAsk, PartnerKind, PartnerStatus, RegionKind, SeriesKind } from '$lib/domain/vocabularies';
import { budgetGroupLabel, budgetLineBasis, budgetLineLabel, fundingKindLabel, fundingStatusLabel } from './budgetText';
import { list, paragraph, section, table, type Block, type DocumentLanguage, type DocumentModel } from './document';
import { formatDate } from './format';
import { readinessLabel, regionKindLabel, seriesKindLabel } from './labels';
import { localised } from './localised';
import { formatMoney } from './money';
import { partnerAskLabel, partnerKindLabel, partnerStatusLabel, planStepLabel } from './planText';

/** What the plan document shows: plain data, no rows of the database, no names of participants. */
export interface RegionPlanDocumentData {
	region: { name: string; kind: RegionKind };
	/** The day the document was made, `YYYY-MM-DD`. */
	today: string;
	goals: string | null;
	organiser: string | null;
	initiativeGroup: string | null;
	arrangers: { roomBy: string | null; cateringBy: string | null; communicationBy: string | null };
	partners: { name: string; kind: PartnerKind; asks: PartnerAsk[]; status: PartnerStatus; organises: boolean }[];
	series: { name: string; kind: SeriesKind; meetings: { number: number; date: string; startTime: string; location: string | null }[] }[];
	steps: TimelineStep[];
	/** The saved budget (`budget.ts`'s summary); absent when there is none or the reader may not see money. */
	budget?: { seriesPerYear: number; perSeries: Subtotals; perYear: Subtotals; lines: BudgetLine[] };
	/** The funding sources and the gap (`funding.ts`'s summary, without notes); absent as the budget. */
	funding?: { sources: { name: string; kind: FundingKind; status: FundingStatus; amount: number }[]; gap: FundingGap };
	/** The newest quickscan round (`quickscan.ts`'s summary); `round` null before the first. */
	quickscan?: { round: { number: number; answeredOn: string } | null; answers: QuickscanAnswer[] };
}

export type SectionBuilder = (data: RegionPlanDocumentData) => Block[];

const goals: SectionBuilder = (d) =>
	section(
		m.plan_document_goals(),
		(d.goals ?? m.plan_document_goals_empty())
			.split(/\n\s*\n/)
			.map((p) => p.trim())
			.filter(Boolean)
			.map(paragraph)
	);

const organisation: SectionBuilder = (d) => {
	const lines = [d.organiser ? m.plan_document_organiser({ name: d.organiser }) : m.plan_document_organiser_none()];
	if (d.initiativeGroup) lines.push(m.plan_document_initiative_group({ names: d.initiativeGroup }));
	const tasks: [string, string | null][] = [
		[m.plan_room_by(), d.arrangers.roomBy],
		[m.plan_catering_by(), d.arrangers.cateringBy],
		[m.plan_communication_by(), d.arrangers.communicationBy]
	];
	for (const [task, who] of tasks) if (who) lines.push(m.plan_document_arranges({ task, who }));
	return section(m.plan_document_organisation(), [list(lines)]);
};

const partners: SectionBuilder = (d) =>
	section(m.plan_document_partners(), [
		d.partners.length
			? table(
					[m.plan_partner_name(), m.plan_partner_kind(), m.plan_partner_asks(), m.plan_partner_status()],
					d.partners.map((p) => [
						p.organises ? `${p.name} (${m.plan_partner_organiser()})` : p.name,
						partnerKindLabel(p.kind),
						p.asks.length ? p.asks.map(partnerAskLabel).join(', ') : m.plan_partner_asks_none(),
						partnerStatusLabel(p.status)
					])
				)
			: paragraph(m.plan_document_partners_empty())
	]);

const seriesAndDates: SectionBuilder = (d) =>
	section(
		m.plan_document_series(),
		d.series.length
			? d.series.map((s) => {
					const name = `${s.name} (${seriesKindLabel(s.kind)})`;
					return s.meetings.length
						? table(
								[m.plan_document_meeting(), m.plan_document_date(), m.plan_document_time(), m.plan_document_place()],
								s.meetings.map((mt) => [String(mt.number), formatDate(mt.date), mt.startTime, mt.location ?? '']),
								name
							)
						: paragraph(`${name}: ${m.region_hub_no_meetings()}`);
				})
			: [paragraph(m.plan_document_series_empty())]
	);

const preparation: SectionBuilder = (d) =>
	section(m.plan_document_timeline(), [
		table(
			[m.plan_document_step(), m.plan_document_date(), m.plan_document_state()],
			d.steps.map((s) => [
				planStepLabel(s.key).title,
				s.date ? formatDate(s.date) : m.plan_document_undated(),
				s.done ? m.plan_document_step_done() : m.plan_document_step_open()
			])
		)
	]);

const groups: BudgetGroup[] = ['personnel', 'materials', 'followUp'];

/** Totals per series and per year, then every line that costs something, with how it is made. */
export const budgetSection: SectionBuilder = ({ budget: b }) => {
	if (!b) return [];
	const totals = table(
		['', m.budget_per_series(), m.budget_per_year()],
		[
			...groups.map((g) => [budgetGroupLabel(g), formatMoney(b.perSeries[g]), formatMoney(b.perYear[g])]),
			[m.plan_document_budget_total(), formatMoney(b.perSeries.total), formatMoney(b.perYear.total)]
		],
		m.plan_document_budget_totals()
	);
	const lines = b.lines.filter((l) => l.amount > 0);
	return section(m.plan_document_budget(), [
		paragraph(m.budget_year_note({ count: b.seriesPerYear })),
		totals,
		...(lines.length
			? [
					table(
						[m.budget_col_line(), m.budget_col_basis(), m.budget_col_amount()],
						lines.map((l) => [
							l.per === 'year' ? `${budgetLineLabel(l.key)} (${m.budget_per_year().toLowerCase()})` : budgetLineLabel(l.key),
							budgetLineBasis(l),
							formatMoney(l.amount)
						]),
						m.plan_document_budget_lines()
					)
				]
			: [])
	]);
};

const statusOrder: FundingStatus[] = ['granted', 'asked', 'idea', 'refused'];

/** The sources by status, with amounts; then the year's budget, what is granted, and what is still to find. */
export const fundingSection: SectionBuilder = ({ funding: f }) => {
	if (!f) return [];
	const sources = [...f.sources].sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
	const gap = f.gap;
	const sums = [
		m.plan_document_funding_line({ label: m.funding_budget(), amount: formatMoney(gap.budget) }),
		m.plan_document_funding_line({ label: m.funding_granted(), amount: formatMoney(gap.granted) })
	];
	if (gap.pending > 0) sums.push(m.plan_document_funding_line({ label: m.funding_pending(), amount: formatMoney(gap.pending) }));
	if (gap.budget === 0) sums.push(m.funding_no_budget());
	else if (gap.gap > 0) {
		sums.push(m.plan_document_funding_line({ label: m.funding_gap(), amount: formatMoney(gap.gap) }));
		if (gap.pending > 0) sums.push(m.plan_document_funding_line({ label: m.funding_gap_if_pending(), amount: formatMoney(Math.max(0, gap.gapIfPendingGranted)) }));
	} else if (gap.gap < 0) sums.push(m.funding_surplus({ amount: formatMoney(-gap.gap) }));
	else sums.push(m.funding_covered());
	return section(m.plan_document_funding(), [
		sources.length
			? table(
					[m.plan_document_funding_source(), m.funding_kind(), m.funding_status(), m.funding_amount()],
					sources.map((s) => [s.name, fundingKindLabel(s.kind), fundingStatusLabel(s.status), formatMoney(s.amount)])
				)
			: paragraph(m.funding_empty()),
		list(sums)
	]);
};

/** Per theme its status in words and, unless it is in place, what still needs work. No figure adds them up. */
export const quickscanSection: SectionBuilder = ({ quickscan: q }) => {
	if (!q) return [];
	if (!q.round) return section(m.plan_document_quickscan(), [paragraph(m.quickscan_overview_none_yet())]);
	return section(m.plan_document_quickscan(), [
		paragraph(m.quickscan_overview_round({ round: q.round.number, date: formatDate(q.round.answeredOn) })),
		table(
			[m.plan_document_quickscan_theme(), m.quickscan_status(), m.plan_document_quickscan_work()],
			q.answers.map((a) => [
				localised(quickscanThemeContent(a.theme).title),
				readinessLabel(a.status),
				a.status === 'inPlace' ? m.plan_document_quickscan_nothing() : a.strengthen.trim() || m.quickscan_overview_no_plan()
			])
		)
	]);
};

/** The plan's sections in order: the budget, funding and quickscan show only when their data is there. */
export const planSections: SectionBuilder[] = [goals, organisation, partners, seriesAndDates, preparation, budgetSection, fundingSection, quickscanSection];

export function regionPlanDocument(data: RegionPlanDocumentData, lang: DocumentLanguage, sections: readonly SectionBuilder[] = planSections): DocumentModel {
	return {
		title: m.plan_document_title({ name: data.region.name }),
		lang,
		blocks: [
			paragraph(m.plan_document_intro({ name: data.region.name, kind: regionKindLabel(data.region.kind), date: formatDate(data.today) })),
			...sections.flatMap((build) => build(data))
		]
	};
}
