import { budgetKeys, calculateBudget, defaultBudget, type Budget, type BudgetInput } from '../domain/budget';
import { snapshotOf } from '../domain/changes';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegionBudget, insertRegionBudget, updateRegionBudget } from './db/repositories/budget';
import { findRegion } from './db/repositories/regions';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

/*
 * A region's budget (issue #12 item 2). The coordinators keep it; facilitators read it;
 * stakeholders never see it (`can.readRegionMoney`, `can.editRegionMoney`). Only what was typed is
 * stored; `calculateBudget` (domain) makes the lines and totals, here as on the page.
 */

const budgetSnapshot = (input: BudgetInput) => snapshotOf(input, [...budgetKeys]);

/** A stored budget as the domain knows it: keys added to the input later start from the default. */
const storedInput = (stored: Partial<BudgetInput> | null | undefined): BudgetInput => ({ ...defaultBudget, ...stored });

/** The budget's version: no row yet is the default budget at version 1. */
async function current(db: Db, organisationId: string, regionId: string) {
	const row = await findRegionBudget(db, organisationId, regionId);
	return { input: storedInput(row?.input), version: row?.version ?? 1, updatedAt: row?.updatedAt ?? null };
}

export interface RegionBudgetPage {
	region: { id: string; name: string };
	input: BudgetInput;
	budget: Budget;
	version: string;
	canEdit: boolean;
	updatedAt: Date | null;
}

/** The budget page: what was typed, its calculation and the version an edit is based on. */
export async function regionBudgetFor(db: Db, actor: Actor, regionId: string): Promise<Result<RegionBudgetPage, 'notFound'>> {
	if (!can.readRegionMoney(actor)) return fail('notFound');
	const region = await findRegion(db, actor.organisationId, regionId);
	if (!region) return fail('notFound');
	const saved = await current(db, actor.organisationId, regionId);
	return ok({
		region: { id: region.id, name: region.name },
		input: saved.input,
		budget: calculateBudget(saved.input),
		version: versionToken(saved.version, budgetSnapshot(saved.input)),
		canEdit: can.editRegionMoney(actor),
		updatedAt: saved.updatedAt
	});
}

export type SaveBudgetResult = Saved | NotFound | Fail<'noMeetings'>;

/**
 * Saves the budget over the version its form was opened with. A budget without meetings is
 * calculated and shown with advice, but not saved: a series of Ontmoetingen has meetings.
 */
export async function saveRegionBudget(db: Db, actor: Actor, regionId: string, based: Based, input: BudgetInput): Promise<SaveBudgetResult> {
	if (!can.editRegionMoney(actor)) return fail('notFound');
	if (input.meetingsPerSeries === 0) return fail('noMeetings', { field: 'meetingsPerSeries' });
	// Checks the numbers before anything is written (whole and not negative), the domain's own rule.
	calculateBudget(input);
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<SaveBudgetResult> => {
		if (!(await findRegion(tx, organisationId, regionId))) return fail('notFound');
		const claimed =
			(await updateRegionBudget(tx, organisationId, regionId, based.version, input, actor.userId)) ??
			(based.version === 1 ? await insertRegionBudget(tx, organisationId, regionId, input, actor.userId) : null);
		if (claimed === null) {
			const now = await current(tx, organisationId, regionId);
			return afterConflict(based, budgetSnapshot(now.input), budgetSnapshot(input));
		}
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'budget.saved', subject: regionId, payload: {} });
		return ok({});
	});
}

/** The budget as plain data for the region plan and its PDF: totals in cents, the lines, the advice. */
export interface RegionBudgetSummary {
	regionId: string;
	regionName: string;
	/** Whether the coordinators saved a budget; false means every amount is still the default. */
	saved: boolean;
	seriesPerYear: number;
	meetingsPerSeries: number;
	participantsPerMeeting: number;
	lines: Budget['lines'];
	perSeries: Budget['perSeries'];
	perYear: Budget['perYear'];
	warnings: Budget['warnings'];
}

/** For the region plan (another module): who may read the budget gets it, anyone else a `notFound`. */
export async function regionBudgetSummary(db: Db, actor: Actor, regionId: string): Promise<Result<RegionBudgetSummary, 'notFound'>> {
	if (!can.readRegionMoney(actor)) return fail('notFound');
	const region = await findRegion(db, actor.organisationId, regionId);
	if (!region) return fail('notFound');
	const row = await findRegionBudget(db, actor.organisationId, regionId);
	const input = storedInput(row?.input);
	const budget = calculateBudget(input);
	return ok({
		regionId,
		regionName: region.name,
		saved: row !== null,
		seriesPerYear: input.seriesPerYear,
		meetingsPerSeries: input.meetingsPerSeries,
		participantsPerMeeting: input.participantsPerMeeting,
		...budget
	});
}

/** The year's total of a region's budget, for the funding page's gap. */
export async function budgetTotalForCheckedRegion(db: Db, organisationId: string, regionId: string): Promise<number> {
	const row = await findRegionBudget(db, organisationId, regionId);
	return calculateBudget(storedInput(row?.input)).perYear.total;
}
