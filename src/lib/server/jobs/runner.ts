import type { Db } from '../db';
import {
	claimDueJobs,
	markJobDone,
	markJobFailed,
	markJobForRetry,
	releaseRunningJobs,
	type ClaimedJob
} from '../db/repositories/jobs';

/** Why a job was given up; the coordinator's page turns each into plain words. */
export type JobFailure = 'gone' | 'attempts' | 'unknownKind';

/**
 * What a job's handler reports. `retry` means "try again later" (a mail server that is down);
 * `gone` means the payload no longer makes sense (what it was about was removed): retrying
 * cannot help, so the job fails at once instead of looping.
 */
export type JobOutcome = { ok: true } | { ok: false; code: 'retry' | 'gone'; detail: string };

export type JobHandler = (db: Db, payload: unknown) => Promise<JobOutcome>;

export interface RunnerOptions {
	db: Db;
	handlers: Record<string, JobHandler>;
	/** How long an idle worker waits before it looks for due jobs again. */
	pollMs: number;
	/** How long a claimed job belongs to this worker; after that another may take it over. */
	leaseSeconds: number;
	retryBaseSeconds: number;
	/** Set on the embedded database, which has one owner: any running job at start was orphaned. */
	releaseOrphans: boolean;
	/** Jobs in hand at once. */
	concurrency?: number;
	log?: (message: string) => void;
}

export interface Runner {
	start(): Promise<void>;
	/** Finishes the jobs in hand, then stops claiming. */
	stop(): Promise<void>;
	/** Look for due jobs now instead of at the next poll (after enqueueing). */
	nudge(): void;
}

const maxRetryDelaySeconds = 15 * 60;

/** Exponential backoff: base, 2×base, 4×base … capped at 15 minutes. */
export function retryDelaySeconds(attempt: number, baseSeconds: number): number {
	return Math.min(baseSeconds * 2 ** Math.max(0, attempt - 1), maxRetryDelaySeconds);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

export function createRunner(options: RunnerOptions): Runner {
	const { db, handlers, pollMs, leaseSeconds, retryBaseSeconds, concurrency = 10 } = options;
	const log = options.log ?? ((message: string) => console.error(`[jobs] ${message}`));
	let stopping = false;
	let loop: Promise<void> | null = null;
	let wake: (() => void) | null = null;
	let nudged = false;

	async function settle(claimed: ClaimedJob, outcome: JobOutcome): Promise<void> {
		if (outcome.ok) return markJobDone(db, claimed);
		if (outcome.code === 'gone') return markJobFailed(db, claimed, 'gone', outcome.detail);
		if (claimed.attempts >= claimed.maxAttempts) return markJobFailed(db, claimed, 'attempts', outcome.detail);
		return markJobForRetry(db, claimed, retryDelaySeconds(claimed.attempts, retryBaseSeconds), outcome.detail);
	}

	async function run(claimed: ClaimedJob): Promise<void> {
		const handler = handlers[claimed.kind];
		if (!handler) return markJobFailed(db, claimed, 'unknownKind', `no handler for ${claimed.kind}`);
		let outcome: JobOutcome;
		try {
			outcome = await handler(db, claimed.payload);
		} catch (error) {
			outcome = { ok: false, code: 'retry', detail: describe(error) };
		}
		if (!outcome.ok) log(`${claimed.kind} ${claimed.id} attempt ${claimed.attempts}: ${outcome.detail}`);
		await settle(claimed, outcome);
	}

	function pause(ms: number): Promise<void> {
		if (nudged || stopping) return Promise.resolve();
		return new Promise((resolve) => {
			const timer = setTimeout(done, ms);
			timer.unref();
			function done() {
				clearTimeout(timer);
				wake = null;
				resolve();
			}
			wake = done;
		});
	}

	function nudge() {
		nudged = true;
		wake?.();
	}

	/**
	 * Keeps up to `concurrency` jobs in hand and claims more as each one ends, so a mail server hanging on
	 * one message holds up neither the others nor the jobs that become due meanwhile.
	 */
	async function work(): Promise<void> {
		const inHand = new Set<Promise<void>>();
		let failures = 0;
		while (!stopping) {
			nudged = false;
			const free = concurrency - inHand.size;
			if (free > 0) {
				let claimed: ClaimedJob[];
				try {
					claimed = await claimDueJobs(db, free, leaseSeconds);
					failures = 0;
				} catch (error) {
					// The database is away (restarting, or closing under us): wait longer each time, never crash.
					failures += 1;
					if (!stopping) log(`claiming: ${describe(error)}`);
					await pause(Math.min(pollMs * 2 ** failures, 60_000));
					continue;
				}
				for (const claim of claimed) {
					const running: Promise<void> = run(claim)
						.catch((error) => log(`settling ${claim.id}: ${describe(error)}`))
						.finally(() => {
							inHand.delete(running);
							// Claim again once half the slots are free: one claim per job would double the queries.
							if (inHand.size <= concurrency / 2) nudge();
						});
					inHand.add(running);
				}
				if (claimed.length === free) continue;
			}
			await pause(pollMs);
		}
		await Promise.all(inHand);
	}

	return {
		async start() {
			if (loop) return;
			if (options.releaseOrphans) await releaseRunningJobs(db);
			loop = work();
		},
		async stop() {
			stopping = true;
			wake?.();
			await loop;
			loop = null;
		},
		nudge
	};
}
