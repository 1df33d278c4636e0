/*
 * A region's plan (issue #12 item 1): goals, partners and what they are asked for, who organises,
 * who arranges what, and the timeline of the half year before the first meeting. Coordinators
 * only (`can.manageRegions`); any other organisation's region or partner is `notFound`.
 */
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegion } from './db/repositories/regions';
import {
	ensurePlanForCheckedRegion,
	findRegionPartner,
	findRegionPlan,
	insertRegionPartner,
	listRegionPartners,
	listRegionSeriesWithMeetings,
	removeRegionPartner,
	updateRegionPartner,
	updateRegionPlan,
	updateRegionTimeline,
	type RegionPartnerInput,
	type RegionPartnerRow,
	type RegionPlanInput,
	type RegionPlanRow
} from './db/repositories/regionPlans';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { snapshotOf, type Snapshot } from '../domain/changes';
import {
	firstMeetingDate,
	newGoals,
	organiserAdvice,
	overridesFrom,
	planStepKeys,
	timeline,
	timelineProgress,
	type OrganiserAdvice,
	type PlanStepKey,
	type TimelineStep
} from '../domain/regionPlan';
import type { RegionKind } from '../domain/vocabularies';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { renderPdf } from './pdf/render';
import { regionBudgetSummary, type RegionBudgetSummary } from './budget';
import { regionFundingSummary, type RegionFundingSummary } from './funding';
import { regionQuickscanSummary, type QuickscanSummary } from './quickscan';
import { programmesLike, type SimilarEntry } from './inventory';
import { getLocale } from '$lib/paraglide/runtime';
import type { DocumentModel } from '../presentation/document';
import { regionPlanDocument, type RegionPlanDocumentData } from '../presentation/regionPlanDocument';
import { afterConflict, stale, versionToken, type Based, type Saved, type Stale } from './versioning';

export type { RegionPartnerInput, RegionPlanInput } from './db/repositories/regionPlans';

const planKeys = ['goals', 'organiserPartnerId', 'initiativeGroup', 'roomBy', 'cateringBy', 'communicationBy'] as const;
const emptyPlan: RegionPlanInput = { goals: null, organiserPartnerId: null, initiativeGroup: null, roomBy: null, cateringBy: null, communicationBy: null };

const planSnapshot = (p: RegionPlanInput) => snapshotOf(p, [...planKeys]);
const partnerSnapshot = (p: RegionPartnerInput) =>
	({ ...snapshotOf(p, ['name', 'kind', 'status', 'note']), asks: [...p.asks].sort().join(',') }) satisfies Snapshot;

/** The timeline as its form shows it: a date and a tick per step. */
function timelineSnapshot(steps: readonly { key: PlanStepKey; date: string | null; done: boolean }[]): Snapshot {
	return Object.fromEntries(steps.flatMap((s) => [[`date:${s.key}`, s.date ?? ''], [`done:${s.key}`, String(s.done)]]));
}

export type RegionSeries = Awaited<ReturnType<typeof listRegionSeriesWithMeetings>>[number];

export interface RegionPlanView {
	region: { id: string; name: string; kind: RegionKind };
	plan: RegionPlanInput;
	partners: RegionPartnerRow[];
	organiser: RegionPartnerRow | null;
	series: RegionSeries[];
	firstMeeting: string | null;
	steps: TimelineStep[];
	progress: { done: number; total: number; late: number };
	advice: OrganiserAdvice[];
	version: string;
	timelineVersion: string;
}

