import { snapshotOf } from '../domain/changes';
import { nextOccasion } from '../domain/stakeholders';
import { nextCalmMoment } from '../domain/calmTiming';
import { fromInstant } from '../domain/schedule';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegion } from './db/repositories/regions';
import {
	deleteStakeholder,
	findStakeholder,
	findUpdate,
	insertStakeholderForCheckedRegion,
	listRegionUpdates,
	listStakeholders,
	regionMeetings,
	settleDraft,
	updateDraft,
	updateStakeholder,
	type StakeholderInput
} from './db/repositories/stakeholders';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { sendMail } from './mail';
import { fail, ok, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved, type Stale } from './versioning';

/*
 * Stakeholders of a region (issue #12 item 6): managers and civil servants who want to be kept
 * informed, each with how often. The daily job (`stakeholderUpdates.ts`) drafts their updates from
 * the region's outcomes; here the coordinator edits a draft and sends it, or sets it aside.
 */

export type { StakeholderInput };

const stakeholderSnapshot = (s: StakeholderInput) => snapshotOf(s, ['name', 'kind', 'affiliation', 'email', 'frequency']);
const draftSnapshot = (d: { subject: string; body: string }) => snapshotOf(d, ['subject', 'body']);

async function checkedRegion(db: Db, actor: Actor, regionId: string) {
	const region = await findRegion(db, actor.organisationId, regionId);
	return region && can.manageStakeholders(actor, region) ? region : null;
}

/** The stakeholders page: who is kept informed, when their next update is due, and the updates drafted and sent. */
export async function regionStakeholders(db: Db, actor: Actor, regionId: string, now = new Date()) {
	const region = await checkedRegion(db, actor, regionId);
	if (!region) return fail('notFound');
	const today = fromInstant(now).date;
	const [people, meetings, updates] = await Promise.all([
		listStakeholders(db, actor.organisationId, regionId),
		regionMeetings(db, actor.organisationId, regionId),
		listRegionUpdates(db, actor.organisationId, regionId)
	]);
	return ok({
		region: { id: region.id, name: region.name },
		stakeholders: people.map((s) => ({ ...s, nextUpdate: nextOccasion(s, meetings, today)?.dueOn ?? null })),
		drafts: updates.filter((u) => u.state === 'draft'),
		settled: updates.filter((u) => u.state !== 'draft')
	});
}

export async function addStakeholder(db: Db, actor: Actor, regionId: string, input: StakeholderInput, now = new Date()): Promise<Result<{ id: string }> | NotFound> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	const id = await withTransaction(db, async (tx) => {
		const id = await insertStakeholderForCheckedRegion(tx, actor.organisationId, regionId, input, fromInstant(now).date);
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'stakeholder.added', subject: id, payload: {} });
		return id;
	});
	return ok({ id });
}

/** One stakeholder with the version their edit form is based on. */
export async function stakeholderFor(db: Db, actor: Actor, regionId: string, id: string) {
	const region = await checkedRegion(db, actor, regionId);
	if (!region) return fail('notFound');
	const found = await findStakeholder(db, actor.organisationId, regionId, id);
	if (!found) return fail('notFound');
	return ok({ region: { id: region.id, name: region.name }, stakeholder: found, version: versionToken(found.version, stakeholderSnapshot(found)) });
}

export async function changeStakeholder(db: Db, actor: Actor, regionId: string, id: string, based: Based, input: StakeholderInput): Promise<Saved | NotFound> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateStakeholder(tx, actor.organisationId, regionId, id, based.version, input)) === null) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'stakeholder.changed', subject: id, payload: {} });
		return true;
	});
	if (saved) return ok({});
	const current = await findStakeholder(db, actor.organisationId, regionId, id);
	return current ? afterConflict(based, stakeholderSnapshot(current), stakeholderSnapshot(input)) : fail('notFound');
}

