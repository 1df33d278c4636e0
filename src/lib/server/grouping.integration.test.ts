import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { attendance, event, meetingGroup } from './db/schema';
import { lockGroups, makeMeetingGroups, meetingGrouping, meetingScreen, saveMeetingAttendance, swapInGroups } from './grouping';
import { readVersionToken } from './versioning';

describe.each(databaseKinds)('grouping use-cases in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let people: SeededGroupingPeople;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	// Every test gets an organisation of its own, so it can run alone and in any order.
	beforeEach(async () => {
		org = await seedOrganisation(db, `G${++seeded}`);
		people = await seedGroupingPeople(db, org);
		actors = await actorsOf(db, org);
	});

	const meetingId = (index = 0) => people.meetingIds[index]!;
	const everyone = () => Object.values(people.people);
	/** The attendance version a facilitator's page of that meeting carries now. */
	const basedOn = async (index = 0) => {
		const page = await meetingGrouping(db, actors.facilitator, org.seriesId, meetingId(index));
		if (!page.ok) throw new Error('the facilitator cannot open the meeting');
		return readVersionToken(page.value.version)!;
	};
	const make = async (index = 0, scope: 'meeting' | 'remaining' = 'meeting', present = everyone()) =>
		makeMeetingGroups(db, actors.facilitator, org.seriesId, meetingId(index), { listed: everyone(), present, size: 'pairsOrThrees', scope, version: await basedOn(index) });
	const swap = (a: string, b: string) => swapInGroups(db, actors.facilitator, org.seriesId, meetingId(), a, b);
	const lock = (locked: boolean) => lockGroups(db, actors.facilitator, org.seriesId, meetingId(), locked);
	const eventsOf = (type: string) => db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, type)));
	/** The saved groups of a meeting as lists of person ids, by group number. */
	const groupsIn = async (index = 0) => {
		const rows = await db.select().from(meetingGroup).where(eq(meetingGroup.meetingId, meetingId(index)));
		const groups = new Map<number, string[]>();
		for (const row of rows) groups.set(row.groupNumber, [...(groups.get(row.groupNumber) ?? []), row.personId]);
		return [...groups.entries()].sort(([a], [b]) => a - b).map(([, ids]) => ids.sort());
	};
	const refused = (code: string) => ({ ok: false, code: 'refused', refusal: { code } });

	it('groups everyone present, nobody absent, and records meeting.groupsMade with counts only', async () => {
		const absent = people.people['Bram Bakker']!;
		expect(await make(0, 'meeting', everyone().filter((id) => id !== absent))).toMatchObject({ ok: true, value: { meetings: 1 } });
		const groups = await groupsIn();
		expect(groups.flat().sort()).toEqual(everyone().filter((id) => id !== absent).sort());
		expect(groups.every((group) => group.length >= 2 && group.length <= 3)).toBe(true);
		const [made] = await eventsOf('meeting.groupsMade');
		expect(made).toMatchObject({ subject: meetingId(), actorId: actors.facilitator.userId, payload: { groups: groups.length, grouped: 9, scope: 'meeting' } });
	});

	it('refuses a swap within one group, with oneself or with someone in no group, and changes nothing', async () => {
		await make();
		const before = await groupsIn();
		const [x, y] = [before[0]![0]!, before[0]![1]!];
		const other = await seedOrganisation(db, `G${++seeded}`);
		expect(await swap(x, y)).toMatchObject(refused('sameGroup'));
		expect(await swap(x, x)).toMatchObject(refused('samePerson'));
		expect(await swap(x, other.personId)).toMatchObject(refused('notGrouped'));
		expect(await groupsIn()).toEqual(before);
		expect(await eventsOf('meeting.groupsSwapped')).toEqual([]);
	});

	it('swaps two people of different groups, names them, and records meeting.groupsSwapped', async () => {
		await make();
		const before = await groupsIn();
		const [x, y] = [before[0]![0]!, before[1]![0]!];
		const names = Object.fromEntries(Object.entries(people.people).map(([name, id]) => [id, name]));
		expect(await swap(x, y)).toEqual({ ok: true, value: { names: [names[x], names[y]] } });
		const after = await groupsIn();
		expect(after[0]).toContain(y);
		expect(after[1]).toContain(x);
		expect((await eventsOf('meeting.groupsSwapped')).map((e) => e.payload)).toEqual([{ moved: 2 }]);
	});

	it('locks only groups that exist; locked groups are neither swapped nor made again until unlocked', async () => {
		expect(await lock(true)).toMatchObject(refused('noGroups'));
		await make();
		const held = await groupsIn();
		expect((await lock(true)).ok).toBe(true);
		expect(await swap(held[0]![0]!, held[1]![0]!)).toMatchObject(refused('locked'));
		expect(await make()).toMatchObject(refused('locked'));
		// Planning the rest of the series leaves the locked meeting as it was.
		expect(await make(0, 'remaining')).toMatchObject({ ok: true, value: { meetings: 3 } });
		expect(await groupsIn()).toEqual(held);
		expect((await lock(false)).ok).toBe(true);
		expect((await make()).ok).toBe(true);
		expect((await eventsOf('meeting.groupsLocked')).length).toBe(1);
		expect((await eventsOf('meeting.groupsUnlocked')).length).toBe(1);
	});

	it('refuses a form naming someone who is not a participant of the series, and saves nothing', async () => {
		const other = await seedOrganisation(db, `G${++seeded}`);
		const listed = [...everyone(), other.personId];
		const input = { listed, present: listed, size: 'pairs' as const, scope: 'meeting' as const, version: await basedOn() };
		expect(await makeMeetingGroups(db, actors.facilitator, org.seriesId, meetingId(), input)).toMatchObject(refused('unknownPerson'));
		expect(await saveMeetingAttendance(db, actors.facilitator, org.seriesId, meetingId(), input)).toMatchObject(refused('unknownPerson'));
		expect(await db.select().from(attendance).where(eq(attendance.meetingId, meetingId()))).toEqual([]);
		expect(await eventsOf('meeting.attendanceSaved')).toEqual([]);
		expect(await groupsIn()).toEqual([]);
	});

	it('answers notFound to a stakeholder, another organisation, and a meeting of another series', async () => {
		await make();
		const other = await seedOrganisation(db, `G${++seeded}`);
		const outsider = (await actorsOf(db, other)).coordinator;
		const input = { listed: everyone(), present: everyone(), size: 'pairs' as const, scope: 'meeting' as const, version: await basedOn() };
		const calls = (actor: Actor, seriesId: string, id: string) => [
			meetingGrouping(db, actor, seriesId, id),
			meetingScreen(db, actor, seriesId, id),
			saveMeetingAttendance(db, actor, seriesId, id, input),
			makeMeetingGroups(db, actor, seriesId, id, input),
			swapInGroups(db, actor, seriesId, id, everyone()[0]!, everyone()[1]!),
			lockGroups(db, actor, seriesId, id, true)
		];
		for (const result of [
			...calls(actors.stakeholder, org.seriesId, meetingId()),
			...calls(outsider, org.seriesId, meetingId()),
			...calls(actors.facilitator, org.otherSeriesId, meetingId()),
			...calls(actors.facilitator, org.seriesId, other.meetingId)
		]) {
			expect(await result).toEqual({ ok: false, code: 'notFound' });
		}
		expect(await eventsOf('meeting.groupsLocked')).toEqual([]);
	});
});
