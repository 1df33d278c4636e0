import { config } from '../config';
import type { Database } from '../db';
import { fundingReminderJob, runFundingReminder } from '../funding';
import { deliverMail, deliverMailJob } from '../mail';
import { ensureRetentionScheduled, retentionJob, runRetentionJob } from '../retention';
import { ensureStaleReminderScheduled, handoverReminderJob, runHandoverReminderJob, runStaleReminderJob, staleReminderJob } from '../socialMap';
import { ensureStakeholderRemindersScheduled, runStakeholderRemindersJob, stakeholderJob } from '../stakeholderUpdates';
import { onEnqueue } from './queue';
import { createRunner, type JobHandler, type Runner } from './runner';

/** Every kind of job the app knows; a job of another kind fails with that reason. */
const handlers: Record<string, JobHandler> = {
	[deliverMailJob]: deliverMail,
	[retentionJob]: runRetentionJob,
	[fundingReminderJob]: runFundingReminder,
	[stakeholderJob]: runStakeholderRemindersJob,
	[staleReminderJob]: runStaleReminderJob,
	[handoverReminderJob]: runHandoverReminderJob
};

let running: Runner | null = null;

/** One worker per app instance, on the app's own database (the one PGlite instance, or the pool). */
export async function startWorker(database: Database): Promise<void> {
	if (running) return;
	running = createRunner({
		db: database.db,
		handlers,
		pollMs: config.jobPollMs,
		leaseSeconds: config.jobLeaseSeconds,
		retryBaseSeconds: config.jobRetrySeconds,
		releaseOrphans: database.kind === 'pglite'
	});
	await running.start();
	onEnqueue(running.nudge);
	// The daily retention run plans its own next day; this starts it on a fresh installation, or when a
	// run could not plan the next. A database that is away now must not stop the instance: the next start plans it.
	await ensureRetentionScheduled(database.db).catch((error: unknown) =>
		console.error(`[jobs] planning retention: ${error instanceof Error ? error.message : String(error)}`)
	);
	// The weekly reminder about social-map entries to check plans its own next week the same way.
	await ensureStaleReminderScheduled(database.db).catch((error: unknown) =>
		console.error(`[jobs] planning the social map's reminder: ${error instanceof Error ? error.message : String(error)}`)
	);
	await ensureStakeholderRemindersScheduled(database.db).catch((error: unknown) =>
		console.error(`[jobs] planning stakeholder reminders: ${error instanceof Error ? error.message : String(error)}`)
	);
}

export async function stopWorker(): Promise<void> {
	onEnqueue(null);
	await running?.stop();
	running = null;
}
