import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { meetingTemplates } from '../content/meetingTemplates';
import type { MemberRole } from '../domain/vocabularies';
import {
	addAgendaPart,
	agendaFitProposal,
	agendaPartForGroups,
	applyAgendaFit,
	meetingAgenda,
	moveAgendaPart,
	removeAgendaPart,
	restartAgenda,
	saveAgendaAsTemplate,
	saveAgendaPart
} from './agenda';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { agendaPart, event, meeting } from './db/schema';
import { insertActivityFormat } from './db/repositories/activityFormats';
import { createSeries } from './series';
import { readVersionToken } from './versioning';

describe.each(databaseKinds)('agenda use-cases in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `A${++seeded}`);
		actors = await actorsOf(db, org);
	});

	const agenda = async (actor: Actor = actors.facilitator) => {
		const page = await meetingAgenda(db, actor, org.seriesId, org.meetingId, 'nl');
		if (!page.ok) throw new Error('the facilitator cannot open the agenda');
		return page.value;
	};
	const eventsOf = (type: string) => db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, type)));
	const edit = (part: Awaited<ReturnType<typeof agenda>>['parts'][number], changes: Partial<{ title: string; minutes: number }>) =>
		saveAgendaPart(
			db,
			actors.facilitator,
			org.seriesId,
			org.meetingId,
			part.id,
			readVersionToken(part.version)!,
			{
				title: part.title,
				yields: part.yields.join('\n'),
				notes: part.notes.join('\n'),
				question: part.question,
				minutes: part.minutes,
				shortest: part.shortest,
				longest: part.longest,
				format: part.format,
				...changes
			},
			'nl'
		);
	const newSeries = (name: string) =>
		createSeries(db, actors.coordinator, {
			name,
			kind: 'ontmoetingen',
			mode: 'onLocation',
			regionId: null,
			partnerOrganisations: [],
			startDate: '2032-03-01',
			startTime: '19:00',
			intervalDays: 14,
			durationMinutes: 120,
			count: 4,
			includeDecidingMeeting: false,
			location: 'Buurthuis',
			onlineLink: null
		});
	const partsOfSeries = async (seriesId: string) => {
		const [first] = await db.select().from(meeting).where(and(eq(meeting.seriesId, seriesId), eq(meeting.number, 1)));
		return db.select().from(agendaPart).where(eq(agendaPart.meetingId, first!.id)).orderBy(agendaPart.position);
	};

	it('makes each meeting its agenda when the series is planned, from its template', async () => {
		const created = await newSeries('Nieuwe reeks');
		if (!created.ok) throw new Error('not created');
		const parts = await partsOfSeries(created.value.id);
		expect(parts.map((p) => p.templateKey)).toEqual(meetingTemplates.ontmoeting1.parts.map((p) => p.key));
		expect(parts.every((p) => p.title === null && p.templateId === 'ontmoeting1')).toBe(true);
	});

	it('makes one agenda when two facilitators open a meeting without one at the same time', async () => {
		const [a, b] = await Promise.all([agenda(), agenda(actors.coordinator)]);
		expect(a.parts.length).toBe(meetingTemplates.ontmoeting1.parts.length);
		expect(b.parts.map((p) => p.id)).toEqual(a.parts.map((p) => p.id));
		expect(await db.select().from(agendaPart).where(eq(agendaPart.meetingId, org.meetingId))).toHaveLength(a.parts.length);
		expect(await eventsOf('agenda.made')).toHaveLength(1);
		expect(a.parts[0]!.starts).toBe('10:00');
	});

	it('keeps both edits when two facilitators edit different parts', async () => {
		const { parts } = await agenda();
		expect(await edit(parts[0]!, { title: 'Binnenkomen' })).toMatchObject({ ok: true });
		expect(await edit(parts[1]!, { title: 'Rondje' })).toMatchObject({ ok: true });
		const after = await agenda();
		expect(after.parts.slice(0, 2).map((p) => p.title)).toEqual(['Binnenkomen', 'Rondje']);
		const [edited] = await eventsOf('agenda.partEdited');
		expect(edited!.payload).toEqual({ partId: parts[0]!.id });
	});

	it('refuses a stale edit of the same part and says what changed', async () => {
		const { parts } = await agenda();
		expect(await edit(parts[0]!, { title: 'Binnenkomen' })).toMatchObject({ ok: true });
		expect(await edit(parts[0]!, { title: 'Koffie' })).toEqual({ ok: false, code: 'stale', changed: ['title'] });
		expect((await agenda()).parts[0]!.title).toBe('Binnenkomen');
	});

	it('refuses minutes outside the part’s own range', async () => {
		const { parts } = await agenda();
		const part = parts[0]!;
		expect(await edit(part, { minutes: part.longest + 1 })).toMatchObject({ ok: false, code: 'range', field: 'minutes' });
	});

	it('keeps both moves when two people move parts at once', async () => {
		const { parts } = await agenda();
		const ids = parts.map((p) => p.id);
		await Promise.all([
			moveAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, ids[1]!, 'up'),
			moveAgendaPart(db, actors.coordinator, org.seriesId, org.meetingId, ids[4]!, 'down')
		]);
		const order = (await agenda()).parts.map((p) => p.id);
		expect(order.slice(0, 2)).toEqual([ids[1], ids[0]]);
		expect(order.slice(4, 6)).toEqual([ids[5], ids[4]]);
	});

	it('adds a part from a format and removes it again', async () => {
		const added = await addAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, { kind: 'deepDive', format: 'round', title: null, minutes: null });
		if (!added.ok) throw new Error('not added');
		const { parts } = await agenda();
		expect(parts.at(-1)).toMatchObject({ id: added.value.partId, format: 'round' });
		expect(await removeAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, added.value.partId)).toMatchObject({ ok: true });
		expect((await agenda()).parts.some((p) => p.id === added.value.partId)).toBe(false);
	});

	it('adds a part from the organisation’s own format, with its name, minutes and group form; another organisation’s format is refused', async () => {
		const details = { name: 'Wandelgesprek', purpose: 'Praten onder het lopen.', minutes: 25, groupForm: 'pairsOrThrees' as const, maxGroupSize: null, materials: [], steps: ['Loop samen.'], prompts: [], onlineVariant: null };
		const mine = await insertActivityFormat(db, org.organisationId, details, actors.coordinator.userId);
		const added = await addAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, { kind: 'deepDive', format: mine, title: null, minutes: null });
		if (!added.ok) throw new Error('not added');
		expect((await agenda()).parts.at(-1)).toMatchObject({ title: 'Wandelgesprek', minutes: 25, formatName: 'Wandelgesprek', groupForm: 'pairsOrThrees' });
		const other = await seedOrganisation(db, `C${seeded}`);
		const theirs = await insertActivityFormat(db, other.organisationId, details, actors.coordinator.userId);
		expect(await addAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, { kind: 'deepDive', format: theirs, title: null, minutes: null })).toMatchObject({
			ok: false,
			code: 'unknownFormat'
		});
	});

	it('adds a part of the kind chosen rather than always a deep dive', async () => {
		const added = await addAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, { kind: 'checkIn', format: null, title: 'Tweede rondje', minutes: 5 });
		if (!added.ok) throw new Error('not added');
		expect((await agenda()).parts.at(-1)).toMatchObject({ id: added.value.partId, kind: 'checkIn', title: 'Tweede rondje', minutes: 5 });
		const [row] = await db.select().from(agendaPart).where(eq(agendaPart.id, added.value.partId));
		expect(row!.kind).toBe('checkIn');
	});

	it('gives a part in pairs or threes, or in groups of at most five, the group size to make groups with', async () => {
		for (const format of ['whatWorks', 'caseExploration', 'round'] as const) {
			await addAgendaPart(db, actors.facilitator, org.seriesId, org.meetingId, { kind: 'deepDive', format, title: null, minutes: null });
		}
		const [pairs, small, plenary] = (await agenda()).parts.slice(-3);
		expect([pairs!.groupSize, small!.groupSize, plenary!.groupSize]).toEqual(['pairsOrThrees', 'threeToFive', null]);
		expect(await agendaPartForGroups(db, actors.facilitator, org.seriesId, org.meetingId, pairs!.id, 'nl')).toEqual({
			ok: true,
			value: { id: pairs!.id, title: pairs!.title }
		});
	});

	it('names a part for the groups only within its own meeting and for who may make them', async () => {
		const { parts } = await agenda();
		const [second] = await db.select().from(meeting).where(and(eq(meeting.seriesId, org.seriesId), eq(meeting.number, 2)));
		expect(await agendaPartForGroups(db, actors.facilitator, org.seriesId, second!.id, parts[0]!.id, 'nl')).toEqual({ ok: false, code: 'notFound' });
		expect(await agendaPartForGroups(db, actors.stakeholder, org.seriesId, org.meetingId, parts[0]!.id, 'nl')).toEqual({ ok: false, code: 'notFound' });
		const other = await actorsOf(db, await seedOrganisation(db, `D${seeded}`));
		expect(await agendaPartForGroups(db, other.coordinator, org.seriesId, org.meetingId, parts[0]!.id, 'nl')).toEqual({ ok: false, code: 'notFound' });
	});

	it('proposes a fit part by part, then applies it to reach the target', async () => {
		await agenda();
		const proposal = await agendaFitProposal(db, actors.facilitator, org.seriesId, org.meetingId, 90, 'nl');
		if (!proposal.ok || !proposal.value.reachable) throw new Error('no proposal');
		expect(proposal.value.parts.reduce((sum, p) => sum + p.after, 0)).toBe(90);
		const applied = await applyAgendaFit(db, actors.facilitator, org.seriesId, org.meetingId, { target: 90, version: proposal.value.version });
		expect(applied).toEqual({ ok: true, value: { total: 90 } });
		expect((await agenda()).plan.total).toBe(90);
		expect((await eventsOf('agenda.fitted'))[0]!.payload).toEqual({ target: 90, total: 90 });
	});

	it('says a target below the shortest possible cannot be reached', async () => {
		await agenda();
		const proposal = await agendaFitProposal(db, actors.facilitator, org.seriesId, org.meetingId, 5, 'nl');
		expect(proposal).toMatchObject({ ok: true, value: { reachable: false, reason: 'belowShortest' } });
	});

	it('refuses to apply a proposal after the agenda changed', async () => {
		const { parts } = await agenda();
		const proposal = await agendaFitProposal(db, actors.facilitator, org.seriesId, org.meetingId, 90, 'nl');
		if (!proposal.ok) throw new Error('no proposal');
		await moveAgendaPart(db, actors.coordinator, org.seriesId, org.meetingId, parts[2]!.id, 'up');
		expect(await applyAgendaFit(db, actors.facilitator, org.seriesId, org.meetingId, { target: 90, version: proposal.value.version })).toEqual({
			ok: false,
			code: 'changed'
		});
	});

	it('answers notFound to another organisation and to a facilitator of another series', async () => {
		await agenda();
		const other = await actorsOf(db, await seedOrganisation(db, `B${seeded}`));
		expect(await meetingAgenda(db, other.coordinator, org.seriesId, org.meetingId, 'nl')).toEqual({ ok: false, code: 'notFound' });
		expect(await moveAgendaPart(db, other.coordinator, org.seriesId, org.meetingId, (await agenda()).parts[0]!.id, 'up')).toEqual({
			ok: false,
			code: 'notFound'
		});
		expect(await meetingAgenda(db, actors.stakeholder, org.seriesId, org.meetingId, 'nl')).toEqual({ ok: false, code: 'notFound' });
	});

	it('plans a new series from the organisation’s own template, and starts again from the standard one', async () => {
		const { parts, meeting: shown } = await agenda();
		await edit(parts[0]!, { title: 'Onze ontvangst' });
		expect(await saveAgendaAsTemplate(db, actors.facilitator, org.seriesId, org.meetingId, 'Onze eerste')).toMatchObject({ ok: true });
		const created = await newSeries('Met eigen sjabloon');
		if (!created.ok) throw new Error('not created');
		expect((await partsOfSeries(created.value.id))[0]!.title).toBe('Onze ontvangst');
		const version = (await agenda()).meeting.agendaVersion;
		expect(version).toBeGreaterThan(shown.agendaVersion);
		expect(await restartAgenda(db, actors.facilitator, org.seriesId, org.meetingId, { source: 'standard', version })).toEqual({ ok: true, value: {} });
		expect((await agenda()).parts[0]!.title).toBe(meetingTemplates.ontmoeting1.parts[0]!.title.nl);
		expect(await restartAgenda(db, actors.facilitator, org.seriesId, org.meetingId, { source: 'standard', version })).toEqual({ ok: false, code: 'changed' });
	});
});
