import { and, asc, eq } from 'drizzle-orm';
import type { ChangeLevel, NoteVisibility, SignalKind } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { changeWish, debrief, groupAgreement, homework, meeting, meetingPhoto, note, person, series, signal } from '../schema';
import { claimVersion, removeVersioned } from './versions';

/*
 * What a meeting captures (issue #10 items 7 and 8). Reads filter by organisation through the
 * meeting's series; writes are `…ForCheckedMeeting` / `…ForCheckedSeries`: the use-case has checked
 * that the meeting belongs to the actor's organisation.
 */

/** A meeting of the organisation by its id alone, for use-cases that get no series id. */
export async function findMeetingInOrganisation(db: Db, organisationId: string, meetingId: string) {
	const rows = await db
		.select({ id: meeting.id, seriesId: meeting.seriesId, number: meeting.number })
		.from(meeting)
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(meeting.id, meetingId)));
	return rows[0] ?? null;
}

const inOrganisation = (organisationId: string) => eq(series.organisationId, organisationId);

export function listAgreements(db: Db, organisationId: string, seriesId: string) {
	return db
		.select({ id: groupAgreement.id, meetingId: groupAgreement.meetingId, text: groupAgreement.text, version: groupAgreement.version })
		.from(groupAgreement)
		.innerJoin(series, eq(series.id, groupAgreement.seriesId))
		.where(and(inOrganisation(organisationId), eq(groupAgreement.seriesId, seriesId)))
		.orderBy(asc(groupAgreement.createdAt), asc(groupAgreement.id));
}

/** Change wishes of a series, oldest first; the author's name only where one was given. */
export function listChangeWishes(db: Db, organisationId: string, seriesId: string) {
	return db
		.select({
			id: changeWish.id,
			meetingId: changeWish.meetingId,
			text: changeWish.text,
			level: changeWish.level,
			theme: changeWish.theme,
			authorPersonId: changeWish.authorPersonId,
			authorName: person.name,
			version: changeWish.version,
			createdAt: changeWish.createdAt
		})
		.from(changeWish)
		.innerJoin(series, eq(series.id, changeWish.seriesId))
		.leftJoin(person, eq(person.id, changeWish.authorPersonId))
		.where(and(inOrganisation(organisationId), eq(changeWish.seriesId, seriesId)))
		.orderBy(asc(changeWish.createdAt), asc(changeWish.id));
}

/** One wish of the series, for an edit: what it says now and whom and which meeting it belongs to. */
export async function findChangeWish(db: Db, organisationId: string, seriesId: string, id: string) {
	const rows = await db
		.select({
			id: changeWish.id,
			meetingId: changeWish.meetingId,
			text: changeWish.text,
			level: changeWish.level,
			theme: changeWish.theme,
			authorPersonId: changeWish.authorPersonId,
			version: changeWish.version
		})
		.from(changeWish)
		.innerJoin(series, eq(series.id, changeWish.seriesId))
		.where(and(inOrganisation(organisationId), eq(changeWish.seriesId, seriesId), eq(changeWish.id, id)));
	return rows[0] ?? null;
}

export function listHomework(db: Db, organisationId: string, meetingId: string) {
	return db
		.select({ id: homework.id, text: homework.text, version: homework.version })
		.from(homework)
		.innerJoin(meeting, eq(meeting.id, homework.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(homework.meetingId, meetingId)))
		.orderBy(asc(homework.createdAt), asc(homework.id));
}

export async function listSignals(db: Db, organisationId: string, meetingId: string) {
	return db
		.select({ id: signal.id, kind: signal.kind, text: signal.text, version: signal.version })
		.from(signal)
		.innerJoin(meeting, eq(meeting.id, signal.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(signal.meetingId, meetingId)))
		.orderBy(asc(signal.createdAt), asc(signal.id));
}

