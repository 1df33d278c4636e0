import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { defaultBudget, type BudgetInput } from '../domain/budget';
import { fromInstant, toInstant } from '../domain/schedule';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import { regionBudgetFor, regionBudgetSummary, saveRegionBudget } from './budget';
import type { Db } from './db';
import { event, job, outbox } from './db/schema';
import {
	addFundingSource,
	changeFundingSource,
	fundingReminderJob,
	fundingSourceFor,
	regionFundingFor,
	regionFundingSummary,
	removeFundingSource,
	runFundingReminder,
	type FundingSourceInput
} from './funding';
import { createRunner } from './jobs/runner';
import { readVersionToken } from './versioning';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out');
		await sleep(50);
	}
}

const based = (token: string) => readVersionToken(token)!;

/** A calendar date `days` after today in Amsterdam. */
const inDays = (days: number) => fromInstant(new Date(toInstant(fromInstant(new Date()).date, '12:00').getTime() + days * 86_400_000)).date;

const budget: BudgetInput = {
	...defaultBudget,
	seriesPerYear: 2,
	professionalRate: 5500,
	expertRate: 3333,
	roomPerMeeting: 7500,
	followUp: 50000,
	website: 12000
};
// Per series: 16 h × € 55 = € 880, 16 h × € 33,33 = € 533,28, room 4 × € 75 = € 300, follow-up € 500.
const perSeries = 88000 + 53328 + 30000 + 50000;

