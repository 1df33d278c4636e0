import * as m from '$lib/paraglide/messages.js';
import { nextCalmMoment } from '../domain/calmTiming';
import { fromInstant, toInstant } from '../domain/schedule';
import { dueOccasions, type Occasion } from '../domain/stakeholders';
import { changeLevels } from '../domain/vocabularies';
import { config } from './config';
import type { Db } from './db';
import { hasOpenJob } from './db/repositories/retention';
import { coordinatorEmails, insertUpdateDraft, regionMeetings, regionOutcomes, stakeholdersWithOccasions } from './db/repositories/stakeholders';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { enqueue } from './jobs/queue';
import type { JobHandler } from './jobs/runner';
import { sendMail } from './mail';

/*
 * The daily stakeholder job (issue #12 item 6). For every stakeholder it works out which updates
 * are due (`domain/stakeholders.ts`), drafts each once from the region's outcomes, and mails the
 * organisation's coordinators that drafts are waiting. A draft is made only of outcomes: meetings
 * held, the group's agreements, counts of change wishes. Notes (of any visibility), debriefs,
 * photos and the names of participants are never read for it (`regionOutcomes`). It runs at a
 * calm moment only, so its reminders never land on a Friday afternoon or in the weekend.
 */

export const stakeholderJob = 'stakeholders.remind';

const locale = { locale: 'nl' } as const;

/** A date the Dutch way: "3 maart 2027". */
const shownDate = (date: string) =>
	new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

type Outcomes = Awaited<ReturnType<typeof regionOutcomes>>;

/** The words of a drafted update, in Dutch: what the coordinator starts from and edits. */
export function draftText(stakeholderName: string, regionName: string, occasion: Occasion, outcomes: Outcomes): { subject: string; body: string } {
	const period = occasion.from === occasion.to ? shownDate(occasion.from) : m.stakeholder_draft_period({ from: shownDate(occasion.from), to: shownDate(occasion.to) }, locale);
	const lines = [m.stakeholder_draft_greeting({ name: stakeholderName }, locale), '', m.stakeholder_draft_intro({ region: regionName, period }, locale), ''];
	if (outcomes.meetings.length) {
		lines.push(m.stakeholder_draft_meetings({ count: outcomes.meetings.length }, locale));
		for (const meeting of outcomes.meetings) lines.push(`- ${m.stakeholder_draft_meeting({ date: shownDate(meeting.date), series: meeting.seriesName, number: meeting.number }, locale)}`);
	} else {
		lines.push(m.stakeholder_draft_no_meetings({}, locale));
	}
	if (outcomes.agreements.length) {
		lines.push('', m.stakeholder_draft_agreements({ count: outcomes.agreements.length }, locale));
		for (const text of outcomes.agreements) lines.push(`- ${text}`);
	}
	const wishes = new Map(outcomes.wishes.map((w) => [w.level, w.n]));
	const total = outcomes.wishes.reduce((sum, w) => sum + w.n, 0);
	if (total) {
		lines.push('', m.stakeholder_draft_wishes({ count: total }, locale));
		const levelWords = { person: m.stakeholder_draft_level_person, organisation: m.stakeholder_draft_level_organisation, society: m.stakeholder_draft_level_society };
		for (const level of changeLevels) if (wishes.get(level)) lines.push(`- ${levelWords[level]({ count: wishes.get(level)! }, locale)}`);
		if (wishes.get(null)) lines.push(`- ${m.stakeholder_draft_level_none({ count: wishes.get(null)! }, locale)}`);
	}
	lines.push('', m.stakeholder_draft_closing({}, locale));
	return { subject: m.stakeholder_draft_subject({ region: regionName, period }, locale), body: lines.join('\n') };
}

export interface ReminderRun {
	drafted: number;
	reminded: number;
}

/**
 * Drafts every update due at `now` in every organisation, each organisation in its own
 * transaction, and mails its coordinators once when it drafted any (delivered at the next calm
 * moment). Running it again the same day drafts nothing new: each occasion is unique per stakeholder.
 */
