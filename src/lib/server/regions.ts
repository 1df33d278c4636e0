import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	countSeriesInRegion,
	deleteLockedRegion,
	findRegion,
	insertRegion,
	listRegions,
	lockRegionAt,
	updateRegion,
	type RegionInput
} from './db/repositories/regions';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { snapshotOf } from '../domain/changes';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved, type Stale } from './versioning';

type Region = Awaited<ReturnType<typeof listRegions>>[number];

/** The regions to choose from on a series' forms. */
export async function regionsFor(db: Db, actor: Actor): Promise<Result<Region[], 'notFound'>> {
	if (!can.listRegions(actor)) return fail('notFound');
	return ok(await listRegions(db, actor.organisationId));
}

/** The regions page, where a coordinator adds and renames them. */
export async function regionsToManage(db: Db, actor: Actor): Promise<Result<Region[], 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	return ok(await listRegions(db, actor.organisationId));
}

/** A region as its edit form shows it. */
const regionSnapshot = (r: RegionInput) => snapshotOf(r, ['name', 'kind']);

export async function regionFor(db: Db, actor: Actor, id: string): Promise<Result<{ region: Region; version: string }, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const found = await findRegion(db, actor.organisationId, id);
	return found ? ok({ region: found, version: versionToken(found.version, regionSnapshot(found)) }) : fail('notFound');
}

export async function createRegion(db: Db, actor: Actor, input: RegionInput): Promise<Result<Region | undefined, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	return ok(await insertRegion(db, actor.organisationId, input));
}

/** Renames a region over the version its form was opened with; a newer save is never overwritten. */
export async function changeRegion(db: Db, actor: Actor, id: string, based: Based, input: RegionInput): Promise<Saved | NotFound> {
	if (!can.manageRegions(actor)) return fail('notFound');
	if ((await updateRegion(db, actor.organisationId, id, based.version, input)) !== null) return ok({});
	const current = await findRegion(db, actor.organisationId, id);
	return current ? afterConflict(based, regionSnapshot(current), regionSnapshot(input)) : fail('notFound');
}

/** The region's deletion page: its name, how many series are in it, and the version it is based on. */
export async function regionRemovalFor(db: Db, actor: Actor, id: string) {
	if (!can.manageRegions(actor)) return fail('notFound');
	const found = await findRegion(db, actor.organisationId, id);
	if (!found) return fail('notFound');
	return ok({ region: found, seriesCount: await countSeriesInRegion(db, actor.organisationId, id), version: versionToken(found.version, regionSnapshot(found)) });
}

export type RemoveRegionResult = Result<Record<string, never>> | Fail<'hasSeries', { count: number }> | Stale | NotFound;

/**
 * Deletes a region over the version its page showed. A region with series is refused: the series
 * would silently lose their region (`set null`), and with it where they take place; the
 * coordinator moves them first. Renamed since the page was shown: stale.
 */
export async function removeRegion(db: Db, actor: Actor, id: string, based: Based): Promise<RemoveRegionResult> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<RemoveRegionResult> => {
		if (!(await lockRegionAt(tx, organisationId, id, based.version))) {
			const current = await findRegion(tx, organisationId, id);
			return current ? stale(based, regionSnapshot(current)) : fail('notFound');
		}
		const count = await countSeriesInRegion(tx, organisationId, id);
		if (count > 0) return fail('hasSeries', { count });
		await deleteLockedRegion(tx, organisationId, id);
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'region.deleted', subject: id, payload: {} });
		return ok({});
	});
}