/** Every note of the meetings of a series (or one meeting); the caller filters them by `can.readNote`. */
export function listNotes(db: Db, organisationId: string, seriesId: string, meetingId?: string) {
	return db
		.select({
			id: note.id,
			meetingId: note.meetingId,
			meetingNumber: meeting.number,
			visibility: note.visibility,
			text: note.text,
			authorId: note.authorId,
			version: note.version,
			createdAt: note.createdAt
		})
		.from(note)
		.innerJoin(meeting, eq(meeting.id, note.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(meeting.seriesId, seriesId), meetingId ? eq(note.meetingId, meetingId) : undefined))
		.orderBy(asc(meeting.number), asc(note.createdAt), asc(note.id));
}

/** The photos of a meeting without their bytes. */
export function listPhotos(db: Db, organisationId: string, meetingId: string) {
	return db
		.select({ id: meetingPhoto.id, width: meetingPhoto.width, height: meetingPhoto.height })
		.from(meetingPhoto)
		.innerJoin(meeting, eq(meeting.id, meetingPhoto.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(meetingPhoto.meetingId, meetingId)))
		.orderBy(asc(meetingPhoto.createdAt), asc(meetingPhoto.id));
}

export async function findPhoto(db: Db, organisationId: string, meetingId: string, photoId: string) {
	const rows = await db
		.select({ contentType: meetingPhoto.contentType, data: meetingPhoto.data })
		.from(meetingPhoto)
		.innerJoin(meeting, eq(meeting.id, meetingPhoto.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(meetingPhoto.meetingId, meetingId), eq(meetingPhoto.id, photoId)));
	return rows[0] ?? null;
}