describe.each(databaseKinds)('budget and funding on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let other: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let otherActors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'B');
		other = await seedOrganisation(db, 'C');
		actors = await actorsOf(db, org);
		otherActors = await actorsOf(db, other);
	});
	afterAll(() => close?.());

	describe('budget', () => {
		it('starts as the default budget, for coordinators and facilitators, never stakeholders or another organisation', async () => {
			const page = await regionBudgetFor(db, actors.coordinator, org.regionId);
			expect(page).toMatchObject({ ok: true, value: { input: defaultBudget, canEdit: true, updatedAt: null } });
			if (!page.ok) return;
			expect(based(page.value.version).version).toBe(1);
			expect(page.value.budget.perYear.total).toBe(0);
			expect(await regionBudgetFor(db, actors.facilitator, org.regionId)).toMatchObject({ ok: true, value: { canEdit: false } });
			expect(await regionBudgetFor(db, actors.stakeholder, org.regionId)).toEqual({ ok: false, code: 'notFound' });
			expect(await regionBudgetFor(db, otherActors.coordinator, org.regionId)).toEqual({ ok: false, code: 'notFound' });
			expect(await regionBudgetSummary(db, actors.stakeholder, org.regionId)).toEqual({ ok: false, code: 'notFound' });
		});

		it('saves over the version shown, and refuses a save based on an older one', async () => {
			const first = await regionBudgetFor(db, actors.coordinator, org.regionId);
			if (!first.ok) throw new Error('no budget');
			const token = first.value.version;
			expect(await saveRegionBudget(db, actors.coordinator, org.regionId, based(token), budget)).toEqual({ ok: true, value: {} });
			// The same save again (a double click): nothing would be lost, so it counts as saved.
			expect(await saveRegionBudget(db, actors.coordinator, org.regionId, based(token), budget)).toEqual({ ok: true, value: {} });
			// A different change from the same old form: someone else saved first.
			expect(await saveRegionBudget(db, actors.coordinator, org.regionId, based(token), { ...budget, roomPerMeeting: 9000 })).toEqual({
				ok: false,
				code: 'stale',
				changed: ['expertRate', 'followUp', 'professionalRate', 'roomPerMeeting', 'seriesPerYear', 'website']
			});

			const saved = await regionBudgetFor(db, actors.facilitator, org.regionId);
			expect(saved).toMatchObject({ ok: true, value: { input: budget } });
			if (!saved.ok) return;
			expect(based(saved.value.version).version).toBe(2);
			expect(saved.value.budget.perSeries.total).toBe(perSeries);
			expect(saved.value.budget.perYear.total).toBe(2 * perSeries + 12000);
			const events = await db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, 'budget.saved')));
			expect(events.map((e) => ({ subject: e.subject, payload: e.payload }))).toEqual([{ subject: org.regionId, payload: {} }]);
		});

		it('lets two first saves of one region keep one, and tells the other', async () => {
			const region = other.regionId;
			const first = await regionBudgetFor(db, otherActors.coordinator, region);
			if (!first.ok) throw new Error('no budget');
			const results = await Promise.all([
				saveRegionBudget(db, otherActors.coordinator, region, based(first.value.version), { ...budget, supplies: 100 }),
				saveRegionBudget(db, otherActors.coordinator, region, based(first.value.version), { ...budget, supplies: 200 })
			]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: 'stale', changed: expect.any(Array) }]);
		});

		it('refuses a budget without meetings with its own code, and saves nothing for facilitators or other organisations', async () => {
			const page = await regionBudgetFor(db, actors.coordinator, org.regionId);
			if (!page.ok) throw new Error('no budget');
			const token = based(page.value.version);
			expect(await saveRegionBudget(db, actors.coordinator, org.regionId, token, { ...budget, meetingsPerSeries: 0 })).toEqual({ ok: false, code: 'noMeetings', field: 'meetingsPerSeries' });
			expect(await saveRegionBudget(db, actors.facilitator, org.regionId, token, budget)).toEqual({ ok: false, code: 'notFound' });
			expect(await saveRegionBudget(db, otherActors.coordinator, org.regionId, token, budget)).toEqual({ ok: false, code: 'notFound' });
			await expect(saveRegionBudget(db, actors.coordinator, org.regionId, token, { ...budget, supplies: -1 })).rejects.toThrow(RangeError);
		});

		it('gives the region plan its totals and lines as plain data', async () => {
			const summary = await regionBudgetSummary(db, actors.coordinator, org.regionId);
			expect(summary).toMatchObject({ ok: true, value: { regionId: org.regionId, regionName: 'Wijk B', saved: true, seriesPerYear: 2, meetingsPerSeries: 4 } });
			if (!summary.ok) return;
			expect(summary.value.perYear.total).toBe(2 * perSeries + 12000);
			expect(summary.value.lines.find((l) => l.key === 'expertMeetings')).toMatchObject({ hours: 1600, rate: 3333, amount: 53328 });
		});
	});

	describe('funding', () => {
		const source = (overrides: Partial<FundingSourceInput> = {}): FundingSourceInput => ({
			name: 'Oranjefonds',
			kind: 'nationalFund',
			status: 'granted',
			amount: 150000,
			applicationDeadline: null,
			reportDue: null,
			notes: 'Contact via de website',
			...overrides
		});

		it('adds, shows the gap against the budget, edits over the version shown and removes', async () => {
			const granted = await addFundingSource(db, actors.coordinator, org.regionId, source());
			const asked = await addFundingSource(db, actors.coordinator, org.regionId, source({ name: 'Gemeente', kind: 'municipalSubsidy', status: 'asked', amount: 80000 }));
			await addFundingSource(db, actors.coordinator, org.regionId, source({ name: 'Bank', kind: 'companiesAndBanks', status: 'refused', amount: 99999 }));
			if (!granted.ok || !asked.ok) throw new Error('not added');

			const page = await regionFundingFor(db, actors.facilitator, org.regionId);
			if (!page.ok) throw new Error('no page');
			expect(page.value.canEdit).toBe(false);
			expect(page.value.sources.map((s) => s.name)).toEqual(['Oranjefonds', 'Gemeente', 'Bank']);
			const total = 2 * perSeries + 12000;
			expect(page.value.gap).toEqual({ budget: total, granted: 150000, pending: 80000, gap: total - 150000, gapIfPendingGranted: total - 230000 });

			const edit = await fundingSourceFor(db, actors.coordinator, org.regionId, asked.value.id);
			if (!edit.ok) throw new Error('no source');
			const token = based(edit.value.source.version);
			expect(await changeFundingSource(db, actors.coordinator, org.regionId, asked.value.id, token, source({ name: 'Gemeente', kind: 'municipalSubsidy', status: 'granted', amount: 80000 }))).toEqual({ ok: true, value: {} });
			expect(await changeFundingSource(db, actors.coordinator, org.regionId, asked.value.id, token, source({ name: 'Gemeente', kind: 'municipalSubsidy', status: 'refused', amount: 80000 }))).toEqual({
				ok: false,
				code: 'stale',
				changed: ['status']
			});
			expect(await removeFundingSource(db, actors.coordinator, org.regionId, asked.value.id, token)).toMatchObject({ ok: false, code: 'stale' });

			const now = await fundingSourceFor(db, actors.coordinator, org.regionId, asked.value.id);
			if (!now.ok) throw new Error('no source');
			expect(await removeFundingSource(db, actors.coordinator, org.regionId, asked.value.id, based(now.value.source.version))).toEqual({ ok: true, value: {} });
			// Removed already (the other coordinator): what was asked for.
			expect(await removeFundingSource(db, actors.coordinator, org.regionId, asked.value.id, based(now.value.source.version))).toEqual({ ok: true, value: {} });

			const summary = await regionFundingSummary(db, actors.coordinator, org.regionId);
			if (!summary.ok) throw new Error('no summary');
			expect(summary.value.sources.map((s) => s.name)).toEqual(['Oranjefonds', 'Bank']);
			expect(summary.value.sources[0]).not.toHaveProperty('notes');
			expect(summary.value.gap.granted).toBe(150000);

			const types = (await db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.subject, org.regionId)))).map((e) => e.type);
			expect(types.filter((t) => t.startsWith('funding.'))).toEqual(['funding.added', 'funding.added', 'funding.added', 'funding.changed', 'funding.removed']);
			// Payloads hold ids only: no funder's name or amount.
			const payloads = (await db.select().from(event).where(eq(event.type, 'funding.added'))).map((e) => JSON.stringify(e.payload));
			for (const p of payloads) expect(p).not.toMatch(/Oranjefonds|Gemeente|Bank|150000/);
		});

		it('keeps funding from facilitators, stakeholders and other organisations', async () => {
			expect(await addFundingSource(db, actors.facilitator, org.regionId, source())).toEqual({ ok: false, code: 'notFound' });
			expect(await addFundingSource(db, otherActors.coordinator, org.regionId, source())).toEqual({ ok: false, code: 'notFound' });
			expect(await regionFundingFor(db, actors.stakeholder, org.regionId)).toEqual({ ok: false, code: 'notFound' });
			expect(await regionFundingSummary(db, actors.stakeholder, org.regionId)).toEqual({ ok: false, code: 'notFound' });
			const page = await regionFundingFor(db, actors.coordinator, org.regionId);
			if (!page.ok) throw new Error('no page');
			const id = page.value.sources[0]!.id;
			expect(await fundingSourceFor(db, actors.facilitator, org.regionId, id)).toEqual({ ok: false, code: 'notFound' });
			expect(await fundingSourceFor(db, otherActors.coordinator, other.regionId, id)).toEqual({ ok: false, code: 'notFound' });
			expect(await changeFundingSource(db, otherActors.coordinator, other.regionId, id, based(page.value.sources[0]!.version), source({ name: 'Kaping' }))).toEqual({ ok: false, code: 'notFound' });
			expect(await removeFundingSource(db, otherActors.coordinator, other.regionId, id, based(page.value.sources[0]!.version))).toEqual({ ok: true, value: {} });
			expect((await regionFundingFor(db, actors.coordinator, org.regionId)).ok && (await fundingSourceFor(db, actors.coordinator, org.regionId, id)).ok).toBe(true);
		});

		it('plans a reminder before a deadline, mails the coordinators through the job runner, and a moved deadline leaves the old reminder empty', async () => {
			const deadline = inDays(30);
			const added = await addFundingSource(db, actors.coordinator, org.regionId, source({ name: 'VSB-fonds', status: 'idea', amount: 500000, applicationDeadline: deadline }));
			if (!added.ok) throw new Error('not added');
			const jobsOf = () => db.select().from(job).where(eq(job.kind, fundingReminderJob));
			const [planned] = (await jobsOf()).filter((j) => (j.payload as { sourceId: string }).sourceId === added.value.id);
			expect(planned).toMatchObject({ organisationId: org.organisationId, state: 'waiting', payload: { sourceId: added.value.id, about: 'deadline', date: deadline } });
			// Fourteen days before, or the first working moment after: never at the weekend, never on Friday afternoon.
			const at = fromInstant(planned!.runAt);
			expect(at.date >= inDays(16) && at.date <= inDays(20)).toBe(true);
			const day = new Date(`${at.date}T12:00:00Z`).getUTCDay();
			expect(day).toBeGreaterThanOrEqual(1);
			expect(day).toBeLessThanOrEqual(5);
			expect(day === 5 ? at.time < '12:00' : at.time >= '09:00').toBe(true);

			// The coordinator moves the deadline: a new reminder is planned; saving again plans nothing twice.
			const edit = await fundingSourceFor(db, actors.coordinator, org.regionId, added.value.id);
			if (!edit.ok) throw new Error('no source');
			const moved = inDays(40);
			const movedInput = source({ name: 'VSB-fonds', status: 'idea', amount: 500000, applicationDeadline: moved });
			expect(await changeFundingSource(db, actors.coordinator, org.regionId, added.value.id, based(edit.value.source.version), movedInput)).toEqual({ ok: true, value: {} });
			const again = await fundingSourceFor(db, actors.coordinator, org.regionId, added.value.id);
			if (!again.ok) throw new Error('no source');
			await changeFundingSource(db, actors.coordinator, org.regionId, added.value.id, based(again.value.source.version), { ...movedInput, notes: 'Aanvraag schrijven' });
			const mine = (await jobsOf()).filter((j) => (j.payload as { sourceId: string }).sourceId === added.value.id);
			expect(mine.map((j) => (j.payload as { date: string }).date).sort()).toEqual([deadline, moved].sort());

			// Both are due now; the runner runs them: only the one with the current date mails.
			await db.update(job).set({ runAt: new Date(Date.now() - 1000) }).where(eq(job.kind, fundingReminderJob));
			const runner = createRunner({ db, handlers: { [fundingReminderJob]: runFundingReminder }, pollMs: 50, leaseSeconds: 60, retryBaseSeconds: 0.2, releaseOrphans: false, log: () => {} });
			await runner.start();
			await until(async () => (await jobsOf()).every((j) => j.state === 'done'));
			await runner.stop();

			const mails = await db.select().from(outbox).where(eq(outbox.organisationId, org.organisationId));
			const reminders = mails.filter((m) => m.subject.includes('VSB-fonds'));
			expect(reminders.map((m) => m.recipient)).toEqual([org.coordinator.email]);
			const shown = moved.split('-').reverse().join('-');
			expect(reminders[0]!.subject).toBe(`Herinnering: aanvraag bij VSB-fonds sluit op ${shown}`);
			expect(reminders[0]!.body).toContain(`/regions/${org.regionId}/funding`);
			const reminded = await db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, 'funding.reminded')));
			expect(reminded.map((e) => e.payload)).toEqual([{ sourceId: added.value.id, about: 'deadline', recipients: 1 }]);
		});

		it('reminds of a report once granted, and a reminder of a removed source does nothing', async () => {
			const due = inDays(10);
			const added = await addFundingSource(db, actors.coordinator, org.regionId, source({ name: 'Lokaal fonds', kind: 'localFund', status: 'granted', reportDue: due }));
			if (!added.ok) throw new Error('not added');
			const [planned] = (await db.select().from(job).where(eq(job.kind, fundingReminderJob))).filter((j) => (j.payload as { sourceId: string }).sourceId === added.value.id);
			expect(planned!.payload).toMatchObject({ about: 'report', date: due });
			// Within fourteen days: planned for the next working moment, not later than three days from now.
			expect(planned!.runAt.getTime()).toBeLessThan(Date.now() + 4 * 86_400_000);

			expect(await runFundingReminder(db, planned!.payload)).toEqual({ ok: true });
			const subjects = (await db.select().from(outbox).where(eq(outbox.organisationId, org.organisationId))).map((m) => m.subject);
			expect(subjects).toContain(`Herinnering: verslag voor Lokaal fonds op ${due.split('-').reverse().join('-')}`);

			const page = await fundingSourceFor(db, actors.coordinator, org.regionId, added.value.id);
			if (!page.ok) throw new Error('no source');
			await removeFundingSource(db, actors.coordinator, org.regionId, added.value.id, based(page.value.source.version));
			const before = (await db.select().from(outbox)).length;
			expect(await runFundingReminder(db, planned!.payload)).toEqual({ ok: true });
			expect((await db.select().from(outbox)).length).toBe(before);
			expect(await runFundingReminder(db, { nonsense: true })).toMatchObject({ ok: false, code: 'gone' });
		});
	});
});
