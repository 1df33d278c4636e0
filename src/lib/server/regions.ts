import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegion, insertRegion, listRegions, updateRegion, type RegionInput } from './db/repositories/regions';
import { snapshotOf } from '../domain/changes';
import { fail, ok, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

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