/** Everything the plan holds, read once; pages and the document take what they need of it. */
async function readPlan(db: Db, organisationId: string, regionId: string, today: string): Promise<RegionPlanView | null> {
	const region = await findRegion(db, organisationId, regionId);
	if (!region) return null;
	const [row, partners, seriesList] = await Promise.all([
		findRegionPlan(db, organisationId, regionId),
		listRegionPartners(db, organisationId, regionId),
		listRegionSeriesWithMeetings(db, organisationId, regionId)
	]);
	const plan: RegionPlanInput = row ? pick(row) : emptyPlan;
	const organiser = partners.find((p) => p.id === plan.organiserPartnerId) ?? null;
	const firstMeeting = firstMeetingDate(seriesList.flatMap((s) => s.meetings.map((m) => m.date)));
	const steps = timeline(firstMeeting, row?.timeline ?? {}, today);
	return {
		region: { id: region.id, name: region.name, kind: region.kind },
		plan,
		partners,
		organiser,
		series: seriesList,
		firstMeeting,
		steps,
		progress: timelineProgress(steps),
		advice: organiserAdvice({ organiserKind: organiser?.kind ?? null, partnerKinds: partners.map((p) => p.kind) }),
		version: versionToken(row?.version ?? 1, planSnapshot(plan)),
		timelineVersion: versionToken(row?.timelineVersion ?? 1, timelineSnapshot(steps))
	};
}

function pick(row: RegionPlanRow): RegionPlanInput {
	return {
		goals: row.goals,
		organiserPartnerId: row.organiserPartnerId,
		initiativeGroup: row.initiativeGroup,
		roomBy: row.roomBy,
		cateringBy: row.cateringBy,
		communicationBy: row.communicationBy
	};
}

/** The plan page, the region's hub and the plan as a document. */
export async function regionPlanFor(db: Db, actor: Actor, regionId: string, today: string): Promise<Result<RegionPlanView, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const view = await readPlan(db, actor.organisationId, regionId, today);
	return view ? ok(view) : fail('notFound');
}

/** A programme of the inventory that looks like a goal just added, with that goal. */
export interface GoalLikeProgramme extends SimilarEntry {
	goal: string;
}

export type SavePlanResult = Saved<{ similar: GoalLikeProgramme[] }> | NotFound | Fail<'unknownOrganiser'>;

/**
 * Saves the plan's words over the version its form showed. The organiser is one of the region's
 * own partners; choosing the municipality is advised against on the page, never refused. A saved
 * plan answers with the inventory's programmes that look like a goal it did not have before
 * (`programmesLike`, per new goal): a warning to build on what is there, never a refusal.
 */
export async function saveRegionPlan(db: Db, actor: Actor, regionId: string, based: Based, input: RegionPlanInput): Promise<SavePlanResult> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<SavePlanResult> => {
		if (!(await findRegion(tx, organisationId, regionId))) return fail('notFound');
		if (input.organiserPartnerId && !(await findRegionPartner(tx, organisationId, regionId, input.organiserPartnerId)))
			return fail('unknownOrganiser');
		await ensurePlanForCheckedRegion(tx, organisationId, regionId);
		const before = await findRegionPlan(tx, organisationId, regionId);
		if ((await updateRegionPlan(tx, organisationId, regionId, based.version, input)) === null) {
			const current = await findRegionPlan(tx, organisationId, regionId);
			if (!current) return fail('notFound');
			const same = afterConflict(based, planSnapshot(pick(current)), planSnapshot(input));
			return same.ok ? ok({ similar: [] }) : same;
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'regionPlan.saved', subject: regionId, payload: { organiserChosen: input.organiserPartnerId !== null } });
		return ok({ similar: await programmesLikeGoals(tx, actor, newGoals(before?.goals ?? null, input.goals)) });
	});
}

/** The inventory's programmes like any of `goals`, each once (with the first goal it looked like). */
async function programmesLikeGoals(db: Db, actor: Actor, goals: readonly string[]): Promise<GoalLikeProgramme[]> {
	const seen = new Map<string, GoalLikeProgramme>();
	for (const goal of goals) {
		const like = await programmesLike(db, actor, goal);
		if (!like.ok) return [];
		for (const entry of like.value) if (!seen.has(entry.id)) seen.set(entry.id, { ...entry, goal });
	}
	return [...seen.values()];
}

