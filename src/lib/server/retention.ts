import { fromInstant, toInstant } from '../domain/schedule';
import { signupsKeptSince } from '../domain/signup';
import { addCalendarMonths, postponeMonths, retentionPlan } from '../domain/retention';
import { can, type Actor } from './auth/policies';
import { config } from './config';
import type { Db } from './db';
import { deleteAuditEntriesBefore } from './db/repositories/audit';
import { personRecord } from './db/repositories/privacy';
import {
	deleteFinishedJobsBefore,
	deleteOutboxBefore,
	findSeriesRetention,
	hasOpenJob,
	organisationIds,
	peopleWithSeries,
	postponeSeriesRetention,
	seriesWithLastMeeting
} from './db/repositories/retention';
import { deleteSignupsBefore } from './db/repositories/signups';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { enqueue } from './jobs/queue';
import type { JobHandler } from './jobs/runner';
import { eraseRecord } from './privacy';
import { fail, ok, type NotFound, type Result } from './result';
import { stale, versionToken, type Based, type Stale } from './versioning';

/*
 * Retention (issue #11 item 3; see "Retention" in docs/ARCHITECTURE.md). Once a day a job
 * anonymises, through the same erasure a coordinator uses, everyone whose series have all ended
 * longer ago than `RETENTION_MONTHS`, and removes mail and finished jobs older than that. The
 * coordinator sees a month ahead who goes and when.
 */

export const retentionJob = 'retention.run';

/** A quiet hour in Amsterdam: nobody meets at night, and the anonymisation touches many rows. */
const quietTime = '03:30';

async function planFor(db: Db, organisationId: string, now: Date, months: number) {
	const series = await seriesWithLastMeeting(db, organisationId);
	const people = await peopleWithSeries(db, organisationId);
	return { series, people, plan: retentionPlan(series, people, now, months) };
}

/** What a postponement showed, to name what changed when it is refused as stale. */
const retentionSnapshot = (s: { extraMonths: number }) => ({ extraMonths: String(s.extraMonths) });

/**
 * What the coordinator's page shows: per series, who is anonymised within the next month and on
 * which day, with the version a postponement is based on.
 */
export async function retentionNotice(db: Db, actor: Actor, now = new Date(), months = config.retentionMonths) {
	if (!can.readRetention(actor)) return fail('notFound');
	const { series, people, plan } = await planFor(db, actor.organisationId, now, months);
	const seriesById = new Map(series.map((s) => [s.id, s]));
	const personName = new Map(people.map((p) => [p.id, p.name]));
	const bySeries = new Map<string, { seriesId: string; seriesName: string; version: string; people: { personId: string; name: string; dueDate: string }[] }>();
	for (const d of plan.upcoming) {
		const s = seriesById.get(d.seriesId)!;
		const entry = bySeries.get(s.id) ?? { seriesId: s.id, seriesName: s.name, version: versionToken(s.retentionVersion, retentionSnapshot(s)), people: [] };
		entry.people.push({ personId: d.personId, name: personName.get(d.personId)!, dueDate: d.dueDate });
		bySeries.set(s.id, entry);
	}
	return ok({ months, postponeMonths, series: [...bySeries.values()] });
}

/**
 * A coordinator keeps a series' people's data `postponeMonths` longer (a report still being
 * written, a follow-up planned), based on the version the page showed: two coordinators clicking
 * at once postpone once, and the second is told.
 */
export async function postponeRetention(db: Db, actor: Actor, seriesId: string, based: Based): Promise<Result<Record<string, never>> | Stale | NotFound> {
	if (!can.readRetention(actor)) return fail('notFound');
	return withTransaction(db, async (tx) => {
		if ((await postponeSeriesRetention(tx, actor.organisationId, seriesId, based.version, postponeMonths)) === null) {
			// Read after the refused claim, so it names what the other coordinator's save changed.
			const current = await findSeriesRetention(tx, actor.organisationId, seriesId);
			return current ? stale(based, retentionSnapshot(current)) : fail('notFound');
		}
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'retention.postponed', subject: seriesId, payload: { months: postponeMonths } });
		return ok({});
	});
}

