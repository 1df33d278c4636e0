import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { fromInstant, toInstant } from '../domain/schedule';
import type { QuickscanAnswer } from '../domain/quickscan';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { changeWish, debrief, event, groupAgreement, job, meeting, note, outbox, stakeholderUpdate, user } from './db/schema';
import { isCalmMoment } from '../domain/calmTiming';
import { addProgramme, changeProgramme, programmeFor, programmesLike, removeProgramme } from './inventory';
import { regionQuickscan, regionQuickscanSummary, saveQuickscanRound } from './quickscan';
import { addStakeholder, dismissUpdate, regionStakeholders, saveUpdateDraft, sendUpdate, stakeholderUpdateFor } from './stakeholders';
import { ensureStakeholderRemindersScheduled, runStakeholderReminders, stakeholderJob } from './stakeholderUpdates';
import { readVersionToken, type Based } from './versioning';

const based = (token: string): Based => readVersionToken(token)!;

describe.each(databaseKinds)('preparing a region on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let other: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let outsider: Actor;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'P');
		other = await seedOrganisation(db, 'Q');
		actors = await actorsOf(db, org);
		outsider = (await actorsOf(db, other)).coordinator;
	});
	afterAll(() => close?.());

	describe('quickscan', () => {
		const answers = (money: QuickscanAnswer['status'], strengthen = 'Fonds aanschrijven'): QuickscanAnswer[] => [
			{ theme: 'network', status: 'inPlace', present: 'Welzijn en de kerk doen mee', strengthen: '' },
			{ theme: 'money', status: money, present: '', strengthen },
			{ theme: 'room', status: 'partly', present: 'Het buurthuis', strengthen: 'Vragen of het gratis kan' }
		];

		it('saves each time as a new dated round, keeps the earlier ones, and says what changed', async () => {
			const start = (await regionQuickscan(db, actors.coordinator, org.regionId)) as Extract<Awaited<ReturnType<typeof regionQuickscan>>, { ok: true }>;
			expect(start.value.rounds).toEqual([]);
			expect(start.value.stillNeedsWork).toHaveLength(7);
			expect(await saveQuickscanRound(db, actors.coordinator, org.regionId, based(start.value.version), answers('toDo'))).toEqual({ ok: true, value: { round: 1 } });

			const after1 = await regionQuickscan(db, actors.coordinator, org.regionId);
			if (!after1.ok) throw new Error('not found');
			expect(after1.value.rounds.map((r) => r.number)).toEqual([1]);
			expect(after1.value.rounds[0]!.answeredOn).toBe(fromInstant(new Date()).date);
			expect(after1.value.stillNeedsWork.map((w) => [w.theme, w.status])).toEqual([
				['money', 'toDo'],
				['room', 'partly'],
				['communication', null],
				['knowledge', null],
				['people', null],
				['coaching', null]
			]);
			expect(await saveQuickscanRound(db, actors.coordinator, org.regionId, based(after1.value.version), answers('partly'))).toMatchObject({ ok: true, value: { round: 2 } });

			const summary = await regionQuickscanSummary(db, actors.coordinator, org.regionId);
			if (!summary.ok) throw new Error('not found');
			expect(summary.value.rounds).toBe(2);
			expect(summary.value.round?.number).toBe(2);
			expect(summary.value.previous?.number).toBe(1);
			expect(summary.value.previous?.changes).toEqual([
				{ theme: 'money', from: 'toDo', to: 'partly', movement: 'forward', presentChanged: false, strengthenChanged: false }
			]);
			expect(summary.value.byStatus.partly).toEqual(['money', 'room']);
			// The first round is still there as it was.
			const page = await regionQuickscan(db, actors.coordinator, org.regionId);
			if (!page.ok) throw new Error('not found');
			expect(page.value.rounds[1]!.answers.find((a) => a.theme === 'money')!.status).toBe('toDo');
			const events = await db.select().from(event).where(and(eq(event.subject, org.regionId), eq(event.type, 'quickscan.roundSaved')));
			expect(events.map((e) => e.payload)).toEqual([
				{ round: 1, stillToDo: 6 },
				{ round: 2, stillToDo: 6 }
			]);
		});

		it('refuses a round based on an older one as stale, and counts a double click as saved', async () => {
			const page = await regionQuickscan(db, actors.coordinator, org.regionId);
			if (!page.ok) throw new Error('not found');
			const token = based(page.value.version);
			expect(await saveQuickscanRound(db, actors.coordinator, org.regionId, token, answers('inPlace', 'Gelukt'))).toMatchObject({ ok: true });
			// The same form sent twice: the round says exactly this already.
			expect(await saveQuickscanRound(db, actors.coordinator, org.regionId, token, answers('inPlace', 'Gelukt'))).toMatchObject({ ok: true });
			const stale = await saveQuickscanRound(db, actors.coordinator, org.regionId, token, answers('toDo', 'Iets anders'));
			expect(stale).toMatchObject({ ok: false, code: 'stale' });
			expect(stale.ok ? [] : 'changed' in stale ? stale.changed : []).toEqual(expect.arrayContaining(['moneyStatus', 'moneyStrengthen']));
		});

		it('is the coordinators’: another organisation, a facilitator and a stakeholder get not found', async () => {
			for (const actor of [outsider, actors.facilitator, actors.stakeholder]) {
				expect(await regionQuickscan(db, actor, org.regionId)).toEqual({ ok: false, code: 'notFound' });
				expect(await regionQuickscanSummary(db, actor, org.regionId)).toEqual({ ok: false, code: 'notFound' });
				expect(await saveQuickscanRound(db, actor, org.regionId, { version: 99, snapshot: null }, answers('toDo'))).toEqual({ ok: false, code: 'notFound' });
			}
		});
	});

	describe('inventory', () => {
		const entry = { name: 'Huiswerkbegeleiding Zuid', kind: 'project' as const, description: 'Studenten helpen kinderen na school met huiswerk.', runBy: 'Welzijn Zuid, Bibliotheek', contact: '', regionId: null };

		it('warns when a new entry looks like one already there, and adds it anyway when asked', async () => {
			const first = await addProgramme(db, actors.coordinator, entry, false);
			expect(first.ok).toBe(true);
			const again = await addProgramme(db, actors.coordinator, { ...entry, name: 'HUISWERKBEGELEIDING voor kinderen in Zuid', description: '' }, false);
			expect(again).toMatchObject({ ok: false, code: 'similar', similar: [{ name: 'Huiswerkbegeleiding Zuid', runBy: 'Welzijn Zuid, Bibliotheek' }] });
			expect(await addProgramme(db, actors.coordinator, { ...entry, name: 'Huiswerkbegeleiding Zuid voor ouders', description: '' }, true)).toMatchObject({ ok: true });
			expect(await addProgramme(db, actors.coordinator, { ...entry, name: 'Moestuin De Kers', description: 'Samen groente kweken', regionId: org.regionId }, false)).toMatchObject({ ok: true });
			// The wrapper a plan goal uses.
			const like = await programmesLike(db, actors.coordinator, 'Kinderen helpen met hun huiswerk');
			expect(like.ok && like.value.map((p) => p.name)).toEqual(['Huiswerkbegeleiding Zuid']);
			const added = await db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, 'programme.added')));
			expect(added.map((e) => e.payload)).toEqual([{ similar: 0 }, { similar: 1 }, { similar: 0 }]);
		});

		it('refuses another organisation’s region, edits over a version and removes', async () => {
			expect(await addProgramme(db, actors.coordinator, { ...entry, name: 'Elders', regionId: other.regionId }, false)).toMatchObject({ ok: false, code: 'unknownRegion' });
			const created = await addProgramme(db, actors.coordinator, { ...entry, name: 'Schuldhulpmaatje', description: '' }, false);
			if (!created.ok) throw new Error('not added');
			const id = created.value.id;
			const loaded = await programmeFor(db, actors.coordinator, id);
			if (!loaded.ok) throw new Error('not found');
			const token = based(loaded.value.version);
			expect(await changeProgramme(db, actors.coordinator, id, token, { ...entry, name: 'Schuldhulpmaatje Zuid', description: '' })).toEqual({ ok: true, value: {} });
			expect(await changeProgramme(db, actors.coordinator, id, token, { ...entry, name: 'Iets anders', description: '' })).toMatchObject({ ok: false, code: 'stale' });
			expect(await programmeFor(db, outsider, id)).toEqual({ ok: false, code: 'notFound' });
			expect(await removeProgramme(db, outsider, id, token)).toEqual({ ok: false, code: 'notFound' });
			expect(await removeProgramme(db, actors.coordinator, id, token)).toMatchObject({ ok: false, code: 'stale' });
			expect(await removeProgramme(db, actors.coordinator, id, { version: 2, snapshot: null })).toEqual({ ok: true, value: {} });
			expect(await programmeFor(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		});
	});

	describe('stakeholders', () => {
		// The seeded series meets on 2031-02-11, 2031-03-12, 2031-04-13 and 2031-05-14.
		const secret = 'Alleen voor de begeleiders: het ging moeizaam met Bewoner P';
		const groupNote = 'Voor de groep: de koffie was op';
		const debriefText = 'Nabespreking: we begonnen te laat';

		beforeAll(async () => {
			const at = { meetingId: org.meetingId };
			const [author] = await db.select({ id: user.id }).from(user).where(eq(user.email, org.facilitator.email));
			await db.insert(groupAgreement).values({ ...at, seriesId: org.seriesId, text: 'We laten elkaar uitpraten' });
			await db.insert(changeWish).values([
				{ ...at, seriesId: org.seriesId, text: 'Een spreekuur in de bibliotheek', level: 'organisation', submissionId: crypto.randomUUID() },
				{ ...at, seriesId: org.seriesId, text: 'Minder formulieren', submissionId: crypto.randomUUID() }
			]);
			await db.insert(note).values([
				{ ...at, visibility: 'facilitators', text: secret, authorId: author!.id },
				{ ...at, visibility: 'group', text: groupNote, authorId: author!.id }
			]);
			await db.insert(debrief).values({ meetingId: org.meetingId, wentWell: debriefText, couldDiffer: debriefText, changeNext: debriefText });
		});

		it('drafts an update after a meeting from its outcomes only, reminds the coordinator, and sends the edited words', async () => {
			const added = await addStakeholder(
				db,
				actors.coordinator,
				org.regionId,
				{ name: 'Wethouder Jansen', kind: 'civilServant', affiliation: 'Gemeente', email: 'jansen@gemeente.test', frequency: 'afterEveryMeeting' },
				toInstant('2031-01-05', '10:00')
			);
			expect(added.ok).toBe(true);
			// Not due on the day of the meeting.
			expect(await runStakeholderReminders(db, toInstant('2031-02-11', '20:00'))).toEqual({ drafted: 0, reminded: 0 });
			// The day after: one draft, and its coordinator is told once.
			expect(await runStakeholderReminders(db, toInstant('2031-02-12', '09:00'))).toEqual({ drafted: 1, reminded: 1 });
			expect(await runStakeholderReminders(db, toInstant('2031-02-12', '15:00'))).toEqual({ drafted: 0, reminded: 0 });

			const page = await regionStakeholders(db, actors.coordinator, org.regionId, toInstant('2031-02-12', '10:00'));
			if (!page.ok) throw new Error('not found');
			expect(page.value.stakeholders.map((s) => [s.name, s.nextUpdate])).toEqual([['Wethouder Jansen', '2031-03-13']]);
			const [draft] = page.value.drafts;
			expect(draft).toMatchObject({ stakeholderName: 'Wethouder Jansen', occasion: `meeting:${org.meetingId}`, periodFrom: '2031-02-11', periodTo: '2031-02-11' });
			expect(draft!.body).toContain('We laten elkaar uitpraten');
			expect(draft!.body).toContain('Veranderwensen die de groep verzamelde: 2');
			expect(draft!.body).toContain('11 februari 2031');
			for (const hidden of [secret, groupNote, debriefText, 'Bewoner P', 'Begeleider P', 'Een spreekuur in de bibliotheek']) expect(draft!.body).not.toContain(hidden);

			const reminders = await db.select().from(outbox).where(eq(outbox.recipient, org.coordinator.email));
			expect(reminders).toHaveLength(1);
			expect(reminders[0]!.body).toContain(`/regions/${org.regionId}/stakeholders`);
			expect(reminders[0]!.body).not.toContain(secret);
			const drafted = await db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, 'stakeholderUpdate.drafted')));
			expect(drafted.map((e) => e.payload)).toEqual([{ updates: 1 }]);

			// Another organisation cannot open, edit or send it.
			expect(await stakeholderUpdateFor(db, outsider, org.regionId, draft!.id)).toEqual({ ok: false, code: 'notFound' });
			expect(await stakeholderUpdateFor(db, outsider, other.regionId, draft!.id)).toEqual({ ok: false, code: 'notFound' });

			const opened = await stakeholderUpdateFor(db, actors.coordinator, org.regionId, draft!.id);
			if (!opened.ok) throw new Error('not found');
			const token = based(opened.value.version);
			const edited = { subject: draft!.subject, body: `${draft!.body}\nGroet, Fatima` };
			expect(await saveUpdateDraft(db, actors.coordinator, org.regionId, draft!.id, token, edited)).toEqual({ ok: true, value: {} });
			// Sent from the form opened before that save: stale, nothing sent.
			expect(await sendUpdate(db, actors.coordinator, org.regionId, draft!.id, token, { ...edited, body: 'Anders' })).toMatchObject({ ok: false, code: 'stale' });

			const fresh = await stakeholderUpdateFor(db, actors.coordinator, org.regionId, draft!.id);
			if (!fresh.ok) throw new Error('not found');
			// A Friday afternoon: it goes, but lands on Monday at nine.
			const sent = await sendUpdate(db, actors.coordinator, org.regionId, draft!.id, based(fresh.value.version), edited, toInstant('2031-02-14', '15:30'));
			expect(sent.ok).toBe(true);
			if (sent.ok) expect(fromInstant(sent.value.deliverAt)).toEqual({ date: '2031-02-17', time: '09:00' });
			const mail = await db.select().from(outbox).where(eq(outbox.recipient, 'jansen@gemeente.test'));
			expect(mail.map((m) => m.body)).toEqual([edited.body]);
			const [row] = await db.select().from(stakeholderUpdate).where(eq(stakeholderUpdate.id, draft!.id));
			expect(row).toMatchObject({ state: 'sent', body: edited.body });
			// Sent is sent: a second send changes nothing and mails nothing.
			expect(await sendUpdate(db, actors.coordinator, org.regionId, draft!.id, based(fresh.value.version), edited)).toMatchObject({ ok: false, code: 'stale' });
			expect(await dismissUpdate(db, actors.coordinator, org.regionId, draft!.id, based(fresh.value.version), edited)).toMatchObject({ ok: false, code: 'stale' });
			expect(await db.select().from(outbox).where(eq(outbox.recipient, 'jansen@gemeente.test'))).toHaveLength(1);
		});

		it('plans its daily run once, at a calm moment, whatever the starting instance’s clock says', async () => {
			// A Saturday evening start plans Monday 09:00; a second instance starting adds nothing.
			await ensureStakeholderRemindersScheduled(db, toInstant('2031-02-15', '20:00'));
			await ensureStakeholderRemindersScheduled(db, toInstant('2031-02-15', '20:01'));
			const planned = await db.select().from(job).where(eq(job.kind, stakeholderJob));
			expect(planned).toHaveLength(1);
			expect(fromInstant(planned[0]!.runAt)).toEqual({ date: '2031-02-17', time: '09:00' });
			expect(isCalmMoment(planned[0]!.runAt)).toBe(true);
			await db.delete(job).where(eq(job.kind, stakeholderJob));
		});

		it('drafts a monthly update and one at the end of the series, each once', async () => {
			await addStakeholder(db, actors.coordinator, org.regionId, { name: 'Manager De Vries', kind: 'manager', affiliation: '', email: 'devries@welzijn.test', frequency: 'monthly' }, toInstant('2031-01-20', '10:00'));
			await addStakeholder(db, actors.coordinator, org.regionId, { name: 'Directeur Bakker', kind: 'manager', affiliation: '', email: 'bakker@school.test', frequency: 'endOfSeries' }, toInstant('2031-01-20', '10:00'));
			const run = await runStakeholderReminders(db, toInstant('2031-05-16', '09:00'));
			// Jansen: meetings 2, 3 and 4; De Vries: April; Bakker: the series.
			expect(run.drafted).toBe(5);
			const updates = await db.select().from(stakeholderUpdate).where(eq(stakeholderUpdate.organisationId, org.organisationId));
			expect(updates.map((u) => u.occasion).sort()).toEqual(
				[`meeting:${org.meetingId}`, 'month:2031-04', `series:${org.seriesId}`, ...(await db.select().from(meeting).where(eq(meeting.seriesId, org.seriesId))).filter((m) => m.number > 1).map((m) => `meeting:${m.id}`)].sort()
			);
			const series = updates.find((u) => u.occasion === `series:${org.seriesId}`)!;
			expect(series.body).toContain('Bijeenkomsten: 4');
			expect(series.body).not.toContain(secret);
			expect((await runStakeholderReminders(db, toInstant('2031-05-17', '09:00'))).drafted).toBe(0);
			expect(await regionStakeholders(db, outsider, org.regionId)).toEqual({ ok: false, code: 'notFound' });
			expect(await regionStakeholders(db, actors.facilitator, org.regionId)).toEqual({ ok: false, code: 'notFound' });
		});
	});
});
