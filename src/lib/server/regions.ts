import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegion, insertRegion, listRegions, updateRegion, type RegionInput } from './db/repositories/regions';
import { fail, ok, type Result } from './result';

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

export async function regionFor(db: Db, actor: Actor, id: string): Promise<Result<Region, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	const found = await findRegion(db, actor.organisationId, id);
	return found ? ok(found) : fail('notFound');
}

export async function createRegion(db: Db, actor: Actor, input: RegionInput): Promise<Result<Region | undefined, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	return ok(await insertRegion(db, actor.organisationId, input));
}

export async function changeRegion(db: Db, actor: Actor, id: string, input: RegionInput): Promise<Result<object, 'notFound'>> {
	if (!can.manageRegions(actor)) return fail('notFound');
	return (await updateRegion(db, actor.organisationId, id, input)) ? ok({}) : fail('notFound');
}
