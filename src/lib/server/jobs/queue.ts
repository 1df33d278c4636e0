import type { Db } from '../db';
import { insertJob, type NewJob } from '../db/repositories/jobs';

let nudge: (() => void) | null = null;

/** The running worker of this instance registers itself, so new work starts without waiting for a poll. */
export function onEnqueue(listener: (() => void) | null): void {
	nudge = listener;
}

/**
 * Adds a job inside the caller's transaction when `db` is one: kept on commit, gone on rollback.
 * Returns the job's id, or null when a job with the same key exists already.
 */
export async function enqueue(db: Db, input: NewJob): Promise<string | null> {
	const id = await insertJob(db, input);
	// On PostgreSQL the claim may run before the caller commits and miss the job; the next poll takes it.
	if (id) setImmediate(() => nudge?.());
	return id;
}
