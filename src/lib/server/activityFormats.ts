import { activityFormats, isActivityFormatId } from '../content/activityFormats';
import type { ActivityFormat, ActivityFormatId } from '../content/meetingScript';
import { snapshotOf, type Snapshot } from '../domain/changes';
import { ownFormatDetailKeys, settleOwnFormat, type OwnFormatDetails, type OwnFormatRefusal } from '../domain/activityFormats';
import type { GroupForm } from '../domain/vocabularies';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	deleteActivityFormat,
	findActivityFormat,
	insertActivityFormat,
	listActivityFormats,
	updateActivityFormat
} from './db/repositories/activityFormats';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

export type OwnFormat = NonNullable<Awaited<ReturnType<typeof findActivityFormat>>>;

/** What a select list of formats shows of an own format. */
export interface OwnFormatChoice {
	id: string;
	name: string;
	minutes: number;
	groupForm: GroupForm;
}

/** The library page: the built-in formats and the organisation's own, of one group form or all. */
export async function formatLibrary(db: Db, actor: Actor, groupForm: GroupForm | null) {
	if (!can.viewActivityFormats(actor)) return fail('notFound');
	const own = await listActivityFormats(db, actor.organisationId, groupForm);
	return ok({
		builtIn: activityFormats.filter((format) => groupForm === null || format.groupForm === groupForm),
		own,
		canAdd: can.addActivityFormat(actor),
		/** Own agenda templates are the other building block a facilitator reuses; the library links them. */
		canSeeTemplates: can.viewAgendaTemplates(actor)
	});
}

/**
 * The formats an agenda part can use, for the agenda editor's select list. A part stores its
 * format as text: a built-in id, or an own format's uuid.
 */
export async function formatChoices(db: Db, actor: Actor): Promise<Result<{ builtIn: readonly ActivityFormatId[]; own: OwnFormatChoice[] }, 'notFound'>> {
	if (!can.viewActivityFormats(actor)) return fail('notFound');
	const own = await listActivityFormats(db, actor.organisationId);
	return ok({
		builtIn: activityFormats.map((format) => format.id),
		own: own.map(({ id, name, minutes, groupForm }) => ({ id, name, minutes, groupForm }))
	});
}

/** One built-in format by its code; an unknown code is not there. */
export function builtInFormat(actor: Actor, id: string): Result<ActivityFormat, 'notFound'> {
	if (!can.viewActivityFormats(actor) || !isActivityFormatId(id)) return fail('notFound');
	return ok(activityFormats.find((format) => format.id === id)!);
}

/** An own format as its edit form shows it: each list one item a line. */
const ownFormatSnapshot = (details: OwnFormatDetails): Snapshot =>
	snapshotOf(
		{ ...details, materials: details.materials.join('\n'), steps: details.steps.join('\n'), prompts: details.prompts.join('\n') },
		ownFormatDetailKeys
	);

/** One own format with the version its edit form is based on; another organisation's id is not there. */
export async function ownFormatFor(db: Db, actor: Actor, id: string) {
	if (!can.viewActivityFormats(actor)) return fail('notFound');
	const format = await findActivityFormat(db, actor.organisationId, id);
	if (!format) return fail('notFound');
	return ok({
		format,
		canEdit: can.editActivityFormat(actor, format),
		version: versionToken(format.version, ownFormatSnapshot(format))
	});
}

/** The empty form for a new format; only who may add formats gets it. */
export function newOwnFormatForm(actor: Actor): Result<Record<string, never>, 'notFound'> {
	return can.addActivityFormat(actor) ? ok({}) : fail('notFound');
}

type Refused = Fail<OwnFormatRefusal>;

const refusedAs = (refusal: OwnFormatRefusal): Refused => fail(refusal, { field: 'maxGroupSize' });

export async function addOwnFormat(db: Db, actor: Actor, input: OwnFormatDetails): Promise<Result<{ id: string }, 'notFound'> | Refused> {
	if (!can.addActivityFormat(actor)) return fail('notFound');
	const settled = settleOwnFormat(input);
	if (!settled.ok) return refusedAs(settled.refusal);
	const id = await withTransaction(db, async (tx) => {
		const id = await insertActivityFormat(tx, actor.organisationId, settled.details, actor.userId);
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'activityFormat.added', subject: id, payload: {} });
		return id;
	});
	return ok({ id });
}

/**
 * Saves over the version the form was opened with; a newer save by someone else is never
 * overwritten. The permission comes first, so a format out of reach stays a 404, never a conflict.
 */
export async function changeOwnFormat(db: Db, actor: Actor, id: string, based: Based, input: OwnFormatDetails): Promise<Saved | NotFound | Refused> {
	const found = await findActivityFormat(db, actor.organisationId, id);
	if (!found || !can.editActivityFormat(actor, found)) return fail('notFound');
	const settled = settleOwnFormat(input);
	if (!settled.ok) return refusedAs(settled.refusal);
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateActivityFormat(tx, actor.organisationId, id, based.version, settled.details)) === null) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'activityFormat.changed', subject: id, payload: {} });
		return true;
	});
	if (saved) return ok({});
	const current = await findActivityFormat(db, actor.organisationId, id);
	return current ? afterConflict(based, ownFormatSnapshot(current), ownFormatSnapshot(settled.details)) : fail('notFound');
}

/** Removes an own format. Agenda parts name a format by text, not by a foreign key, so no part goes with it. */
export async function removeOwnFormat(db: Db, actor: Actor, id: string): Promise<Result<Record<string, never>, 'notFound'>> {
	const found = await findActivityFormat(db, actor.organisationId, id);
	if (!found || !can.editActivityFormat(actor, found)) return fail('notFound');
	const removed = await withTransaction(db, async (tx) => {
		if (!(await deleteActivityFormat(tx, actor.organisationId, id))) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'activityFormat.removed', subject: id, payload: {} });
		return true;
	});
	return removed ? ok({}) : fail('notFound');
}
