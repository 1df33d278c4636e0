import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { fundingGap, type FundingGap } from '../domain/budget';
import { snapshotOf } from '../domain/changes';
import { plannedReminders, reminderStillHolds, type ReminderAbout } from '../domain/funding';
import { dutchHolidayLookup } from '../domain/holidays';
import { fromInstant } from '../domain/schedule';
import type { FundingKind, FundingStatus } from '../domain/vocabularies';
import { can, type Actor } from './auth/policies';
import { budgetTotalForCheckedRegion } from './budget';
import { config } from './config';
import type { Db } from './db';
import {
	coordinatorAddresses,
	deleteFundingSource,
	findFundingSource,
	findFundingSourceById,
	insertFundingSourceForCheckedRegion,
	listFundingSources,
	updateFundingSource,
	type FundingSourceInput
} from './db/repositories/budget';
import { findRegion } from './db/repositories/regions';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { enqueue } from './jobs/queue';
import type { JobHandler } from './jobs/runner';
import { sendMail } from './mail';
import { fail, ok, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved } from './versioning';

/*
 * A region's funding (issue #12 item 3): sources with their status, amount and dates, the gap
 * between the budget and what was granted, and a reminder to the coordinators before an
 * application's deadline or a report to a funder. Coordinators edit; facilitators read;
 * stakeholders never see it.
 */

export type { FundingSourceInput };

type SourceRow = Awaited<ReturnType<typeof listFundingSources>>[number];

const fundingKeys = ['name', 'kind', 'status', 'amount', 'applicationDeadline', 'reportDue', 'notes'] as const;
const sourceSnapshot = (s: FundingSourceInput) => snapshotOf(s, [...fundingKeys]);

export interface FundingSourceShown {
	id: string;
	name: string;
	kind: FundingKind;
	status: FundingStatus;
	amount: number;
	applicationDeadline: string | null;
	reportDue: string | null;
	notes: string | null;
	version: string;
}

const shown = (row: SourceRow): FundingSourceShown => ({
	id: row.id,
	name: row.name,
	kind: row.kind,
	status: row.status,
	amount: row.amount,
	applicationDeadline: row.applicationDeadline,
	reportDue: row.reportDue,
	notes: row.notes,
	version: versionToken(row.version, sourceSnapshot(row))
});

export interface RegionFundingPage {
	region: { id: string; name: string };
	sources: FundingSourceShown[];
	gap: FundingGap;
	canEdit: boolean;
}

export async function regionFundingFor(db: Db, actor: Actor, regionId: string): Promise<Result<RegionFundingPage, 'notFound'>> {
	if (!can.readRegionMoney(actor)) return fail('notFound');
	const region = await findRegion(db, actor.organisationId, regionId);
	if (!region) return fail('notFound');
	const rows = await listFundingSources(db, actor.organisationId, regionId);
	const total = await budgetTotalForCheckedRegion(db, actor.organisationId, regionId);
	return ok({ region: { id: region.id, name: region.name }, sources: rows.map(shown), gap: fundingGap(total, rows), canEdit: can.editRegionMoney(actor) });
}

/** One source's edit page: the source as its form shows it, with its version. */
export async function fundingSourceFor(db: Db, actor: Actor, regionId: string, id: string): Promise<Result<{ region: { id: string; name: string }; source: FundingSourceShown }, 'notFound'>> {
	if (!can.editRegionMoney(actor)) return fail('notFound');
	const region = await findRegion(db, actor.organisationId, regionId);
	const row = region ? await findFundingSource(db, actor.organisationId, regionId, id) : null;
	if (!region || !row) return fail('notFound');
	return ok({ region: { id: region.id, name: region.name }, source: shown(row) });
}

/** The funding as plain data for the region plan and its PDF; notes stay out, they are the coordinators' own. */
export interface RegionFundingSummary {
	regionId: string;
	regionName: string;
	sources: Omit<FundingSourceShown, 'version' | 'notes'>[];
	gap: FundingGap;
}

export async function regionFundingSummary(db: Db, actor: Actor, regionId: string): Promise<Result<RegionFundingSummary, 'notFound'>> {
	const page = await regionFundingFor(db, actor, regionId);
	if (!page.ok) return page;
	const { region, sources, gap } = page.value;
	return ok({
		regionId,
		regionName: region.name,
		sources: sources.map(({ version: _version, notes: _notes, ...rest }) => rest),
		gap
	});
}

export const fundingReminderJob = 'funding.remind';

const isHoliday = dutchHolidayLookup();

/**
 * Plans the reminders of a source as it now is, inside the save's transaction. Each has a key of
 * the source, what it is about and its date: saving again without changing the date plans nothing
 * new, and a moved date plans a new one while the old one finds, when it runs, that its date no
 * longer holds and sends nothing.
 */