export interface StepInput {
	key: PlanStepKey;
	date: string | null;
	done: boolean;
}

export type SaveTimelineResult = Saved | NotFound | Fail<'incomplete'>;

/**
 * Saves the timeline over the version its form showed: a date and a tick for every step. Only what
 * differs from the suggestion is kept, so untouched dates follow the first meeting when it moves.
 */
export async function saveRegionTimeline(
	db: Db,
	actor: Actor,
	regionId: string,
	based: Based,
	steps: readonly StepInput[],
	today: string
): Promise<SaveTimelineResult> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	const keys = new Set(steps.map((s) => s.key));
	if (keys.size !== planStepKeys.length || steps.length !== planStepKeys.length) return fail('incomplete');
	return withTransaction(db, async (tx): Promise<SaveTimelineResult> => {
		const view = await readPlan(tx, organisationId, regionId, today);
		if (!view) return fail('notFound');
		const overrides = overridesFrom(view.firstMeeting, steps);
		await ensurePlanForCheckedRegion(tx, organisationId, regionId);
		if ((await updateRegionTimeline(tx, organisationId, regionId, based.version, overrides)) === null) {
			const submitted = timelineSnapshot(timeline(view.firstMeeting, overrides, today));
			return afterConflict(based, timelineSnapshot(view.steps), submitted);
		}
		const saved = timeline(view.firstMeeting, overrides, today);
		await recordEvent(tx, {
			organisationId,
			actorId: actor.userId,
			type: 'regionPlan.timelineSaved',
			subject: regionId,
			payload: { done: saved.filter((s) => s.done).length, adjusted: saved.filter((s) => s.adjusted).length }
		});
		return ok({});
	});
}

/** The region's name for a partner form's page; notFound for another organisation's region. */
export async function regionForPartners(db: Db, actor: Actor, regionId: string): Promise<Result<{ id: string; name: string }, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const region = await findRegion(db, actor.organisationId, regionId);
	return region ? ok({ id: region.id, name: region.name }) : fail('notFound');
}

export async function addRegionPartner(db: Db, actor: Actor, regionId: string, input: RegionPartnerInput): Promise<Result<{ id: string }, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<Result<{ id: string }, 'notFound'>> => {
		if (!(await findRegion(tx, organisationId, regionId))) return fail('notFound');
		const row = await insertRegionPartner(tx, organisationId, regionId, input);
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'regionPartner.added', subject: regionId, payload: { partnerId: row.id } });
		return ok({ id: row.id });
	});
}

export async function regionPartnerFor(
	db: Db,
	actor: Actor,
	regionId: string,
	partnerId: string
): Promise<Result<{ region: { id: string; name: string }; partner: RegionPartnerRow; version: string }, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const region = await findRegion(db, actor.organisationId, regionId);
	const partner = region && (await findRegionPartner(db, actor.organisationId, regionId, partnerId));
	if (!region || !partner) return fail('notFound');
	return ok({ region: { id: region.id, name: region.name }, partner, version: versionToken(partner.version, partnerSnapshot(partner)) });
}

export async function changeRegionPartner(
	db: Db,
	actor: Actor,
	regionId: string,
	partnerId: string,
	based: Based,
	input: RegionPartnerInput
): Promise<Saved | NotFound> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<Saved | NotFound> => {
		if ((await updateRegionPartner(tx, organisationId, regionId, partnerId, based.version, input)) === null) {
			const current = await findRegionPartner(tx, organisationId, regionId, partnerId);
			return current ? afterConflict(based, partnerSnapshot(current), partnerSnapshot(input)) : fail('notFound');
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'regionPartner.changed', subject: regionId, payload: { partnerId } });
		return ok({});
	});
}

