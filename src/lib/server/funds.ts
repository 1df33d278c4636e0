import { nationalFund, nationalFunds, type NationalFund } from '../content/funds';
import { snapshotOf, type Snapshot } from '../domain/changes';
import { matchFunds, type FinderAnswer, type FinderQuestion, type FundCriteria } from '../domain/eligibility';
import { localSchemeCriteria, localSchemeDetailKeys, settleLocalScheme, type LocalSchemeDetails, type LocalSchemeRefusal } from '../domain/localSchemes';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { deleteLocalScheme, findLocalScheme, insertLocalScheme, listLocalSchemes, updateLocalScheme } from './db/repositories/localSchemes';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

export type LocalScheme = NonNullable<Awaited<ReturnType<typeof findLocalScheme>>>;

/** A fund as the finder lists it: a national one from the content, or one of the organisation's own schemes. */
export type FinderFund = FundCriteria & ({ kind: 'national'; national: NationalFund } | { kind: 'local'; local: LocalScheme });

/**
 * The finder page (issue #13 item 3): with a question, the funds that fit and those that almost
 * fit; without one, just what there is. The organisation's own schemes come first (they are the
 * nearest help), then the national funds in the order of seed 004. Nothing of the question is
 * stored or recorded: it comes from the address bar and goes back to the page.
 */
export async function fundFinder(
	db: Db,
	actor: Actor,
	question: FinderQuestion | null
): Promise<Result<{ answer: FinderAnswer<FinderFund> | null; local: LocalScheme[]; national: readonly NationalFund[]; canAdd: boolean }, 'notFound'>> {
	if (!can.useFundFinder(actor)) return fail('notFound');
	const local = await listLocalSchemes(db, actor.organisationId);
	const funds: FinderFund[] = [
		...local.map((scheme): FinderFund => ({ ...localSchemeCriteria(scheme.id, scheme), kind: 'local', local: scheme })),
		...nationalFunds.map((fund): FinderFund => ({ id: fund.id, offers: fund.offers, applicants: fund.applicants, kind: 'national', national: fund }))
	];
	return ok({
		answer: question ? matchFunds(funds, question) : null,
		local,
		national: nationalFunds,
		canAdd: can.addLocalScheme(actor)
	});
}

/** One national fund by its code; an unknown code is not there. */
export function nationalFundFor(actor: Actor, id: string): Result<NationalFund, 'notFound'> {
	const fund = nationalFund(id);
	return can.useFundFinder(actor) && fund ? ok(fund) : fail('notFound');
}

/** A scheme as its edit form shows it: lists as the codes joined, numbers as typed. */
const localSchemeSnapshot = (details: LocalSchemeDetails): Snapshot =>
	snapshotOf({ ...details, needs: [...details.needs].sort().join(','), applicants: [...details.applicants].sort().join(',') }, localSchemeDetailKeys);

/** One local scheme with the version its edit form is based on; another organisation's id is not there. */
export async function localSchemeFor(db: Db, actor: Actor, id: string) {
	if (!can.useFundFinder(actor)) return fail('notFound');
	const scheme = await findLocalScheme(db, actor.organisationId, id);
	if (!scheme) return fail('notFound');
	return ok({ scheme, canEdit: can.editLocalScheme(actor, scheme), version: versionToken(scheme.version, localSchemeSnapshot(scheme)) });
}

/** The empty form for a new scheme; only who may add schemes gets it. */
export function newLocalSchemeForm(actor: Actor): Result<Record<string, never>, 'notFound'> {
	return can.addLocalScheme(actor) ? ok({}) : fail('notFound');
}

type Refused = Fail<LocalSchemeRefusal>;

const refusedAs = (refusal: LocalSchemeRefusal): Refused => fail(refusal, { field: 'ageTo' });

export async function addLocalScheme(db: Db, actor: Actor, input: LocalSchemeDetails): Promise<Result<{ id: string }, 'notFound'> | Refused> {
	if (!can.addLocalScheme(actor)) return fail('notFound');
	const settled = settleLocalScheme(input);
	if (!settled.ok) return refusedAs(settled.refusal);
	const id = await withTransaction(db, async (tx) => {
		const id = await insertLocalScheme(tx, actor.organisationId, settled.details, actor.userId);
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'localScheme.added', subject: id, payload: {} });
		return id;
	});
	return ok({ id });
}

/**
 * Saves over the version the form was opened with; a newer save by someone else is never
 * overwritten. The permission comes first, so a scheme out of reach stays a 404, never a conflict.
 */
export async function changeLocalScheme(db: Db, actor: Actor, id: string, based: Based, input: LocalSchemeDetails): Promise<Saved | NotFound | Refused> {
	const found = await findLocalScheme(db, actor.organisationId, id);
	if (!found || !can.editLocalScheme(actor, found)) return fail('notFound');
	const settled = settleLocalScheme(input);
	if (!settled.ok) return refusedAs(settled.refusal);
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateLocalScheme(tx, actor.organisationId, id, based.version, settled.details)) === null) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'localScheme.changed', subject: id, payload: {} });
		return true;
	});
	if (saved) return ok({});
	const current = await findLocalScheme(db, actor.organisationId, id);
	return current ? afterConflict(based, localSchemeSnapshot(current), localSchemeSnapshot(settled.details)) : fail('notFound');
}

export async function removeLocalScheme(db: Db, actor: Actor, id: string): Promise<Result<Record<string, never>, 'notFound'>> {
	const found = await findLocalScheme(db, actor.organisationId, id);
	if (!found || !can.editLocalScheme(actor, found)) return fail('notFound');
	const removed = await withTransaction(db, async (tx) => {
		if (!(await deleteLocalScheme(tx, actor.organisationId, id))) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'localScheme.removed', subject: id, payload: {} });
		return true;
	});
	return removed ? ok({}) : fail('notFound');
}
