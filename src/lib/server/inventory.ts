import { snapshotOf } from '../domain/changes';
import { similarProgrammes, type Similar } from '../domain/inventory';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { deleteProgramme, findProgramme, insertProgramme, listProgrammes, updateProgramme, type ProgrammeInput } from './db/repositories/inventory';
import { findRegion, listRegions } from './db/repositories/regions';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved, type Stale } from './versioning';

/*
 * What is already there (issue #12 item 5): the organisation's inventory of local programmes,
 * projects and consultation tables on (child) poverty, each with who runs it and optionally a
 * region. A new entry that looks like one already listed is held back once with a warning, so
 * the coordinator builds on it rather than listing it twice; "add anyway" adds it.
 */

type Listed = Awaited<ReturnType<typeof listProgrammes>>[number];

export type { ProgrammeInput };

const programmeSnapshot = (p: ProgrammeInput) =>
	snapshotOf({ ...p, regionId: p.regionId ?? '' }, ['name', 'kind', 'description', 'runBy', 'contact', 'regionId']);

/** The inventory page: every entry, the regions to choose from, and whether this member may add. */
export async function inventoryFor(db: Db, actor: Actor) {
	if (!can.manageInventory(actor)) return fail('notFound');
	const [programmes, regions] = await Promise.all([listProgrammes(db, actor.organisationId), listRegions(db, actor.organisationId)]);
	return ok({ programmes, regions: regions.map(({ id, name }) => ({ id, name })) });
}

/** What a duplicate warning shows of a similar entry. */
export interface SimilarEntry {
	id: string;
	name: string;
	runBy: string;
	shared: string[];
}

const similarEntries = (found: Similar<Listed>[]): SimilarEntry[] => found.map(({ programme: p, shared }) => ({ id: p.id, name: p.name, runBy: p.runBy, shared }));

/**
 * The entries that look like `text`: for a new plan goal ("is this already done somewhere?") as
 * much as for a new entry. Wraps the domain's `similarProgrammes` over the organisation's inventory.
 */
export async function programmesLike(db: Db, actor: Actor, text: string): Promise<Result<SimilarEntry[], 'notFound'>> {
	if (!can.manageInventory(actor)) return fail('notFound');
	return ok(similarEntries(similarProgrammes(text, await listProgrammes(db, actor.organisationId))));
}

async function regionIsOurs(db: Db, actor: Actor, regionId: string | null): Promise<boolean> {
	return regionId === null || (await findRegion(db, actor.organisationId, regionId)) !== null;
}

export type AddRefusal = Fail<'similar', { similar: SimilarEntry[] }> | Fail<'unknownRegion'>;

/**
 * Adds an entry. Unless `anyway`, an entry whose name and description look like one already there
 * is refused as `similar`, naming those entries; the form then offers to add it anyway.
 */
export async function addProgramme(db: Db, actor: Actor, input: ProgrammeInput, anyway: boolean): Promise<Result<{ id: string }> | NotFound | AddRefusal> {
	if (!can.manageInventory(actor)) return fail('notFound');
	if (!(await regionIsOurs(db, actor, input.regionId))) return fail('unknownRegion', { field: 'regionId' });
	const similar = similarEntries(similarProgrammes(`${input.name} ${input.description}`, await listProgrammes(db, actor.organisationId)));
	if (similar.length && !anyway) return fail('similar', { similar });
	const id = await withTransaction(db, async (tx) => {
		const id = await insertProgramme(tx, actor.organisationId, input, actor.userId);
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'programme.added', subject: id, payload: { similar: similar.length } });
		return id;
	});
	return ok({ id });
}

/** One entry with the version its edit form is based on, and the regions to choose from. */
export async function programmeFor(db: Db, actor: Actor, id: string) {
	if (!can.manageInventory(actor)) return fail('notFound');
	const programme = await findProgramme(db, actor.organisationId, id);
	if (!programme) return fail('notFound');
	const regions = await listRegions(db, actor.organisationId);
	return ok({ programme, regions: regions.map(({ id, name }) => ({ id, name })), version: versionToken(programme.version, programmeSnapshot(programme)) });
}

export async function changeProgramme(db: Db, actor: Actor, id: string, based: Based, input: ProgrammeInput): Promise<Saved | NotFound | Fail<'unknownRegion'>> {
	if (!can.manageInventory(actor) || !(await findProgramme(db, actor.organisationId, id))) return fail('notFound');
	if (!(await regionIsOurs(db, actor, input.regionId))) return fail('unknownRegion', { field: 'regionId' });
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateProgramme(tx, actor.organisationId, id, based.version, input)) === null) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'programme.changed', subject: id, payload: {} });
		return true;
	});
	if (saved) return ok({});
	const current = await findProgramme(db, actor.organisationId, id);
	return current ? afterConflict(based, programmeSnapshot(current), programmeSnapshot(input)) : fail('notFound');
}

/** Removes an entry over the version its page showed; one removed already counts as removed (a second tap). */
export async function removeProgramme(db: Db, actor: Actor, id: string, based: Based): Promise<Result<Record<string, never>> | Stale | NotFound> {
	if (!can.manageInventory(actor)) return fail('notFound');
	return withTransaction(db, async (tx) => {
		const current = await findProgramme(tx, actor.organisationId, id);
		if (!current) return fail('notFound');
		const removal = await deleteProgramme(tx, actor.organisationId, id, based.version);
		if (removal === 'stale') return stale(based, programmeSnapshot(current));
		if (removal === 'removed') {
			await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'programme.removed', subject: id, payload: {} });
		}
		return ok({});
	});
}
