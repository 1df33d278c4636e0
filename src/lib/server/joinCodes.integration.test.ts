import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';

// The join cookie is signed with the app's secret; without one it would be written into ./data.
vi.hoisted(() => {
	process.env.AUTH_SECRET = 'in-process-test-secret-0123456789abcdef';
});

const { closeMeetingJoinCodes, joinedFromCookie, joinWithCode, meetingJoinCodes, openMeetingJoinCodes } = await import('./joinCodes');
const { roomView } = await import('./meetingRoom');
const { event, joinCode } = await import('./db/schema');
type Db = import('./db').Db;
type Actor = import('./auth/policies').Actor;
type MemberRole = import('../domain/vocabularies').MemberRole;

describe.each(databaseKinds)('join codes in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let other: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let outsider: Actor;
	let ipCounter = 0;
	const freshIp = () => `10.1.${Math.floor(++ipCounter / 200)}.${ipCounter % 200}`;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'A');
		other = await seedOrganisation(db, 'B');
		actors = await actorsOf(db, org);
		outsider = (await actorsOf(db, other)).coordinator;
	});
	afterAll(() => close?.());

	it('opens one code for the screen and one for the phones, and opening again changes nothing', async () => {
		const opened = await openMeetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId);
		if (!opened.ok) throw new Error(opened.code);
		expect(opened.value.projector?.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
		expect(opened.value.phone?.link).toContain(`/doe-mee?code=${opened.value.phone?.shown}`);
		expect(opened.value.phone?.qrSvg).toContain('<svg');
		const again = await openMeetingJoinCodes(db, actors.coordinator, org.seriesId, org.meetingId);
		expect(again.ok && again.value.phone?.code).toBe(opened.value.phone?.code);
		expect(await db.select().from(joinCode).where(eq(joinCode.meetingId, org.meetingId))).toHaveLength(2);
		const events = await db.select().from(event).where(eq(event.subject, org.meetingId));
		expect(events.filter((e) => e.type === 'meeting.joinCodesOpened').map((e) => e.payload)).toEqual([{ opened: 2 }]);
	});

	it('lets no one outside the series open, show or close its codes', async () => {
		for (const actor of [actors.stakeholder, outsider]) {
			expect(await openMeetingJoinCodes(db, actor, org.seriesId, org.meetingId)).toMatchObject({ ok: false, code: 'notFound' });
			expect(await meetingJoinCodes(db, actor, org.seriesId, org.meetingId)).toMatchObject({ ok: false, code: 'notFound' });
			expect(await closeMeetingJoinCodes(db, actor, org.seriesId, org.meetingId)).toMatchObject({ ok: false, code: 'notFound' });
		}
		// A meeting id of another organisation under one's own series is not there either.
		expect(await openMeetingJoinCodes(db, actors.coordinator, org.seriesId, other.meetingId)).toMatchObject({ ok: false, code: 'notFound' });
	});

	it('joins a phone with its code however it is typed, and never the screen with the phone code', async () => {
		const codes = await meetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId);
		if (!codes.ok || !codes.value.phone || !codes.value.projector) throw new Error('no codes');
		const typed = codes.value.phone.shown.toLowerCase().replace('-', ' ');
		const joined = await joinWithCode(db, typed, 'phone', freshIp());
		if (!joined.ok) throw new Error(joined.code);
		const viewer = await joinedFromCookie(db, joined.value.cookie, 'phone');
		expect(viewer).toEqual({ kind: 'joined', purpose: 'phone', organisationId: org.organisationId, seriesId: org.seriesId, meetingId: org.meetingId, joinCodeId: expect.any(String) });
		// The same cookie read under the screen's path is nobody.
		expect(await joinedFromCookie(db, joined.value.cookie, 'projector')).toBe(null);
		expect(await joinWithCode(db, codes.value.phone.code, 'projector', freshIp())).toMatchObject({ ok: false, code: 'unknown' });
		const view = await roomView(db, viewer, 'nl');
		expect(view.ok && view.value.meeting.id).toBe(org.meetingId);
	});

	it('refuses unknown, malformed and forged codes and cookies kindly', async () => {
		for (const typed of ['', 'ZZZZZZ', '<script>alert(1)</script>', 'x'.repeat(40)]) {
			expect(await joinWithCode(db, typed, 'phone', freshIp())).toMatchObject({ ok: false, code: 'unknown' });
		}
		for (const cookie of ['', 'nonsense', `${crypto.randomUUID()}.AAAA`, 'a.b.c']) {
			expect(await joinedFromCookie(db, cookie, 'phone')).toBe(null);
		}
		expect(await roomView(db, null, 'nl')).toMatchObject({ ok: false, code: 'notFound' });
	});

	it('slows down guessing from one network, as with personal links', async () => {
		const ip = freshIp();
		const answers = [];
		for (let i = 0; i < 120; i++) answers.push(await joinWithCode(db, 'ZZZZZZ', 'phone', ip));
		expect(answers.at(-1)).toMatchObject({ ok: false, code: 'tooMany', waitSeconds: expect.any(Number) });
	});

	it('closes every device the codes opened, and says so to whoever types one again', async () => {
		const codes = await meetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId);
		if (!codes.ok || !codes.value.phone) throw new Error('no codes');
		const joined = await joinWithCode(db, codes.value.phone.code, 'phone', freshIp());
		if (!joined.ok) throw new Error(joined.code);
		expect(await closeMeetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId)).toEqual({ ok: true, value: { closed: 2 } });
		expect(await joinedFromCookie(db, joined.value.cookie, 'phone')).toBe(null);
		expect(await joinWithCode(db, codes.value.phone.code, 'phone', freshIp())).toMatchObject({ ok: false, code: 'closed' });
		const fresh = await meetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId);
		expect(fresh.ok && fresh.value).toEqual({ projector: null, phone: null });
	});

	it('lets a code expire hours after the meeting, never later than a day after it was opened', async () => {
		const now = new Date();
		const opened = await openMeetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId, now);
		if (!opened.ok || !opened.value.phone) throw new Error('no codes');
		expect(opened.value.phone.expiresAt.getTime()).toBe(now.getTime() + 24 * 3_600_000);
		const later = new Date(now.getTime() + 25 * 3_600_000);
		expect(await joinWithCode(db, opened.value.phone.code, 'phone', freshIp(), later)).toMatchObject({ ok: false, code: 'expired' });
	});
});
