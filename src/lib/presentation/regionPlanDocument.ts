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
import type { TimelineStep } from '$lib/domain/regionPlan';
import type { PartnerAsk, PartnerKind, PartnerStatus, RegionKind, SeriesKind } from '$lib/domain/vocabularies';
import { list, paragraph, section, table, type Block, type DocumentLanguage, type DocumentModel } from './document';
import { formatDate } from './format';
import { regionKindLabel, seriesKindLabel } from './labels';
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

/** The plan's sections in order. The lead adds budget, funding and quickscan here. */
export const planSections: SectionBuilder[] = [goals, organisation, partners, seriesAndDates, preparation];

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