async function planReminders(tx: Db, organisationId: string, id: string, source: FundingSourceInput, now: Date): Promise<void> {
	for (const reminder of plannedReminders(source, now, isHoliday)) {
		await enqueue(tx, {
			kind: fundingReminderJob,
			organisationId,
			payload: { organisationId, sourceId: id, about: reminder.about, date: reminder.date },
			key: `${fundingReminderJob}:${id}:${reminder.about}:${reminder.date}`,
			runAt: reminder.runAt,
			maxAttempts: 5
		});
	}
}

export async function addFundingSource(db: Db, actor: Actor, regionId: string, input: FundingSourceInput, now = new Date()): Promise<Result<{ id: string }, 'notFound'>> {
	if (!can.editRegionMoney(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx) => {
		if (!(await findRegion(tx, organisationId, regionId))) return fail('notFound');
		const row = await insertFundingSourceForCheckedRegion(tx, organisationId, regionId, input, actor.userId);
		await planReminders(tx, organisationId, row.id, input, now);
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'funding.added', subject: regionId, payload: { sourceId: row.id } });
		return ok({ id: row.id });
	});
}

/** Saves a source over the version its form showed; a newer save is never overwritten. */
export async function changeFundingSource(
	db: Db,
	actor: Actor,
	regionId: string,
	id: string,
	based: Based,
	input: FundingSourceInput,
	now = new Date()
): Promise<Saved | NotFound> {
	if (!can.editRegionMoney(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<Saved | NotFound> => {
		if ((await updateFundingSource(tx, organisationId, regionId, id, based.version, input)) === null) {
			const current = await findFundingSource(tx, organisationId, regionId, id);
			return current ? afterConflict(based, sourceSnapshot(current), sourceSnapshot(input)) : fail('notFound');
		}
		await planReminders(tx, organisationId, id, input, now);
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'funding.changed', subject: regionId, payload: { sourceId: id } });
		return ok({});
	});
}

/** Removes a source as it was shown; saved since, it stays (stale); removed already is what was asked. Its reminders then find nothing. */
export async function removeFundingSource(db: Db, actor: Actor, regionId: string, id: string, based: Based): Promise<Saved | NotFound> {
	if (!can.editRegionMoney(actor)) return fail('notFound');
	const organisationId = actor.organisationId;
	if (!(await findRegion(db, organisationId, regionId))) return fail('notFound');
	const outcome = await withTransaction(db, async (tx) => {
		const outcome = await deleteFundingSource(tx, organisationId, regionId, id, based.version);
		if (outcome === 'removed') {
			await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'funding.removed', subject: regionId, payload: { sourceId: id } });
		}
		return outcome;
	});
	if (outcome !== 'stale') return ok({});
	const current = await findFundingSource(db, organisationId, regionId, id);
	return current ? stale(based, sourceSnapshot(current)) : ok({});
}

const reminderPayload = z.object({
	organisationId: z.uuid(),
	sourceId: z.uuid(),
	about: z.enum(['deadline', 'report']),
	date: z.iso.date()
});

/** The reminder's words: in Dutch, the language of the organisation's coordinators (jobs run outside any request). */
function reminderMail(about: ReminderAbout, source: { name: string; regionId: string }, regionName: string, date: string) {
	const locale = { locale: 'nl' as const };
	const shownDate = date.split('-').reverse().join('-');
	const link = `${config.origin}/regions/${source.regionId}/funding`;
	return about === 'deadline'
		? {
				subject: m.funding_reminder_deadline_subject({ funder: source.name, date: shownDate }, locale),
				text: m.funding_reminder_deadline_body({ funder: source.name, region: regionName, date: shownDate, link }, locale)
			}
		: {
				subject: m.funding_reminder_report_subject({ funder: source.name, date: shownDate }, locale),
				text: m.funding_reminder_report_body({ funder: source.name, region: regionName, date: shownDate, link }, locale)
			};
}

/**
 * The reminder job: when the source still has the date (and the status that calls for it), a mail
 * to each coordinator, kept in the outbox, with an event that counts them; otherwise nothing
 * (the date moved, the source was answered or removed). The mails and the event share one
 * transaction.
 */
export const runFundingReminder: JobHandler = async (db, payload) => {
	const parsed = reminderPayload.safeParse(payload);
	if (!parsed.success) return { ok: false, code: 'gone', detail: 'payload is not a funding reminder' };
	const { organisationId, sourceId, about, date } = parsed.data;
	await withTransaction(db, async (tx) => {
		const source = await findFundingSourceById(tx, organisationId, sourceId);
		if (!source || !reminderStillHolds(source, about, date, fromInstant(new Date()).date)) return;
		const region = await findRegion(tx, organisationId, source.regionId);
		const recipients = await coordinatorAddresses(tx, organisationId);
		const mail = reminderMail(about, source, region?.name ?? '', date);
		for (const to of recipients) await sendMail(tx, { organisationId, to, ...mail });
		await recordEvent(tx, { organisationId, actorId: null, type: 'funding.reminded', subject: source.regionId, payload: { sourceId, about, recipients: recipients.length } });
	});
	return { ok: true };
};