/** Removes a stakeholder, with the updates drafted or sent to them. */
export async function removeStakeholder(db: Db, actor: Actor, regionId: string, id: string, based: Based): Promise<Result<Record<string, never>> | Stale | NotFound> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	return withTransaction(db, async (tx) => {
		const current = await findStakeholder(tx, actor.organisationId, regionId, id);
		if (!current) return fail('notFound');
		const removal = await deleteStakeholder(tx, actor.organisationId, regionId, id, based.version);
		if (removal === 'stale') return stale(based, stakeholderSnapshot(current));
		if (removal === 'removed') await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'stakeholder.removed', subject: id, payload: {} });
		return ok({});
	});
}

/** A drafted (or sent) update with the version its form is based on. */
export async function stakeholderUpdateFor(db: Db, actor: Actor, regionId: string, id: string) {
	const region = await checkedRegion(db, actor, regionId);
	if (!region) return fail('notFound');
	const update = await findUpdate(db, actor.organisationId, regionId, id);
	if (!update) return fail('notFound');
	return ok({ region: { id: region.id, name: region.name }, update, version: versionToken(update.version, draftSnapshot(update)) });
}

export interface DraftWords {
	subject: string;
	body: string;
}

type DraftRefusal = Saved | NotFound;

/** What a save or a send refused as stale comes to: a sent update cannot be edited any more. */
async function refusedDraft(db: Db, actor: Actor, regionId: string, id: string, based: Based, words: DraftWords, settling: boolean): Promise<DraftRefusal> {
	const current = await findUpdate(db, actor.organisationId, regionId, id);
	if (!current) return fail('notFound');
	if (current.state !== 'draft' || settling) return stale(based, draftSnapshot(current));
	return afterConflict(based, draftSnapshot(current), draftSnapshot(words));
}

/** Saves the coordinator's words of a draft, over the version the form was opened with. */
export async function saveUpdateDraft(db: Db, actor: Actor, regionId: string, id: string, based: Based, words: DraftWords): Promise<DraftRefusal> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	if ((await updateDraft(db, actor.organisationId, id, based.version, words)) !== null) return ok({});
	return refusedDraft(db, actor, regionId, id, based, words, false);
}

/**
 * Sends the update with the words on the form, through the outbox. It never lands on a Friday
 * afternoon, in the weekend or at night: its delivery waits for the next calm moment, which the
 * answer names so the page can say so.
 */
export async function sendUpdate(db: Db, actor: Actor, regionId: string, id: string, based: Based, words: DraftWords, now = new Date()): Promise<Saved<{ deliverAt: Date }> | NotFound> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	const update = await findUpdate(db, actor.organisationId, regionId, id);
	if (!update) return fail('notFound');
	const deliverAt = nextCalmMoment(now);
	const sent = await withTransaction(db, async (tx) => {
		const settled = { state: 'sent' as const, ...words, sentBy: actor.userId, sentAt: now };
		if ((await settleDraft(tx, actor.organisationId, id, based.version, settled)) === null) return false;
		await sendMail(tx, { organisationId: actor.organisationId, to: update.stakeholderEmail, subject: words.subject, text: words.body, notBefore: deliverAt });
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'stakeholderUpdate.sent', subject: id, payload: { stakeholderId: update.stakeholderId } });
		return true;
	});
	if (sent) return ok({ deliverAt });
	const refused = await refusedDraft(db, actor, regionId, id, based, words, true);
	return refused.ok ? ok({ deliverAt }) : refused;
}

/** Sets a draft aside without sending it (nothing happened worth telling, or it was said in person). */
export async function dismissUpdate(db: Db, actor: Actor, regionId: string, id: string, based: Based, words: DraftWords): Promise<DraftRefusal> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	const update = await findUpdate(db, actor.organisationId, regionId, id);
	if (!update) return fail('notFound');
	const done = await withTransaction(db, async (tx) => {
		const settled = { state: 'dismissed' as const, ...words, sentBy: actor.userId, sentAt: null };
		if ((await settleDraft(tx, actor.organisationId, id, based.version, settled)) === null) return false;
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'stakeholderUpdate.dismissed', subject: id, payload: { stakeholderId: update.stakeholderId } });
		return true;
	});
	return done ? ok({}) : refusedDraft(db, actor, regionId, id, based, words, true);
}
