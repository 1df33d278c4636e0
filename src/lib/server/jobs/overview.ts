import { can, type Actor } from '../auth/policies';
import type { Db } from '../db';
import { listJobs } from '../db/repositories/jobs';
import { fail, ok } from '../result';

/** The coordinator's view of their organisation's background work: waiting, failed, done. */
export async function jobOverview(db: Db, actor: Actor) {
	if (!can.readJobs(actor)) return fail('notFound');
	const { open, finished } = await listJobs(db, actor.organisationId);
	return ok({
		open,
		failed: finished.filter((j) => j.state === 'failed'),
		done: finished.filter((j) => j.state === 'done')
	});
}