export async function findDebrief(db: Db, organisationId: string, meetingId: string) {
	const rows = await db
		.select({ wentWell: debrief.wentWell, couldDiffer: debrief.couldDiffer, changeNext: debrief.changeNext, version: debrief.version })
		.from(debrief)
		.innerJoin(meeting, eq(meeting.id, debrief.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(inOrganisation(organisationId), eq(debrief.meetingId, meetingId)));
	return rows[0] ?? null;
}

export async function insertAgreementForCheckedMeeting(db: Db, seriesId: string, meetingId: string, text: string) {
	const [row] = await db.insert(groupAgreement).values({ seriesId, meetingId, text }).returning({ id: groupAgreement.id });
	return row!.id;
}

export interface NewChangeWish {
	text: string;
	authorPersonId: string | null;
	level: ChangeLevel | null;
	theme: string | null;
	submissionId: string;
}

/** The new wish's id, or null when this submission was stored before (a second tap, a phone sending again). */
export async function insertChangeWishForCheckedMeeting(db: Db, seriesId: string, meetingId: string, wish: NewChangeWish): Promise<string | null> {
	const rows = await db
		.insert(changeWish)
		.values({ ...wish, seriesId, meetingId })
		.onConflictDoNothing({ target: [changeWish.seriesId, changeWish.submissionId] })
		.returning({ id: changeWish.id });
	return rows[0]?.id ?? null;
}

export async function insertHomeworkForCheckedMeeting(db: Db, meetingId: string, text: string) {
	const [row] = await db.insert(homework).values({ meetingId, text }).returning({ id: homework.id });
	return row!.id;
}

/** The new entry's id, or null when a phone's submission was stored before. */
export async function insertSignalForCheckedMeeting(db: Db, meetingId: string, kind: SignalKind, text: string, submissionId: string | null = null) {
	const rows = await db
		.insert(signal)
		.values({ meetingId, kind, text, submissionId })
		.onConflictDoNothing({ target: [signal.meetingId, signal.submissionId] })
		.returning({ id: signal.id });
	return rows[0]?.id ?? null;
}

export async function insertNoteForCheckedMeeting(db: Db, meetingId: string, values: { visibility: NoteVisibility; text: string; authorId: string }) {
	const [row] = await db.insert(note).values({ ...values, meetingId }).returning({ id: note.id });
	return row!.id;
}

export async function insertPhotoForCheckedMeeting(db: Db, meetingId: string, photo: { contentType: string; data: Uint8Array; width: number; height: number }) {
	const [row] = await db.insert(meetingPhoto).values({ ...photo, meetingId }).returning({ id: meetingPhoto.id });
	return row!.id;
}

export const claimAgreementForCheckedSeries = (db: Db, seriesId: string, id: string, expected: number, text: string) =>
	claimVersion(db, groupAgreement, 'version', and(eq(groupAgreement.seriesId, seriesId), eq(groupAgreement.id, id)), expected, { text });

/** The wish's words and classification; its meeting and author stay as they were given. */
export const claimChangeWishForCheckedSeries = (
	db: Db,
	seriesId: string,
	id: string,
	expected: number,
	values: { text: string; level: ChangeLevel | null; theme: string | null }
) => claimVersion(db, changeWish, 'version', and(eq(changeWish.seriesId, seriesId), eq(changeWish.id, id)), expected, values);

export const claimHomeworkForCheckedMeeting = (db: Db, meetingId: string, id: string, expected: number, text: string) =>
	claimVersion(db, homework, 'version', and(eq(homework.meetingId, meetingId), eq(homework.id, id)), expected, { text });

export const claimSignalForCheckedMeeting = (db: Db, meetingId: string, id: string, expected: number, values: { kind: SignalKind; text: string }) =>
	claimVersion(db, signal, 'version', and(eq(signal.meetingId, meetingId), eq(signal.id, id)), expected, values);

export const claimNoteForCheckedMeeting = (db: Db, meetingId: string, id: string, expected: number, values: { text: string; visibility: NoteVisibility }) =>
	claimVersion(db, note, 'version', and(eq(note.meetingId, meetingId), eq(note.id, id)), expected, values);

/** A debrief row at version 1 when the meeting has none yet, so its first save is versioned like every later one. */
export async function ensureDebriefForCheckedMeeting(db: Db, meetingId: string) {
	await db.insert(debrief).values({ meetingId }).onConflictDoNothing();
}

export const claimDebriefForCheckedMeeting = (
	db: Db,
	meetingId: string,
	expected: number,
	values: { wentWell: string; couldDiffer: string; changeNext: string; updatedAt: Date }
) => claimVersion(db, debrief, 'version', eq(debrief.meetingId, meetingId), expected, values);

/** What removing a versioned row came to: gone now, moved on since the page was loaded, or gone before. */
export const removeAgreementForCheckedSeries = (db: Db, seriesId: string, id: string, expected: number) =>
	removeVersioned(db, groupAgreement, and(eq(groupAgreement.seriesId, seriesId), eq(groupAgreement.id, id)), eq(groupAgreement.version, expected));

export const removeChangeWishForCheckedSeries = (db: Db, seriesId: string, id: string, expected: number) =>
	removeVersioned(db, changeWish, and(eq(changeWish.seriesId, seriesId), eq(changeWish.id, id)), eq(changeWish.version, expected));

export const removeHomeworkForCheckedMeeting = (db: Db, meetingId: string, id: string, expected: number) =>
	removeVersioned(db, homework, and(eq(homework.meetingId, meetingId), eq(homework.id, id)), eq(homework.version, expected));

export const removeSignalForCheckedMeeting = (db: Db, meetingId: string, id: string, expected: number) =>
	removeVersioned(db, signal, and(eq(signal.meetingId, meetingId), eq(signal.id, id)), eq(signal.version, expected));

export const removeNoteForCheckedMeeting = (db: Db, meetingId: string, id: string, expected: number) =>
	removeVersioned(db, note, and(eq(note.meetingId, meetingId), eq(note.id, id)), eq(note.version, expected));

export async function removePhotoForCheckedMeeting(db: Db, meetingId: string, id: string): Promise<boolean> {
	const rows = await db.delete(meetingPhoto).where(and(eq(meetingPhoto.meetingId, meetingId), eq(meetingPhoto.id, id))).returning({ id: meetingPhoto.id });
	return rows.length > 0;
}
