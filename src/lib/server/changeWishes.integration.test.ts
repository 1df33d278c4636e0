import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { noTheme, type ChangeWishFilter } from '../domain/changeWish';
import type { ChangeLevel, MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import { addChangeWish, editChangeWish, removeChangeWish, seriesChangeWishes } from './capture';
import type { Db } from './db';
import { changeWish, event, meeting } from './db/schema';
import { readVersionToken } from './versioning';

/* The series' list of change wishes for the deciding meeting, and editing and removing a wish from it. */
describe.each(databaseKinds)('change wishes of a series on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let meetingIds: string[];

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `W${++seeded}`);
		actors = await actorsOf(db, org);
		const rows = await db.select({ id: meeting.id, number: meeting.number }).from(meeting).where(eq(meeting.seriesId, org.seriesId));
		meetingIds = rows.sort((a, b) => a.number - b.number).map((m) => m.id);
	});

	const wish = async (index: number, text: string, level: ChangeLevel | null, theme: string | null, authorPersonId: string | null = null) => {
		const added = await addChangeWish(db, actors.facilitator, { seriesId: org.seriesId, meetingId: meetingIds[index]!, text, level, theme, authorPersonId, submissionId: crypto.randomUUID() });
		if (!added.ok || !added.value.id) throw new Error('wish not added');
		return added.value.id;
	};
	/** The wish as the list shows it now, with the version its forms carry. */
	const listed = async (id: string, actor = actors.facilitator) => {
		const list = await seriesChangeWishes(db, actor, org.seriesId);
		if (!list.ok) throw new Error('no list');
		const found = list.value.meetings.flatMap((m) => m.wishes).find((w) => w.id === id);
		if (!found) throw new Error('wish not listed');
		return { ...found, version: readVersionToken(found.token)! };
	};
	const eventsOf = (type: string) => db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, type)));

	it('lists every wish under its meeting, in meeting order, with the author only where one was given', async () => {
		const later = await wish(2, 'Een vast spreekuur in de bibliotheek', 'organisation', 'Hulp', org.personId);
		const first = await wish(0, 'Als we nou eens samen koken', null, null);
		const list = await seriesChangeWishes(db, actors.coordinator, org.seriesId);
		if (!list.ok) throw new Error('no list');
		expect(list.value.series).toEqual({ id: org.seriesId, name: `Reeks W${seeded}` });
		expect(list.value.meetings.map((m) => [m.number, m.wishes.map((w) => w.id)])).toEqual([
			[1, [first]],
			[2, []],
			[3, [later]],
			[4, []]
		]);
		const [anonymous, named] = [list.value.meetings[0]!.wishes[0]!, list.value.meetings[2]!.wishes[0]!];
		expect(anonymous).toMatchObject({ text: 'Als we nou eens samen koken', level: null, theme: null, authorName: null });
		expect(named).toMatchObject({ level: 'organisation', theme: 'Hulp', authorName: `Bewoner W${seeded}` });
		expect(Object.keys(anonymous).sort()).toEqual(['authorName', 'id', 'level', 'meetingId', 'text', 'theme', 'token']);
		expect({ total: list.value.total, shown: list.value.shown }).toEqual({ total: 2, shown: 2 });
	});

	it('filters by level and by theme, and finds the wishes without either', async () => {
		const ids = {
			society: await wish(0, 'Minder formulieren', 'society', 'Regels'),
			person: await wish(1, 'Ik vraag eerder om hulp', 'person', 'regels '),
			bare: await wish(1, 'Een buurtkast', null, null),
			work: await wish(3, 'Stageplekken voor ouders', 'society', 'Werk')
		};
		const shown = async (filter: ChangeWishFilter) => {
			const list = await seriesChangeWishes(db, actors.facilitator, org.seriesId, filter);
			if (!list.ok) throw new Error('no list');
			expect(list.value.total).toBe(4);
			expect(list.value.themes).toEqual(['Regels', 'Werk']);
			return list.value.meetings.flatMap((m) => m.wishes.map((w) => w.id));
		};
		expect(await shown({ level: 'society', theme: null })).toEqual([ids.society, ids.work]);
		expect(await shown({ level: null, theme: 'REGELS' })).toEqual([ids.society, ids.person]);
		expect(await shown({ level: 'society', theme: 'regels' })).toEqual([ids.society]);
		expect(await shown({ level: 'none', theme: null })).toEqual([ids.bare]);
		expect(await shown({ level: null, theme: noTheme })).toEqual([ids.bare]);
		expect(await shown({ level: 'organisation', theme: null })).toEqual([]);
	});

	it('edits the words, level and theme, keeps the meeting and the author, and records it', async () => {
		const id = await wish(1, 'Samen koken', null, null, org.personId);
		const before = await listed(id);
		expect(await editChangeWish(db, actors.facilitator, { seriesId: org.seriesId, id, version: before.version, text: '  Eens per maand samen koken ', level: 'organisation', theme: ' Eten ' })).toEqual({ ok: true, value: {} });
		const [row] = await db.select().from(changeWish).where(eq(changeWish.id, id));
		expect(row).toMatchObject({ text: 'Eens per maand samen koken', level: 'organisation', theme: 'Eten', meetingId: meetingIds[1], authorPersonId: org.personId, version: 2 });
		const [edited] = await eventsOf('capture.changeWishEdited');
		expect(edited).toMatchObject({ actorId: actors.facilitator.userId, subject: meetingIds[1], payload: { wishId: id } });
		// A theme emptied is no theme; a level emptied is "not chosen yet".
		const now = await listed(id);
		expect(await editChangeWish(db, actors.coordinator, { seriesId: org.seriesId, id, version: now.version, text: now.text, level: null, theme: '  ' })).toMatchObject({ ok: true });
		expect(await listed(id)).toMatchObject({ level: null, theme: null, authorName: `Bewoner W${seeded}` });
	});

	it('records the edit of an anonymous wish without an actor, so nothing links it to anyone', async () => {
		const id = await wish(0, 'Minder wachten bij de balie', null, null);
		const before = await listed(id);
		expect(await editChangeWish(db, actors.facilitator, { seriesId: org.seriesId, id, version: before.version, text: before.text, level: 'society', theme: null })).toMatchObject({ ok: true });
		const [edited] = await eventsOf('capture.changeWishEdited');
		expect(edited).toMatchObject({ actorId: null, payload: { wishId: id } });
		const [row] = await db.select().from(changeWish).where(eq(changeWish.id, id));
		expect(row!.authorPersonId).toBeNull();
	});

	it('refuses a stale edit and a stale removal, naming what changed, and never erases the other edit', async () => {
		const id = await wish(0, 'Een ruilkast', 'person', 'Spullen');
		const loaded = await listed(id);
		const input = { seriesId: org.seriesId, id, version: loaded.version };
		expect(await editChangeWish(db, actors.coordinator, { ...input, text: 'Een ruilkast bij de school', level: 'organisation', theme: 'Spullen' })).toMatchObject({ ok: true });
		expect(await editChangeWish(db, actors.facilitator, { ...input, text: 'Een ruilkast in de wijk', level: 'person', theme: 'Spullen' })).toEqual({
			ok: false,
			code: 'stale',
			changed: ['level', 'text']
		});
		// The same change twice (a double click) loses nothing, so it counts as saved.
		expect(await editChangeWish(db, actors.facilitator, { ...input, text: 'Een ruilkast bij de school', level: 'organisation', theme: 'Spullen' })).toMatchObject({ ok: true });
		expect(await removeChangeWish(db, actors.facilitator, input)).toMatchObject({ ok: false, code: 'stale' });
		expect(await listed(id)).toMatchObject({ text: 'Een ruilkast bij de school', level: 'organisation' });
		expect(await eventsOf('capture.changeWishEdited')).toHaveLength(1);
	});

	it('refuses text without words and a theme that is too long, with the field it is about', async () => {
		const id = await wish(0, 'Een buurtkast', null, null);
		const { version } = await listed(id);
		const input = { seriesId: org.seriesId, id, version, level: null };
		expect(await editChangeWish(db, actors.facilitator, { ...input, text: '🙂🎉', theme: null })).toMatchObject({ ok: false, code: 'invalid', field: 'text', refusal: 'noLetterOrDigit' });
		expect(await editChangeWish(db, actors.facilitator, { ...input, text: ' ', theme: null })).toMatchObject({ ok: false, code: 'invalid', field: 'text', refusal: 'empty' });
		expect(await editChangeWish(db, actors.facilitator, { ...input, text: 'Een buurtkast', theme: 'x'.repeat(81) })).toMatchObject({ ok: false, code: 'invalid', field: 'theme', refusal: 'tooLong' });
		expect(await listed(id)).toMatchObject({ text: 'Een buurtkast', theme: null });
	});

	it('removes a wish on its version, records it on its meeting, and counts a second removal as done', async () => {
		const id = await wish(2, 'Een vaste contactpersoon', null, null);
		const { version } = await listed(id);
		expect(await removeChangeWish(db, actors.coordinator, { seriesId: org.seriesId, id, version })).toEqual({ ok: true, value: {} });
		expect(await db.select().from(changeWish).where(eq(changeWish.id, id))).toEqual([]);
		const [removed] = await eventsOf('capture.changeWishRemoved');
		expect(removed).toMatchObject({ actorId: null, subject: meetingIds[2], payload: { wishId: id } });
		expect(await removeChangeWish(db, actors.coordinator, { seriesId: org.seriesId, id, version })).toEqual({ ok: true, value: {} });
		expect(await eventsOf('capture.changeWishRemoved')).toHaveLength(1);
	});

	it('answers notFound to a stakeholder, another series, another organisation and its ids, and changes nothing', async () => {
		const id = await wish(0, 'Een gratis zwemabonnement', 'society', null);
		const { version } = await listed(id);
		const elsewhere = await seedOrganisation(db, `W${++seeded}`);
		const foreign = await actorsOf(db, elsewhere);
		const otherFacilitator: Actor = { ...actors.facilitator, ledSeriesIds: [org.otherSeriesId] };
		const edit = { seriesId: org.seriesId, id, version, text: 'Overgenomen', level: null, theme: null };
		for (const actor of [actors.stakeholder, otherFacilitator, foreign.coordinator]) {
			expect(await seriesChangeWishes(db, actor, org.seriesId)).toEqual({ ok: false, code: 'notFound' });
			expect(await editChangeWish(db, actor, edit)).toEqual({ ok: false, code: 'notFound' });
			expect(await removeChangeWish(db, actor, edit)).toEqual({ ok: false, code: 'notFound' });
		}
		// A wish of another organisation, through a series of one's own: not there.
		const theirs = await addChangeWish(db, foreign.facilitator, {
			seriesId: elsewhere.seriesId,
			meetingId: elsewhere.meetingId,
			text: 'Hun wens',
			level: null,
			theme: null,
			authorPersonId: null,
			submissionId: crypto.randomUUID()
		});
		const theirId = theirs.ok ? theirs.value.id! : '';
		expect(await editChangeWish(db, actors.coordinator, { ...edit, id: theirId })).toEqual({ ok: false, code: 'notFound' });
		// Removing answers as for a wish removed before (a second tap): the same as for an id nobody has.
		expect(await removeChangeWish(db, actors.coordinator, { ...edit, id: theirId })).toEqual(await removeChangeWish(db, actors.coordinator, { ...edit, id: crypto.randomUUID() }));
		// … nor through their series.
		expect(await editChangeWish(db, actors.coordinator, { ...edit, seriesId: elsewhere.seriesId, id: theirId })).toEqual({ ok: false, code: 'notFound' });
		const rows = await db.select({ text: changeWish.text }).from(changeWish).where(inArray(changeWish.seriesId, [org.seriesId, elsewhere.seriesId]));
		expect(rows.map((r) => r.text).sort()).toEqual(['Een gratis zwemabonnement', 'Hun wens']);
		expect(await eventsOf('capture.changeWishEdited')).toEqual([]);
	});
});
