import { and, asc, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { job, outbox } from '../schema';

export interface NewJob {
	kind: string;
	organisationId: string | null;
	payload: Record<string, unknown>;
	/** Enqueueing the same key twice leaves one job: its effect happens once. */
	key?: string;
	runAt?: Date;
	maxAttempts: number;
}

/** Returns the new job's id, or null when a job with this key already exists. */
export async function insertJob(db: Db, input: NewJob): Promise<string | null> {
	const [row] = await db
		.insert(job)
		.values({ ...input, runAt: input.runAt ?? sql`now()` })
		.onConflictDoNothing({ target: job.key })
		.returning({ id: job.id });
	return row?.id ?? null;
}

export type ClaimedJob = Pick<typeof job.$inferSelect, 'id' | 'kind' | 'payload' | 'attempts' | 'maxAttempts'>;

/**
 * Takes up to `limit` due jobs for this worker, and jobs whose worker died (lease run out).
 * `SKIP LOCKED` lets several instances claim at once without waiting on or taking each other's rows.
 */
export function claimDueJobs(db: Db, limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
	const due = db
		.select({ id: job.id })
		.from(job)
		.where(
			or(
				and(eq(job.state, 'waiting'), lte(job.runAt, sql`now()`)),
				and(eq(job.state, 'running'), lte(job.lockedUntil, sql`now()`))
			)
		)
		.orderBy(asc(job.runAt))
		.limit(limit)
		.for('update', { skipLocked: true });
	return db
		.update(job)
		.set({
			state: 'running',
			attempts: sql`${job.attempts} + 1`,
			lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`
		})
		.where(inArray(job.id, due))
		.returning({ id: job.id, kind: job.kind, payload: job.payload, attempts: job.attempts, maxAttempts: job.maxAttempts });
}

/** Only the claim that is still current may settle a job (matched on its attempt number). */
const stillOurs = (claimed: ClaimedJob) =>
	and(eq(job.id, claimed.id), eq(job.state, 'running'), eq(job.attempts, claimed.attempts));

export async function markJobDone(db: Db, claimed: ClaimedJob): Promise<void> {
	await db
		.update(job)
		.set({ state: 'done', finishedAt: sql`now()`, lockedUntil: null, lastError: null })
		.where(stillOurs(claimed));
}

export async function markJobForRetry(db: Db, claimed: ClaimedJob, delaySeconds: number, error: string): Promise<void> {
	await db
		.update(job)
		.set({ state: 'waiting', runAt: sql`now() + make_interval(secs => ${delaySeconds})`, lockedUntil: null, lastError: error })
		.where(stillOurs(claimed));
}

export async function markJobFailed(db: Db, claimed: ClaimedJob, failure: string, error: string): Promise<void> {
	await db
		.update(job)
		.set({ state: 'failed', failure, lastError: error, finishedAt: sql`now()`, lockedUntil: null })
		.where(stillOurs(claimed));
}

/** For the embedded database only: it has one owner, so a running job at start lost its worker. */
export async function releaseRunningJobs(db: Db): Promise<void> {
	await db.update(job).set({ state: 'waiting', lockedUntil: null }).where(eq(job.state, 'running'));
}

/** What the coordinator's page lists: waiting work first, then the latest 100 finished jobs. */
export async function listJobs(db: Db, organisationId: string) {
	const columns = {
		id: job.id,
		kind: job.kind,
		state: job.state,
		runAt: job.runAt,
		attempts: job.attempts,
		maxAttempts: job.maxAttempts,
		lastError: job.lastError,
		failure: job.failure,
		finishedAt: job.finishedAt,
		createdAt: job.createdAt,
		recipient: outbox.recipient,
		subject: outbox.subject
	};
	const mailOf = sql`${outbox.id} = (${job.payload} ->> 'outboxId')::uuid`;
	const [open, finished] = await Promise.all([
		db
			.select(columns)
			.from(job)
			.leftJoin(outbox, mailOf)
			.where(and(eq(job.organisationId, organisationId), inArray(job.state, ['waiting', 'running'])))
			.orderBy(asc(job.runAt))
			.limit(100),
		db
			.select(columns)
			.from(job)
			.leftJoin(outbox, mailOf)
			.where(and(eq(job.organisationId, organisationId), inArray(job.state, ['done', 'failed'])))
			.orderBy(desc(job.finishedAt))
			.limit(100)
	]);
	return { open, finished };
}
