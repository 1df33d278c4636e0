import { and, eq } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole, NoteVisibility } from '../domain/vocabularies';
import type { Actor, ParticipantActor } from './auth/policies';
import {
	addAgreement,
	addChangeWish,
	addHomework,
	addNote,
	addPhoto,
	addSignal,
	editAgreement,
	editHomework,
	editNote,
	editSignal,
	meetingCaptureSummary,
	meetingDebrief,
	meetingNotes,
	meetingPhotoFile,
	meetingRecord,
	participantNotes,
	previousDebrief,
	removeAgreement,
	removeHomework,
	removeSignal,
	saveDebrief,
	seriesChangeWishes
} from './capture';
import type { Db } from './db';
import { attendance, changeWish, event, homework, meeting, meetingPhoto, signal } from './db/schema';
import { meetingGrouping, saveMeetingAttendance } from './grouping';
import { readVersionToken } from './versioning';

describe.each(databaseKinds)('capture use-cases in process on %s', (kind) => {
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
		org = await seedOrganisation(db, `C${++seeded}`);
		actors = await actorsOf(db, org);
		const rows = await db.select({ id: meeting.id, number: meeting.number }).from(meeting).where(eq(meeting.seriesId, org.seriesId));
		meetingIds = rows.sort((a, b) => a.number - b.number).map((m) => m.id);
	});

	const at = (index = 0) => ({ seriesId: org.seriesId, meetingId: meetingIds[index]! });
	const eventsOf = (type: string) => db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, type)));
	const based = (token: string) => readVersionToken(token)!;

	it('reads notes exactly as their visibility allows, for every kind of reader', async () => {
		const written: Record<NoteVisibility, string> = { facilitators: '', group: '', organisation: '' };
		for (const visibility of ['facilitators', 'group', 'organisation'] as const) {
			const added = await addNote(db, actors.facilitator, { ...at(), visibility, text: `Notitie ${visibility}` });
			if (!added.ok) throw new Error(`note not added: ${added.code}`);
			written[visibility] = added.value.id;
		}
		const otherFacilitator: Actor = { ...actors.facilitator, userId: 'someone-else', ledSeriesIds: [org.otherSeriesId] };
		const elsewhere = await seedOrganisation(db, `C${++seeded}`);
		const foreign = (await actorsOf(db, elsewhere)).coordinator;
		const participant: ParticipantActor = { kind: 'participant', organisationId: org.organisationId, personId: org.personId, seriesIds: [org.seriesId] };
		const read = async (actor: Actor) => {
			const notes = await meetingNotes(db, actor, at());
			return notes.ok ? notes.value.map((n) => n.visibility).sort() : notes.code;
		};
		expect(await read(actors.facilitator)).toEqual(['facilitators', 'group', 'organisation']);
		expect(await read(otherFacilitator)).toEqual(['organisation']);
		expect(await read(actors.coordinator)).toEqual(['organisation']);
		expect(await read(actors.stakeholder)).toBe('notFound');
		expect(await read(foreign)).toBe('notFound');
		expect((await participantNotes(db, participant, org.seriesId)).map((n) => n.id).sort()).toEqual([written.group, written.organisation].sort());
		expect(await participantNotes(db, { ...participant, seriesIds: [] }, org.seriesId)).toEqual([]);
		// The record page's list goes through the same predicate.
		const page = await meetingRecord(db, actors.coordinator, at());
		expect(page.ok && page.value.notes.map((n) => n.id)).toEqual([written.organisation]);
		// Only the author or a facilitator of the series edits; a coordinator cannot edit another's note.
		const notes = await meetingNotes(db, actors.facilitator, at());
		const orgNote = notes.ok ? notes.value.find((n) => n.id === written.organisation)! : null;
		expect(await editNote(db, actors.coordinator, { ...at(), id: orgNote!.id, version: based(orgNote!.token), text: 'Anders', visibility: 'organisation' })).toMatchObject({ ok: false, code: 'notFound' });
	});

	it('stores an anonymous change wish with no link to anyone, in the row or the event', async () => {
		const submissionId = crypto.randomUUID();
		const added = await addChangeWish(db, actors.facilitator, { ...at(), text: 'Als we nou eens samen koken', authorPersonId: null, level: 'society', theme: 'eten', submissionId });
		expect(added).toMatchObject({ ok: true, value: { duplicate: false } });
		const [row] = await db.select().from(changeWish).where(eq(changeWish.seriesId, org.seriesId));
		expect(row).toMatchObject({ authorPersonId: null, level: 'society', theme: 'eten' });
		const [recorded] = await eventsOf('capture.changeWishAdded');
		expect(recorded).toMatchObject({ actorId: null, subject: meetingIds[0], payload: { wishId: row!.id, anonymous: true } });
		const everything = JSON.stringify({ row, recorded });
		for (const id of [org.personId, org.facilitatorPersonId, actors.facilitator.userId]) expect(everything).not.toContain(id);
		expect(everything.match(/samen koken/g)).toHaveLength(1);
	});

	it('stores the same submission once, however often it is sent', async () => {
		const input = { ...at(), text: 'Een buurtkast', authorPersonId: org.personId, level: null, theme: null, submissionId: crypto.randomUUID() };
		expect(await addChangeWish(db, actors.facilitator, input)).toMatchObject({ ok: true, value: { duplicate: false } });
		expect(await addChangeWish(db, actors.facilitator, input)).toMatchObject({ ok: true, value: { duplicate: true } });
		expect(await db.select().from(changeWish).where(eq(changeWish.seriesId, org.seriesId))).toHaveLength(1);
		expect(await eventsOf('capture.changeWishAdded')).toHaveLength(1);
		const byMeeting = await seriesChangeWishes(db, actors.facilitator, org.seriesId);
		expect(byMeeting.ok && byMeeting.value.meetings.map((m) => m.wishes.length)).toEqual([1, 0, 0, 0]);
		// An author who is not in the series is refused.
		const stranger = await seedOrganisation(db, `C${++seeded}`);
		expect(await addChangeWish(db, actors.facilitator, { ...input, submissionId: crypto.randomUUID(), authorPersonId: stranger.personId })).toMatchObject({ ok: false, code: 'unknownAuthor' });
	});

	it('refuses empty, huge and emoji-only text, and keeps a script tag as text', async () => {
		for (const [text, refusal] of [['  ', 'empty'], ['x'.repeat(10_000), 'tooLong'], ['🙂🎉', 'noLetterOrDigit']] as const) {
			expect(await addHomework(db, actors.facilitator, { ...at(), text })).toMatchObject({ ok: false, code: 'invalid', refusal });
		}
		expect(await addHomework(db, actors.facilitator, { ...at(), text: '<script>alert(1)</script>' })).toMatchObject({ ok: true });
		const summary = await meetingCaptureSummary(db, actors.facilitator, at(1));
		expect(summary.ok && summary.value.homework.map((h) => h.text)).toEqual(['<script>alert(1)</script>']);
	});

	it('records a signal with no person and no actor', async () => {
		expect(await addSignal(db, actors.facilitator, { ...at(1), kind: 'selfStigma', text: 'Ik schaam me om hulp te vragen' })).toMatchObject({ ok: true });
		const [row] = await db.select().from(signal).where(eq(signal.meetingId, meetingIds[1]!));
		expect(Object.keys(row!).sort()).toEqual(['createdAt', 'id', 'kind', 'meetingId', 'submissionId', 'text', 'version']);
		const [recorded] = await eventsOf('capture.signalAdded');
		expect(recorded).toMatchObject({ actorId: null, payload: { signalId: row!.id } });
	});

	it('edits homework on its version: a stale edit is refused, and the next meeting shows the newer text', async () => {
		const added = await addHomework(db, actors.facilitator, { ...at(), text: 'Lees hoofdstuk 2' });
		const id = added.ok ? added.value.id : '';
		const record = await meetingRecord(db, actors.facilitator, at());
		const token = record.ok ? record.value.homework[0]!.token : '';
		expect(await editHomework(db, actors.coordinator, { ...at(), id, version: based(token), text: ' Lees hoofdstuk 2 en 3 ' })).toEqual({ ok: true, value: {} });
		expect(await editHomework(db, actors.facilitator, { ...at(), id, version: based(token), text: 'Neem een foto mee' })).toEqual({ ok: false, code: 'stale', changed: ['text'] });
		expect(await editHomework(db, actors.facilitator, { ...at(), id, version: based(token), text: '🙂' })).toMatchObject({ ok: false, code: 'invalid', refusal: 'noLetterOrDigit' });
		expect(await removeHomework(db, actors.facilitator, { ...at(), id, version: based(token) })).toMatchObject({ ok: false, code: 'stale' });
		const next = await meetingCaptureSummary(db, actors.facilitator, at(1));
		expect(next.ok && next.value.homework.map((h) => h.text)).toEqual(['Lees hoofdstuk 2 en 3']);
		const [edited] = await eventsOf('capture.homeworkEdited');
		expect(edited).toMatchObject({ actorId: actors.coordinator.userId, subject: meetingIds[0], payload: { homeworkId: id } });
		// Another meeting's id with this homework: not there. A stakeholder: not there.
		const fresh = await meetingRecord(db, actors.facilitator, at());
		const now = based(fresh.ok ? fresh.value.homework[0]!.token : '');
		expect(await editHomework(db, actors.facilitator, { ...at(1), id, version: now, text: 'Anders' })).toEqual({ ok: false, code: 'notFound' });
		expect(await editHomework(db, actors.stakeholder, { ...at(), id, version: now, text: 'Anders' })).toEqual({ ok: false, code: 'notFound' });
		const [row] = await db.select().from(homework).where(eq(homework.id, id));
		expect(row).toMatchObject({ text: 'Lees hoofdstuk 2 en 3', version: 2 });
	});

	it('edits a signal and its kind with no person and no actor, and refuses a stale edit', async () => {
		const added = await addSignal(db, actors.facilitator, { ...at(1), kind: 'signal', text: 'Geen geld voor het schoolreisje' });
		const id = added.ok ? added.value.id : '';
		const record = await meetingRecord(db, actors.facilitator, at(1));
		const token = record.ok ? record.value.signals[0]!.token : '';
		const edit = { ...at(1), id, version: based(token) };
		expect(await editSignal(db, actors.facilitator, { ...edit, kind: 'selfStigma', text: 'Ik durf niet te zeggen dat er geen geld is' })).toEqual({ ok: true, value: {} });
		expect(await editSignal(db, actors.coordinator, { ...edit, kind: 'signal', text: 'Geen geld voor het schoolreisje' })).toEqual({ ok: false, code: 'stale', changed: ['kind', 'text'] });
		expect(await removeSignal(db, actors.facilitator, edit)).toMatchObject({ ok: false, code: 'stale' });
		const [row] = await db.select().from(signal).where(eq(signal.id, id));
		expect(row).toMatchObject({ kind: 'selfStigma', text: 'Ik durf niet te zeggen dat er geen geld is', version: 2 });
		expect(Object.keys(row!).sort()).toEqual(['createdAt', 'id', 'kind', 'meetingId', 'submissionId', 'text', 'version']);
		const [edited] = await eventsOf('capture.signalEdited');
		expect(edited).toMatchObject({ actorId: null, subject: meetingIds[1], payload: { signalId: id } });
		expect(await editSignal(db, actors.stakeholder, { ...edit, kind: 'signal', text: 'Anders' })).toEqual({ ok: false, code: 'notFound' });
		const elsewhere = await seedOrganisation(db, `C${++seeded}`);
		const foreign = (await actorsOf(db, elsewhere)).coordinator;
		expect(await editSignal(db, foreign, { ...edit, kind: 'signal', text: 'Anders' })).toEqual({ ok: false, code: 'notFound' });
	});

	it('refuses a stale edit of an agreement and of the debrief, and never erases the other edit', async () => {
		const added = await addAgreement(db, actors.facilitator, { ...at(), text: 'We laten elkaar uitpraten' });
		const record = await meetingRecord(db, actors.facilitator, at());
		const token = record.ok ? record.value.agreements[0]!.token : '';
		expect(await editAgreement(db, actors.coordinator, { ...at(), id: added.ok ? added.value.id : '', version: based(token), text: 'We luisteren' })).toMatchObject({ ok: true });
		expect(await editAgreement(db, actors.facilitator, { ...at(), id: added.ok ? added.value.id : '', version: based(token), text: 'We zijn op tijd' })).toMatchObject({ ok: false, code: 'stale', changed: ['text'] });
		expect(await removeAgreement(db, actors.facilitator, { ...at(), id: added.ok ? added.value.id : '', version: based(token) })).toMatchObject({ ok: false, code: 'stale' });
		const later = await meetingCaptureSummary(db, actors.facilitator, at(3));
		expect(later.ok && later.value.agreements.map((a) => a.text)).toEqual(['We luisteren']);

		const page = await meetingDebrief(db, actors.facilitator, at());
		const version = based(page.ok ? page.value.version : '');
		const answers = { wentWell: 'De check-in', couldDiffer: 'Meer pauze', changeNext: 'Eerder beginnen' };
		expect(await saveDebrief(db, actors.facilitator, { ...at(), ...answers, version })).toMatchObject({ ok: true });
		expect(await saveDebrief(db, actors.facilitator, { ...at(), ...answers, changeNext: 'Later', version })).toMatchObject({ ok: false, code: 'stale', changed: ['changeNext', 'couldDiffer', 'wentWell'] });
		expect(await previousDebrief(db, actors.facilitator, meetingIds[1]!)).toMatchObject({ ok: true, value: { ...answers, meetingNumber: 1 } });
		expect(await previousDebrief(db, actors.facilitator, meetingIds[0]!)).toEqual({ ok: true, value: null });
		expect(await previousDebrief(db, actors.coordinator, meetingIds[1]!)).toMatchObject({ ok: false, code: 'notFound' });
	});

	it('keeps three attendance states, and groups only those present', async () => {
		const page = await meetingGrouping(db, actors.facilitator, org.seriesId, meetingIds[0]!);
		if (!page.ok) throw new Error('no meeting page');
		const input = { listed: [org.personId], present: [], notice: [org.personId], version: based(page.value.version) };
		expect(await saveMeetingAttendance(db, actors.facilitator, org.seriesId, meetingIds[0]!, input)).toMatchObject({ ok: true });
		const [row] = await db.select().from(attendance).where(eq(attendance.meetingId, meetingIds[0]!));
		expect(row!.status).toBe('absentWithNotice');
		const again = await meetingGrouping(db, actors.facilitator, org.seriesId, meetingIds[0]!);
		expect(again.ok && again.value.participants.map((p) => p.status)).toEqual(['absentWithNotice']);
		// Present wins over "sent word"; a stale checklist is refused.
		expect(await saveMeetingAttendance(db, actors.facilitator, org.seriesId, meetingIds[0]!, { ...input, present: [org.personId] })).toMatchObject({ ok: false, code: 'stale' });
		const fresh = await meetingGrouping(db, actors.facilitator, org.seriesId, meetingIds[0]!);
		const version = based(fresh.ok ? fresh.value.version : '');
		expect(await saveMeetingAttendance(db, actors.facilitator, org.seriesId, meetingIds[0]!, { ...input, present: [org.personId], version })).toMatchObject({ ok: true });
		const [now] = await db.select().from(attendance).where(eq(attendance.meetingId, meetingIds[0]!));
		expect(now!.status).toBe('present');
	});

	describe('photos', () => {
		const withGps = () =>
			sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c03' } })
				.jpeg()
				.withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' } })
				.toBuffer();

		it('shrinks a JPEG and drops its EXIF with the GPS position', async () => {
			const original = await withGps();
			expect((await sharp(original).metadata()).exif?.includes(Buffer.from('TestCam'))).toBe(true);
			const added = await addPhoto(db, actors.facilitator, { ...at(), bytes: new Uint8Array(original) });
			if (!added.ok) throw new Error(`photo refused: ${added.code}`);
			const [row] = await db.select().from(meetingPhoto).where(eq(meetingPhoto.id, added.value.id));
			const stored = await sharp(Buffer.from(row!.data)).metadata();
			expect({ width: stored.width, height: stored.height, format: stored.format, exif: stored.exif, xmp: stored.xmp }).toEqual({ width: 2000, height: 1333, format: 'jpeg', exif: undefined, xmp: undefined });
			expect(Buffer.from(row!.data).includes(Buffer.from('Exif\0\0'))).toBe(false);
			const file = await meetingPhotoFile(db, actors.facilitator, { ...at(), id: added.value.id });
			expect(file).toMatchObject({ ok: true, value: { contentType: 'image/jpeg' } });
			expect(await meetingPhotoFile(db, actors.stakeholder, { ...at(), id: added.value.id })).toMatchObject({ ok: false, code: 'notFound' });
			const [recorded] = await eventsOf('capture.photoAdded');
			expect(recorded!.payload).toEqual({ photoId: added.value.id });
		});

		it('reads an iPhone HEIC photo (EXIF with the camera inside) and stores it as JPEG without EXIF', async () => {
			const original = await readFile(new URL('../../../tests/fixtures/flipover.heic', import.meta.url));
			expect(original.includes(Buffer.from('TestCam'))).toBe(true);
			const added = await addPhoto(db, actors.facilitator, { ...at(), bytes: new Uint8Array(original) });
			if (!added.ok) throw new Error(`photo refused: ${added.code}`);
			const [row] = await db.select().from(meetingPhoto).where(eq(meetingPhoto.id, added.value.id));
			const stored = sharp(Buffer.from(row!.data));
			const meta = await stored.metadata();
			expect({ width: meta.width, height: meta.height, format: meta.format, exif: meta.exif }).toEqual({ width: 640, height: 480, format: 'jpeg', exif: undefined });
			expect(Buffer.from(row!.data).includes(Buffer.from('TestCam'))).toBe(false);
			// The white quarter stays top left: the picture is the photo, not noise of the right size.
			const { data } = await stored.raw().toBuffer({ resolveWithObject: true });
			const at00 = [...data.subarray(0, 3)];
			const atEnd = [...data.subarray(data.length - 3)];
			expect(at00.every((v) => v > 230)).toBe(true);
			expect(atEnd[0]).toBeGreaterThan(150);
			expect(atEnd[1]).toBeLessThan(60);
		});

		it('refuses 11 MB, a text file named .jpg and a broken HEIC, with a reason', async () => {
			const big = new Uint8Array(11 * 1024 * 1024);
			big.set([0xff, 0xd8, 0xff]);
			expect(await addPhoto(db, actors.facilitator, { ...at(), bytes: big })).toMatchObject({ ok: false, code: 'photo', refusal: 'tooBig' });
			expect(await addPhoto(db, actors.facilitator, { ...at(), bytes: new TextEncoder().encode('not a photo, just text in a .jpg') })).toMatchObject({ ok: false, refusal: 'notImage' });
			const disguised = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('broken')]);
			expect(await addPhoto(db, actors.facilitator, { ...at(), bytes: disguised })).toMatchObject({ ok: false, refusal: 'notImage' });
			const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
			expect(await addPhoto(db, actors.facilitator, { ...at(), bytes: heic })).toMatchObject({ ok: false, refusal: 'notImage' });
			expect(await db.select().from(meetingPhoto).where(eq(meetingPhoto.meetingId, meetingIds[0]!))).toEqual([]);
		});
	});
});