export async function runStakeholderReminders(db: Db, now: Date): Promise<ReminderRun> {
	const today = fromInstant(now).date;
	const people = await stakeholdersWithOccasions(db);
	const byOrganisation = new Map<string, typeof people>();
	for (const p of people) byOrganisation.set(p.organisationId, [...(byOrganisation.get(p.organisationId) ?? []), p]);
	const total: ReminderRun = { drafted: 0, reminded: 0 };
	for (const [organisationId, stakeholders] of byOrganisation) {
		const result = await withTransaction(db, async (tx) => {
			const regions = new Map<string, string>();
			let drafted = 0;
			for (const s of stakeholders) {
				const meetings = await regionMeetings(tx, organisationId, s.regionId);
				for (const occasion of dueOccasions(s, meetings, today, s.drafted)) {
					const outcomes = await regionOutcomes(tx, organisationId, s.regionId, occasion.from, occasion.to, today, occasion.seriesId);
					const words = draftText(s.name, s.regionName, occasion, outcomes);
					const id = await insertUpdateDraft(tx, {
						organisationId,
						stakeholderId: s.id,
						occasion: occasion.key,
						dueOn: occasion.dueOn,
						periodFrom: occasion.from,
						periodTo: occasion.to,
						...words
					});
					if (id) {
						drafted += 1;
						regions.set(s.regionId, s.regionName);
					}
				}
			}
			if (!drafted) return { drafted, reminded: 0 };
			await recordEvent(tx, { organisationId, actorId: null, type: 'stakeholderUpdate.drafted', subject: organisationId, payload: { updates: drafted } });
			const links = [...regions].map(([id, name]) => `- ${name}: ${config.origin}/regions/${id}/stakeholders`).join('\n');
			const to = await coordinatorEmails(tx, organisationId);
			for (const email of to) {
				await sendMail(tx, {
					organisationId,
					to: email,
					subject: m.stakeholder_reminder_subject({ count: drafted }, locale),
					text: m.stakeholder_reminder_body({ count: drafted, links }, locale),
					notBefore: nextCalmMoment(now)
				});
			}
			return { drafted, reminded: to.length };
		});
		total.drafted += result.drafted;
		total.reminded += result.reminded;
	}
	return total;
}

/** Each day's run is at 09:00 Amsterdam on the next calm day: never a Friday afternoon, a weekend or a holiday. */
const runTime = '09:00';

function nextRun(now: Date): { date: string; runAt: Date } {
	const tomorrow = fromInstant(new Date(toInstant(fromInstant(now).date, '12:00').getTime() + 86_400_000)).date;
	const runAt = nextCalmMoment(toInstant(tomorrow, runTime));
	return { date: fromInstant(runAt).date, runAt };
}

const keyFor = (date: string) => `${stakeholderJob}:${date}`;

const enqueueRun = (db: Db, date: string, runAt: Date) =>
	enqueue(db, { kind: stakeholderJob, organisationId: null, payload: {}, key: keyFor(date), runAt, maxAttempts: 3 });

/** At the instance's start: when no run is waiting, one at the next calm moment (now, when it is calm). */
export async function ensureStakeholderRemindersScheduled(db: Db, now = new Date()): Promise<void> {
	if (await hasOpenJob(db, stakeholderJob)) return;
	const at = nextCalmMoment(now);
	if (await enqueueRun(db, fromInstant(at).date, at)) return;
	const next = nextRun(now);
	await enqueueRun(db, next.date, next.runAt);
}

/** The daily job: plans the next run first, so a failing run still leaves the next one. */
export const runStakeholderRemindersJob: JobHandler = async (db) => {
	const now = new Date();
	const next = nextRun(now);
	await enqueueRun(db, next.date, next.runAt);
	await runStakeholderReminders(db, now);
	return { ok: true };
};
