import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegion, insertRegion, listRegions, updateRegion, type RegionInput } from './db/repositories/regions';
import { allowOrNotFound, notFound } from './guard';

export function regionsFor(db: Db, actor: Actor) {
	return listRegions(db, actor.organisationId);
}

export async function regionFor(db: Db, actor: Actor, id: string) {
	allowOrNotFound(can.manageRegions(actor));
	return (await findRegion(db, actor.organisationId, id)) ?? notFound();
}

export async function createRegion(db: Db, actor: Actor, input: RegionInput) {
	allowOrNotFound(can.manageRegions(actor));
	return insertRegion(db, actor.organisationId, input);
}

export async function changeRegion(db: Db, actor: Actor, id: string, input: RegionInput) {
	allowOrNotFound(can.manageRegions(actor));
	if (!(await updateRegion(db, actor.organisationId, id, input))) notFound();
}