/** Removes a partner over the version its page showed; if it organised, the plan has no organiser then. */
export async function removeRegionPartnerOf(db: Db, actor: Actor, regionId: string, partnerId: string, based: Based): Promise<Result<object> | Stale | NotFound> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<Result<object> | Stale | NotFound> => {
		const removal = await removeRegionPartner(tx, organisationId, regionId, partnerId, based.version);
		if (removal === 'gone') return fail('notFound');
		if (removal === 'stale') {
			const current = await findRegionPartner(tx, organisationId, regionId, partnerId);
			return current ? stale(based, partnerSnapshot(current)) : fail('notFound');
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'regionPartner.removed', subject: regionId, payload: { partnerId } });
		return ok({});
	});
}

/** The other preparation pages' summaries, each as its own policy allowed it (absent when not). */
export interface PlanExtras {
	budget?: RegionBudgetSummary;
	funding?: RegionFundingSummary;
	quickscan?: QuickscanSummary;
}

/**
 * The plain data the plan document is made from: names of organisations, no one's personal
 * details. The budget shows once saved; the funding's notes never.
 */
export function planDocumentData(view: RegionPlanView, today: string, extras: PlanExtras = {}): RegionPlanDocumentData {
	const { budget, funding, quickscan } = extras;
	return {
		region: { name: view.region.name, kind: view.region.kind },
		today,
		goals: view.plan.goals,
		organiser: view.organiser?.name ?? null,
		initiativeGroup: view.plan.initiativeGroup,
		arrangers: { roomBy: view.plan.roomBy, cateringBy: view.plan.cateringBy, communicationBy: view.plan.communicationBy },
		partners: view.partners.map((p) => ({ name: p.name, kind: p.kind, asks: p.asks, status: p.status, organises: p.id === view.organiser?.id })),
		series: view.series.map((s) => ({ name: s.name, kind: s.kind, meetings: s.meetings })),
		steps: view.steps,
		...(budget?.saved ? { budget: { seriesPerYear: budget.seriesPerYear, perSeries: budget.perSeries, perYear: budget.perYear, lines: budget.lines } } : {}),
		...(funding
			? { funding: { sources: funding.sources.map((s) => ({ name: s.name, kind: s.kind, status: s.status, amount: s.amount })), gap: funding.gap } }
			: {}),
		...(quickscan ? { quickscan: { round: quickscan.round, answers: quickscan.answers } } : {})
	};
}

/** Each summary through its own use-case, so its policy decides: what the reader may not see stays out. */
async function planExtras(db: Db, actor: Actor, regionId: string): Promise<PlanExtras> {
	const [budget, funding, quickscan] = await Promise.all([
		regionBudgetSummary(db, actor, regionId),
		regionFundingSummary(db, actor, regionId),
		regionQuickscanSummary(db, actor, regionId)
	]);
	return {
		...(budget.ok ? { budget: budget.value } : {}),
		...(funding.ok ? { funding: funding.value } : {}),
		...(quickscan.ok ? { quickscan: quickscan.value } : {})
	};
}

/** The region plan as a document in the reader's language, for the print page and the PDF. */
export async function regionPlanDocumentFor(db: Db, actor: Actor, regionId: string, today: string): Promise<Result<DocumentModel, 'notFound'>> {
	const view = await regionPlanFor(db, actor, regionId, today);
	if (!view.ok) return view;
	return ok(regionPlanDocument(planDocumentData(view.value, today, await planExtras(db, actor, regionId)), getLocale()));
}

/** The region plan as a tagged PDF: its bytes and a file name made of the region's name. */
export async function regionPlanPdf(
	db: Db,
	actor: Actor,
	regionId: string,
	today: string
): Promise<Result<{ bytes: Uint8Array<ArrayBuffer>; filename: string }, 'notFound'>> {
	const doc = await regionPlanDocumentFor(db, actor, regionId, today);
	if (!doc.ok) return doc;
	return ok({ bytes: await renderPdf(doc.value), filename: `${fileNameOf(doc.value.title)}.pdf` });
}

/** A file name that every system accepts: letters without accents, digits and dashes. */
export function fileNameOf(title: string): string {
	const plain = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 80);
	return plain || 'document';
}
