import { createAuth, type Auth } from './auth/auth';
import { database, type Db } from './db';
import { startWorker, stopWorker } from './jobs/worker';
import { forgetChangedMembers } from './live/identities';

let auth: Auth | null = null;

/** This process's database (opened, and migrated, on first use) and the auth built on it. */
export async function instance(): Promise<{ db: Db; auth: Auth }> {
	const { db } = await database();
	auth ??= createAuth(db);
	return { db, auth };
}

/**
 * Jobs due while the app was down run at start, not at the first request; the identity cache
 * listens from the start too, so a member changed on another instance is never served stale.
 */
export async function startInstance(): Promise<void> {
	await startWorker(await database());
	await forgetChangedMembers();
}

/** The worker finishes the jobs in hand first; then the database closes, so the process can exit. */
export async function stopInstance(): Promise<void> {
	await stopWorker();
	await (await database()).close();
}
