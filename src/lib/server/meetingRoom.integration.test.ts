import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';

// Join and participant cookies are signed with the app's secret.
vi.hoisted(() => {
	process.env.AUTH_SECRET = 'in-process-test-secret-0123456789abcdef';
});

const { meetingAgenda } = await import('./agenda');
const { joinedFromCookie, joinWithCode, openMeetingJoinCodes } = await import('./joinCodes');
const { commandMeetingRun, incomingForCheckedMeeting } = await import('./meetingRun');
const { roomView, sendFromRoom, participantGuest } = await import('./meetingRoom');
const { answer, changeWish, event, signal } = await import('./db/schema');
type Db = import('./db').Db;
type Actor = import('./auth/policies').Actor;
type MemberRole = import('../domain/vocabularies').MemberRole;
type JoinedViewer = import('./auth/policies').JoinedViewer;

describe.each(databaseKinds)('the room of a meeting in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let phone: JoinedViewer;
	let screen: JoinedViewer;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'A');
		actors = await actorsOf(db, org);
		await meetingAgenda(db, actors.facilitator, org.seriesId, org.meetingId, 'nl');
		const codes = await openMeetingJoinCodes(db, actors.facilitator, org.seriesId, org.meetingId);
		if (!codes.ok || !codes.value.phone || !codes.value.projector) throw new Error('no codes');
		const join = async (code: string, purpose: 'phone' | 'projector') => {
			const joined = await joinWithCode(db, code, purpose, '10.2.0.1');
			if (!joined.ok) throw new Error(joined.code);
			return (await joinedFromCookie(db, joined.value.cookie, purpose))!;
		};
		phone = await join(codes.value.phone.code, 'phone');
		screen = await join(codes.value.projector.code, 'projector');
	});
	afterAll(() => close?.());

	const run = (command: Parameters<typeof commandMeetingRun>[4], actor = actors.facilitator, now = new Date()) =>
		commandMeetingRun(db, actor, org.seriesId, org.meetingId, command, now);

	it('runs the meeting part by part, and a second "next" for a part already left is refused', async () => {
		expect(await run({ type: 'next' })).toMatchObject({ ok: false, code: 'notStarted' });
		const started = await run({ type: 'start' });
		expect(started).toMatchObject({ ok: true, value: { state: { status: 'running', partIndex: 0 } } });
		const first = await run({ type: 'next', at: 0 });
		const second = await run({ type: 'next', at: 0 }, actors.coordinator);
		expect(first).toMatchObject({ ok: true, value: { state: { partIndex: 1 } } });
		expect(second).toMatchObject({ ok: false, code: 'moved' });
		expect(await run({ type: 'startMoment', seconds: 5 })).toMatchObject({ ok: false, code: 'invalidSeconds' });
		expect(await run({ type: 'extend', minutes: 5, at: 1 })).toMatchObject({ ok: true, value: { state: { extraMinutes: 5 } } });
		const events = await db.select().from(event).where(eq(event.subject, org.meetingId));
		expect(events.filter((e) => e.type === 'meeting.runChanged').map((e) => e.payload)).toContainEqual({ command: 'start', partIndex: 0, status: 'running' });
	});

	it('lets nobody outside the series touch the run', async () => {
		expect(await run({ type: 'pause' }, actors.stakeholder)).toMatchObject({ ok: false, code: 'notFound' });
	});

	it('shows the room the current part and its question, never the facilitators’ notes', async () => {
		const view = await roomView(db, screen, 'nl');
		if (!view.ok) throw new Error(view.code);
		expect(view.value.run.state.partIndex).toBe(1);
		expect(view.value.parts[1]).toEqual({ id: expect.any(String), title: expect.any(String), question: expect.any(String), minutes: expect.any(Number), kind: expect.any(String), groupForm: expect.toBeOneOf([null, 'plenary', 'pairsOrThrees', 'smallGroups', 'individual']) });
		expect(JSON.stringify(view.value)).not.toMatch(/"notes"|"yields"/);
		expect(view.value.phoneCode?.shown).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
		const onPhone = await roomView(db, phone, 'nl');
		expect(onPhone.ok && onPhone.value.phoneCode).toBe(null);
	});

	it('stores a phone’s change wish once however often it is sent, anonymously, with no actor', async () => {
		const submissionId = crypto.randomUUID();
		const input = { kind: 'changeWish' as const, text: 'Als we nou eens samen koken', withName: true, submissionId };
		expect(await sendFromRoom(db, phone, input, 'nl')).toEqual({ ok: true, value: { duplicate: false } });
		expect(await sendFromRoom(db, phone, input, 'nl')).toEqual({ ok: true, value: { duplicate: true } });
		const rows = await db.select().from(changeWish).where(eq(changeWish.submissionId, submissionId));
		// A code is shared by the room: "with my name" cannot name anyone.
		expect(rows).toEqual([expect.objectContaining({ authorPersonId: null, meetingId: org.meetingId })]);
		const added = (await db.select().from(event).where(eq(event.subject, org.meetingId))).filter((e) => e.type === 'capture.changeWishAdded');
		expect(added.at(-1)).toMatchObject({ actorId: null, payload: { wishId: rows[0]!.id, anonymous: true } });
		const incoming = await incomingForCheckedMeeting(db, org.organisationId, org.seriesId, org.meetingId);
		expect(incoming.wishes[0]).toEqual({ id: rows[0]!.id, text: 'Als we nou eens samen koken', authorName: null });
	});

	it('refuses empty, too long and wordless messages with a reason, and a screen cannot send', async () => {
		const send = (text: string) => sendFromRoom(db, phone, { kind: 'changeWish', text, withName: false, submissionId: crypto.randomUUID() }, 'nl');
		expect(await send('   ')).toMatchObject({ ok: false, code: 'invalid', refusal: 'empty' });
		expect(await send('x'.repeat(10_000))).toMatchObject({ ok: false, code: 'invalid', refusal: 'tooLong' });
		expect(await send('🙂🙂')).toMatchObject({ ok: false, code: 'invalid', refusal: 'noLetterOrDigit' });
		expect(await send('<script>alert(1)</script>')).toMatchObject({ ok: true });
		expect(await sendFromRoom(db, screen, { kind: 'changeWish', text: 'Hallo', withName: false, submissionId: crypto.randomUUID() }, 'nl')).toMatchObject({ ok: false, code: 'notFound' });
	});

	it('answers the question up now, and names a participant only when they ask for it', async () => {
		const [participant] = await participantsOf();
		const followed = await participantGuest(db, [participant!], org.seriesId);
		const guest = followed.ok ? followed.value : null;
		expect(guest?.meetingId).toBe(org.meetingId);
		expect(await participantGuest(db, [participant!], crypto.randomUUID())).toEqual({ ok: false, code: 'notFound' });
		const view = await roomView(db, guest, 'nl');
		const question = view.ok ? view.value.parts[view.value.run.state.partIndex]!.question : '';
		const named = crypto.randomUUID();
		const sent = await sendFromRoom(db, guest, { kind: 'answer', text: 'Met koffie', withName: true, submissionId: named }, 'nl');
		if (question) {
			expect(sent).toEqual({ ok: true, value: { duplicate: false } });
			const [row] = await db.select().from(answer).where(eq(answer.submissionId, named));
			expect(row).toMatchObject({ authorPersonId: org.personId, question });
		} else {
			expect(sent).toMatchObject({ ok: false, code: 'noQuestion' });
		}
		const anonymous = crypto.randomUUID();
		await sendFromRoom(db, guest, { kind: 'signal', text: 'Geen jas in de winter', withName: true, submissionId: anonymous }, 'nl');
		const [entry] = await db.select().from(signal).where(eq(signal.submissionId, anonymous));
		expect(entry).toMatchObject({ text: 'Geen jas in de winter', kind: 'signal' });
		expect(Object.keys(entry!)).not.toContain('authorPersonId');
	});

	async function participantsOf() {
		return [{ kind: 'participant' as const, organisationId: org.organisationId, personId: org.personId, seriesIds: [org.seriesId] }];
	}
});
