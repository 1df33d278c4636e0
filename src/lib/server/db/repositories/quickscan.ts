import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { QuickscanAnswer } from '../../../domain/quickscan';
import type { Db } from '../client';
import { quickscanAnswer, quickscanRound } from '../schema';

export interface StoredRound {
	id: string;
	number: number;
	createdAt: Date;
	answers: QuickscanAnswer[];
}

/** Every round of a region's quickscan, newest first, each with its answers. */
export async function listQuickscanRounds(db: Db, organisationId: string, regionId: string): Promise<StoredRound[]> {
	const rounds = await db
		.select({ id: quickscanRound.id, number: quickscanRound.number, createdAt: quickscanRound.createdAt })
		.from(quickscanRound)
		.where(and(eq(quickscanRound.organisationId, organisationId), eq(quickscanRound.regionId, regionId)))
		.orderBy(desc(quickscanRound.number));
	if (!rounds.length) return [];
	const answers = await db
		.select()
		.from(quickscanAnswer)
		.where(inArray(quickscanAnswer.roundId, rounds.map((r) => r.id)))
		.orderBy(asc(quickscanAnswer.theme));
	return rounds.map((r) => ({
		...r,
		answers: answers.filter((a) => a.roundId === r.id).map(({ theme, status, present, strengthen }) => ({ theme, status, present, strengthen }))
	}));
}

/**
 * Adds round `number` with its answers to a region the use-case checked; null when that number is
 * taken already (someone saved a round since the form was opened): the unique index decides.
 */
export async function insertQuickscanRoundForCheckedRegion(
	db: Db,
	organisationId: string,
	regionId: string,
	number: number,
	answers: readonly QuickscanAnswer[],
	answeredBy: string
): Promise<string | null> {
	const [row] = await db
		.insert(quickscanRound)
		.values({ organisationId, regionId, number, answeredBy })
		.onConflictDoNothing()
		.returning({ id: quickscanRound.id });
	if (!row) return null;
	if (answers.length) await db.insert(quickscanAnswer).values(answers.map((a) => ({ roundId: row.id, ...a })));
	return row.id;
}