export interface RetentionRun {
	anonymised: number;
	mails: number;
	jobs: number;
	auditEntries: number;
}

/**
 * Anonymises everyone due at `now` in every organisation, each in their own transaction (one
 * person edited meanwhile is left for tomorrow, the others go on), and records per organisation
 * a `retention.anonymised` event with counts only. Running it again the same day changes nothing.
 */
export async function runRetention(db: Db, now: Date, months: number, auditMonths = config.auditRetentionMonths): Promise<RetentionRun> {
	const cutoff = monthsBefore(now, months);
	const total: RetentionRun = { anonymised: 0, mails: 0, jobs: 0, auditEntries: 0 };
	for (const organisationId of await organisationIds(db)) {
		const { plan } = await planFor(db, organisationId, now, months);
		let anonymised = 0;
		for (const due of plan.due) {
			const erased = await withTransaction(db, async (tx) => {
				const record = await personRecord(tx, organisationId, due.personId);
				if (!record || record.person.erasedAt) return false;
				return typeof (await eraseRecord(tx, organisationId, record, record.person.version, now)) === 'object';
			});
			if (erased) anonymised += 1;
		}
		const mails = await withTransaction(db, async (tx) => {
			const removed = await deleteOutboxBefore(tx, organisationId, cutoff);
			// Sign-ups nobody accepted or declined do not wait for the series' end (issue #12 item 7).
			const signups = await deleteSignupsBefore(tx, organisationId, signupsKeptSince(now));
			if (anonymised + removed + signups > 0) {
				await recordEvent(tx, { organisationId, actorId: null, type: 'retention.anonymised', subject: organisationId, payload: { people: anonymised, mails: removed, signups } });
			}
			return removed;
		});
		total.anonymised += anonymised;
		total.mails += mails;
	}
	total.jobs = await deleteFinishedJobsBefore(db, cutoff);
	// The log outlives the data it speaks of, so a person can still ask who saw theirs; then it goes too.
	total.auditEntries = await withTransaction(db, (tx) => deleteAuditEntriesBefore(tx, monthsBefore(now, auditMonths)));
	return total;
}

/** Amsterdam's midnight `months` calendar months before `now`'s date. */
const monthsBefore = (now: Date, months: number) => toInstant(addCalendarMonths(fromInstant(now).date, -months), '00:00');

/** The Amsterdam date after `now`'s, at the quiet hour. */
function tomorrowAtQuietTime(now: Date): { date: string; runAt: Date } {
	// Noon plus a day is the next day whatever the clock change does to that day's length.
	const date = fromInstant(new Date(toInstant(fromInstant(now).date, '12:00').getTime() + 86_400_000)).date;
	return { date, runAt: toInstant(date, quietTime) };
}

/** Each day's run has its own key, so two instances enqueueing the same day's leave one job. */
const keyFor = (date: string) => `${retentionJob}:${date}`;

async function enqueueRun(db: Db, date: string, runAt: Date): Promise<string | null> {
	return enqueue(db, { kind: retentionJob, organisationId: null, payload: {}, key: keyFor(date), runAt, maxAttempts: 3 });
}

/**
 * At the instance's start: when no run is waiting or running, today's runs now, or, when today's
 * ran already, tomorrow's is planned. The keys make two instances starting at once agree.
 */
export async function ensureRetentionScheduled(db: Db, now = new Date()): Promise<void> {
	if (await hasOpenJob(db, retentionJob)) return;
	if (await enqueueRun(db, fromInstant(now).date, now)) return;
	const next = tomorrowAtQuietTime(now);
	await enqueueRun(db, next.date, next.runAt);
}

/** The daily job: first plans tomorrow's run, so a run that fails still leaves the next one, then does the work. */
export const runRetentionJob: JobHandler = async (db) => {
	const now = new Date();
	const next = tomorrowAtQuietTime(now);
	await enqueueRun(db, next.date, next.runAt);
	await runRetention(db, now, config.retentionMonths);
	return { ok: true };
};
