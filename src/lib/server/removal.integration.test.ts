import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { changeWish, event, groupAgreement, meeting, meetingPhoto, person, region, series } from './db/schema';
import { issueParticipantLink } from './participantLinks';
import { regionRemovalFor, removeRegion } from './regions';
import { removeSeries, seriesRemovalFor } from './series';
import { readVersionToken, type Based } from './versioning';

function versionOf(result: { ok: boolean; value?: { version: string } }): Based {
	const based = result.ok && result.value ? readVersionToken(result.value.version) : null;
	if (!based) throw new Error('no version');
	return based;
}

const notFound = { ok: false, code: 'notFound' };

describe.each(databaseKinds)('deleting a series and a region, in process on %s', (kind) => {
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
		org = await seedOrganisation(db, `D${++seeded}`);
		actors = await actorsOf(db, org);
	});

	it('deletes a series with its meetings and what they captured, keeps its people, and records it', async () => {
		await db.insert(groupAgreement).values({ seriesId: org.seriesId, meetingId: org.meetingId, text: 'We laten elkaar uitpraten' });
		await db.insert(changeWish).values({ seriesId: org.seriesId, meetingId: org.meetingId, text: 'Als we nou eens', submissionId: randomUUID() });
		await db.insert(meetingPhoto).values({ meetingId: org.meetingId, contentType: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff]), width: 1, height: 1 });
		expect((await issueParticipantLink(db, actors.coordinator, org.seriesId, org.personId)).ok).toBe(true);

		const page = await seriesRemovalFor(db, actors.coordinator, org.seriesId);
		expect(page.ok && page.value.contents).toEqual({ meetings: 4, agendaParts: 0, captured: 2, photos: 1, people: 2, links: 1 });
		expect(await removeSeries(db, actors.coordinator, org.seriesId, versionOf(page))).toEqual({ ok: true, value: {} });

		expect(await db.select().from(series).where(eq(series.id, org.seriesId))).toEqual([]);
		expect(await db.select().from(meeting).where(eq(meeting.seriesId, org.seriesId))).toEqual([]);
		expect(await db.select().from(meetingPhoto).where(eq(meetingPhoto.meetingId, org.meetingId))).toEqual([]);
		expect(await db.select().from(person).where(eq(person.id, org.personId))).toHaveLength(1);
		const [recorded] = await db.select().from(event).where(and(eq(event.subject, org.seriesId), eq(event.type, 'series.deleted')));
		expect(recorded).toMatchObject({ actorId: actors.coordinator.userId, payload: { meetings: 4, captured: 2, photos: 1 } });
		// The page and a second click find nothing: the series is gone.
		expect(await seriesRemovalFor(db, actors.coordinator, org.seriesId)).toEqual(notFound);
		expect(await removeSeries(db, actors.coordinator, org.seriesId, versionOf(page))).toEqual(notFound);
	});

	it('lets only a coordinator of the organisation delete a series, and refuses one changed since', async () => {
		const other = await seedOrganisation(db, `D${++seeded}`);
		const page = await seriesRemovalFor(db, actors.coordinator, org.seriesId);
		for (const actor of [actors.facilitator, actors.stakeholder]) {
			expect(await seriesRemovalFor(db, actor, org.seriesId)).toEqual(notFound);
			expect(await removeSeries(db, actor, org.seriesId, versionOf(page))).toEqual(notFound);
		}
		expect(await seriesRemovalFor(db, actors.coordinator, other.seriesId)).toEqual(notFound);
		expect(await removeSeries(db, actors.coordinator, other.seriesId, { version: 1, snapshot: null })).toEqual(notFound);

		await db.update(series).set({ name: 'Nieuwe naam', settingsVersion: sql`${series.settingsVersion} + 1` }).where(eq(series.id, org.seriesId));
		expect(await removeSeries(db, actors.coordinator, org.seriesId, versionOf(page))).toEqual({ ok: false, code: 'stale', changed: ['name'] });
		expect(await db.select().from(series).where(eq(series.id, org.seriesId))).toHaveLength(1);
		expect(await db.select().from(series).where(eq(series.id, other.seriesId))).toHaveLength(1);
	});

	it('refuses to delete a region with series, deletes it once empty, and only for its own coordinators', async () => {
		const other = await seedOrganisation(db, `D${++seeded}`);
		const page = await regionRemovalFor(db, actors.coordinator, org.regionId);
		expect(page.ok && page.value.seriesCount).toBe(1);
		expect(await removeRegion(db, actors.coordinator, org.regionId, versionOf(page))).toEqual({ ok: false, code: 'hasSeries', count: 1 });
		for (const actor of [actors.facilitator, actors.stakeholder]) {
			expect(await regionRemovalFor(db, actor, org.regionId)).toEqual(notFound);
			expect(await removeRegion(db, actor, org.regionId, versionOf(page))).toEqual(notFound);
		}
		expect(await removeRegion(db, actors.coordinator, other.regionId, { version: 1, snapshot: null })).toEqual(notFound);

		await db.update(series).set({ regionId: null }).where(eq(series.id, org.seriesId));
		await db.update(region).set({ name: 'Andere wijk', version: sql`${region.version} + 1` }).where(eq(region.id, org.regionId));
		expect(await removeRegion(db, actors.coordinator, org.regionId, versionOf(page))).toEqual({ ok: false, code: 'stale', changed: ['name'] });
		const fresh = await regionRemovalFor(db, actors.coordinator, org.regionId);
		expect(await removeRegion(db, actors.coordinator, org.regionId, versionOf(fresh))).toEqual({ ok: true, value: {} });
		expect(await db.select().from(region).where(eq(region.id, org.regionId))).toEqual([]);
		expect(await db.select().from(region).where(eq(region.id, other.regionId))).toHaveLength(1);
		expect(await db.select().from(event).where(and(eq(event.subject, org.regionId), eq(event.type, 'region.deleted')))).toHaveLength(1);
	});
});
