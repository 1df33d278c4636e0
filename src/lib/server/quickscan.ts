import { changedThemes, completeAnswers, stillNeedsWork, themesByStatus, type QuickscanAnswer, type ThemeChange, type WorkToDo } from '../domain/quickscan';
import { fromInstant } from '../domain/schedule';
import type { QuickscanTheme, ReadinessStatus } from '../domain/vocabularies';
import type { Snapshot } from '../domain/changes';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { insertQuickscanRoundForCheckedRegion, listQuickscanRounds } from './db/repositories/quickscan';
import { findRegion } from './db/repositories/regions';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

/*
 * The readiness scan of a region (issue #12 item 4). Each save adds a dated round and leaves the
 * earlier ones as they were, so the history is every round with what changed since the one before.
 * The form is based on the newest round: a save while someone else added a round is stale.
 */

/** A round as pages and the plan document read it. */
export interface RoundView {
	number: number;
	/** The Amsterdam date it was saved. */
	answeredOn: string;
	answers: QuickscanAnswer[];
	/** What changed since the round before; empty for the first round. */
	changes: ThemeChange[];
}

/** Form field names per theme: `<theme>Status`, `<theme>Present`, `<theme>Strengthen`. */
export const quickscanSnapshot = (answers: readonly QuickscanAnswer[]): Snapshot =>
	Object.fromEntries(
		completeAnswers(answers).flatMap((a) => [
			[`${a.theme}Status`, a.status ?? ''],
			[`${a.theme}Present`, a.present],
			[`${a.theme}Strengthen`, a.strengthen]
		])
	);

async function loadRounds(db: Db, organisationId: string, regionId: string): Promise<RoundView[]> {
	const stored = await listQuickscanRounds(db, organisationId, regionId);
	return stored.map((round, i) => {
		const previous = stored[i + 1];
		return {
			number: round.number,
			answeredOn: fromInstant(round.createdAt).date,
			answers: completeAnswers(round.answers),
			changes: previous ? changedThemes(previous.answers, round.answers) : []
		};
	});
}

async function checkedRegion(db: Db, actor: Actor, regionId: string) {
	const region = await findRegion(db, actor.organisationId, regionId);
	return region && can.prepareRegion(actor, region) ? region : null;
}

/**
 * The quickscan page: the region, every round newest first, the newest answers as the form's
 * start, what still needs work, and the version a new round is based on (the next round's number).
 */
export async function regionQuickscan(db: Db, actor: Actor, regionId: string) {
	const region = await checkedRegion(db, actor, regionId);
	if (!region) return fail('notFound');
	const rounds = await loadRounds(db, actor.organisationId, regionId);
	const current = rounds[0]?.answers ?? completeAnswers([]);
	return ok({
		region: { id: region.id, name: region.name },
		rounds,
		current,
		stillNeedsWork: stillNeedsWork(current),
		byStatus: themesByStatus(current),
		version: versionToken((rounds[0]?.number ?? 0) + 1, quickscanSnapshot(current))
	});
}

/**
 * Saves the answers as the region's next round. The version is the number the new round gets: when
 * someone added that round first, the save is stale — unless their round says exactly the same.
 */
export async function saveQuickscanRound(db: Db, actor: Actor, regionId: string, based: Based, answers: QuickscanAnswer[]): Promise<Saved<{ round: number }> | NotFound> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	const complete = completeAnswers(answers);
	const saved = await withTransaction(db, async (tx) => {
		const id = await insertQuickscanRoundForCheckedRegion(tx, actor.organisationId, regionId, based.version, complete, actor.userId);
		if (!id) return false;
		await recordEvent(tx, {
			organisationId: actor.organisationId,
			actorId: actor.userId,
			type: 'quickscan.roundSaved',
			subject: regionId,
			payload: { round: based.version, stillToDo: stillNeedsWork(complete).length }
		});
		return true;
	});
	if (saved) return ok({ round: based.version });
	const [newest] = await listQuickscanRounds(db, actor.organisationId, regionId);
	if (!newest) return fail('notFound');
	const conflict = afterConflict(based, quickscanSnapshot(newest.answers), quickscanSnapshot(complete));
	return conflict.ok ? ok({ round: newest.number }) : conflict;
}

/** The quickscan as plain data, for the region's plan document: nothing but what the coordinator wrote. */
export interface QuickscanSummary {
	regionId: string;
	/** The newest round; null before the first. */
	round: { number: number; answeredOn: string } | null;
	answers: QuickscanAnswer[];
	stillNeedsWork: WorkToDo[];
	byStatus: Record<ReadinessStatus | 'unanswered', QuickscanTheme[]>;
	/** The round before the newest, with what changed since; null when there is none. */
	previous: { number: number; answeredOn: string; changes: ThemeChange[] } | null;
	/** How many rounds the region answered in all. */
	rounds: number;
}

export async function regionQuickscanSummary(db: Db, actor: Actor, regionId: string): Promise<Result<QuickscanSummary, 'notFound'>> {
	if (!(await checkedRegion(db, actor, regionId))) return fail('notFound');
	const rounds = await loadRounds(db, actor.organisationId, regionId);
	const [newest, previous] = rounds;
	const answers = newest?.answers ?? completeAnswers([]);
	return ok({
		regionId,
		round: newest ? { number: newest.number, answeredOn: newest.answeredOn } : null,
		answers,
		stillNeedsWork: stillNeedsWork(answers),
		byStatus: themesByStatus(answers),
		previous: previous ? { number: previous.number, answeredOn: previous.answeredOn, changes: newest!.changes } : null,
		rounds: rounds.length
	});
}

