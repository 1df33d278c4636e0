import { checkCapturedText, previousMeeting, type TextRefusal } from '../domain/capture';
import { noFilter, themesOf, wishesByMeeting, type ChangeWishFilter } from '../domain/changeWish';
import { limits } from '../domain/limits';
import type { ChangeLevel, NoteVisibility, SignalKind } from '../domain/vocabularies';
import { can, participantCan, type Actor, type ParticipantActor } from './auth/policies';
import type { Db } from './db';
import {
	claimAgreementForCheckedSeries,
	claimChangeWishForCheckedSeries,
	claimDebriefForCheckedMeeting,
	claimHomeworkForCheckedMeeting,
	claimNoteForCheckedMeeting,
	claimSignalForCheckedMeeting,
	ensureDebriefForCheckedMeeting,
	findChangeWish,
	findDebrief,
	findMeetingInOrganisation,
	findPhoto,
	insertAgreementForCheckedMeeting,
	insertChangeWishForCheckedMeeting,
	insertHomeworkForCheckedMeeting,
	insertNoteForCheckedMeeting,
	insertPhotoForCheckedMeeting,
	insertSignalForCheckedMeeting,
	listAgreements,
	listChangeWishes,
	listHomework,
	listNotes,
	listPhotos,
	listSignals,
	removeAgreementForCheckedSeries,
	removeChangeWishForCheckedSeries,
	removeHomeworkForCheckedMeeting,
	removeNoteForCheckedMeeting,
	removePhotoForCheckedMeeting,
	removeSignalForCheckedMeeting
} from './db/repositories/capture';
import type { Removal } from './db/repositories/versions';
import { latestEventId } from './db/repositories/events';
import { findMeetingInSeries, listSeriesMeetings } from './db/repositories/grouping';
import { findSeries, listSeriesPeople } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import type { EventMap } from './events/types';
import { shrinkPhoto, type PhotoRefusal } from './photos';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved } from './versioning';

/*
 * Capture during a meeting (issue #10 item 7) and the debrief after it (item 8). Each capture is a
 * use-case with a small input, so a form action calls it now and the live views call it later.
 * Events carry ids and counts, never the text, and the subject is the meeting.
 */

/** Where a capture goes: a meeting of a series. */
export interface MeetingRef {
	seriesId: string;
	meetingId: string;
}

/**
 * Text that says nothing in words, or too much (`field` names the input it is about); an author
 * who is not one of the series' people; a visibility the writer could not read themselves.
 */
export type Refused = Fail<'invalid', { field: string; refusal: TextRefusal }> | Fail<'unknownAuthor'> | Fail<'visibilityNotAllowed'>;
const refuseText = (field: string, refusal: TextRefusal): Refused => fail('invalid', { field, refusal });

type Captured<T = { id: string }> = Result<T> | NotFound | Refused;

async function meetingOf(db: Db, actor: Actor, ref: MeetingRef, allowed: (a: Actor, s: { id: string; organisationId: string }) => boolean = can.captureMeeting) {
	const found = await findSeries(db, actor.organisationId, ref.seriesId);
	if (!found || !allowed(actor, found)) return null;
	const target = await findMeetingInSeries(db, actor.organisationId, ref.seriesId, ref.meetingId);
	return target ? { series: found, meeting: target } : null;
}

type CaptureEvent = { [K in keyof EventMap]: { type: K; payload: EventMap[K] } }[keyof EventMap];

/** Writes in one transaction with their event; `event` is null when nothing changed. `actor` null records no actor. */
function capture<T>(db: Db, actor: Actor | null, organisationId: string, meetingId: string, work: (tx: Db) => Promise<{ value: T; event: CaptureEvent | null }>) {
	return withTransaction(db, async (tx) => {
		const done = await work(tx);
		if (done.event) await recordEvent(tx, { organisationId, actorId: actor?.userId ?? null, subject: meetingId, ...done.event });
		return done.value;
	});
}

/** What a remove came to, as a result: a row already gone counts as removed (a second tap). */
const removal = (outcome: Removal, based: Based): Saved => (outcome === 'stale' ? stale(based, {}) : ok({}));

// ——— Group agreements: a list per series, each item versioned on its own ———

export interface AgreementInput extends MeetingRef {
	text: string;
}

export async function addAgreement(db: Db, actor: Actor, input: AgreementInput): Promise<Captured> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	const id = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const id = await insertAgreementForCheckedMeeting(tx, input.seriesId, input.meetingId, text.text);
		return { value: id, event: { type: 'capture.agreementAdded', payload: { agreementId: id } } };
	});
	return ok({ id });
}

export interface EditInput extends MeetingRef {
	id: string;
	version: Based;
}

export async function editAgreement(db: Db, actor: Actor, input: EditInput & { text: string }): Promise<Saved | NotFound | Refused> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	const saved = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const moved = await claimAgreementForCheckedSeries(tx, input.seriesId, input.id, input.version.version, text.text);
		return moved === null ? { value: false, event: null } : { value: true, event: { type: 'capture.agreementEdited', payload: { agreementId: input.id } } };
	});
	if (saved) return ok({});
	const current = (await listAgreements(db, actor.organisationId, input.seriesId)).find((a) => a.id === input.id);
	if (!current) return fail('notFound');
	return afterConflict(input.version, { text: current.text }, { text: text.text });
}

export async function removeAgreement(db: Db, actor: Actor, input: EditInput): Promise<Saved | NotFound> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const outcome = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const outcome = await removeAgreementForCheckedSeries(tx, input.seriesId, input.id, input.version.version);
		return outcome === 'removed' ? { value: outcome, event: { type: 'capture.agreementRemoved', payload: { agreementId: input.id } } } : { value: outcome, event: null };
	});
	return removal(outcome, input.version);
}

// ——— Change wishes ———

export interface ChangeWishInput extends MeetingRef {
	text: string;
	/** A person of the series, or null: anonymous, and then nothing stored links the wish to anyone. */
	authorPersonId: string | null;
	level: ChangeLevel | null;
	theme: string | null;
	/** Made once per form or phone entry; sending it again stores nothing new. */
	submissionId: string;
}

export async function addChangeWish(db: Db, actor: Actor, input: ChangeWishInput): Promise<Captured<{ id: string | null; duplicate: boolean }>> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	const theme = input.theme === null || input.theme.trim() === '' ? null : checkCapturedText(input.theme, limits.themeMax);
	if (theme && !theme.ok) return refuseText('theme', theme.refusal);
	if (input.authorPersonId) {
		const people = await listSeriesPeople(db, input.seriesId);
		if (!people.some((p) => p.id === input.authorPersonId)) return fail('unknownAuthor');
	}
	const anonymous = input.authorPersonId === null;
	// An anonymous wish's event has no actor either: whoever typed it in is not its source to record.
	const id = await capture(db, anonymous ? null : actor, actor.organisationId, input.meetingId, async (tx) => {
		const id = await insertChangeWishForCheckedMeeting(tx, input.seriesId, input.meetingId, {
			text: text.text,
			authorPersonId: input.authorPersonId,
			level: input.level,
			theme: theme?.ok ? theme.text : null,
			submissionId: input.submissionId
		});
		return id ? { value: id, event: { type: 'capture.changeWishAdded', payload: { wishId: id, anonymous } } } : { value: null, event: null };
	});
	return ok({ id, duplicate: id === null });
}

/**
 * A wish of the series, wherever it is edited or removed from (its meeting's record page, or the
 * series' list of wishes): the row says which meeting it belongs to, so the event goes there.
 */
export interface WishRef {
	seriesId: string;
	id: string;
	version: Based;
}

/** The wish `ref` names, 'gone' when it is no longer there, or null when the series is not this member's to capture. */
async function capturableWish(db: Db, actor: Actor, ref: WishRef) {
	const found = await findSeries(db, actor.organisationId, ref.seriesId);
	if (!found || !can.captureMeeting(actor, found)) return null;
	return (await findChangeWish(db, actor.organisationId, ref.seriesId, ref.id)) ?? ('gone' as const);
}

/** What the edit form shows of a wish, and so what a stale save compares. */
const wishSnapshot = (w: { text: string; level: ChangeLevel | null; theme: string | null }) => ({ text: w.text, level: w.level ?? '', theme: w.theme ?? '' });

export interface ChangeWishEdit extends WishRef {
	text: string;
	level: ChangeLevel | null;
	theme: string | null;
}

/** New words, level or theme; the meeting it was made in and its author (or its anonymity) stay. */
export async function editChangeWish(db: Db, actor: Actor, input: ChangeWishEdit): Promise<Saved | NotFound | Refused> {
	const wish = await capturableWish(db, actor, input);
	if (!wish || wish === 'gone') return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	const theme = input.theme === null || input.theme.trim() === '' ? null : checkCapturedText(input.theme, limits.themeMax);
	if (theme && !theme.ok) return refuseText('theme', theme.refusal);
	const values = { text: text.text, level: input.level, theme: theme?.ok ? theme.text : null };
	// As when it was added: whoever edits an anonymous wish is not to be linked to it.
	const saved = await capture(db, wish.authorPersonId === null ? null : actor, actor.organisationId, wish.meetingId, async (tx) => {
		const moved = await claimChangeWishForCheckedSeries(tx, input.seriesId, input.id, input.version.version, values);
		return moved === null ? { value: false, event: null } : { value: true, event: { type: 'capture.changeWishEdited', payload: { wishId: input.id } } };
	});
	if (saved) return ok({});
	const current = await findChangeWish(db, actor.organisationId, input.seriesId, input.id);
	if (!current) return fail('notFound');
	return afterConflict(input.version, wishSnapshot(current), wishSnapshot(values));
}

export async function removeChangeWish(db: Db, actor: Actor, input: WishRef): Promise<Saved | NotFound> {
	const wish = await capturableWish(db, actor, input);
	if (!wish) return fail('notFound');
	// Removed already (a second tap, or the other facilitator): what was asked for is done.
	if (wish === 'gone') return ok({});
	const outcome = await capture(db, null, actor.organisationId, wish.meetingId, async (tx) => {
		const outcome = await removeChangeWishForCheckedSeries(tx, input.seriesId, input.id, input.version.version);
		return outcome === 'removed' ? { value: outcome, event: { type: 'capture.changeWishRemoved', payload: { wishId: input.id } } } : { value: outcome, event: null };
	});
	return removal(outcome, input.version);
}

/**
 * Every wish of a series by meeting, in meeting order, for the deciding meeting: each with its
 * author's name only where one was given, and the version its edit form is based on. `filter`
 * narrows the wishes shown; the themes and the total are those of all wishes.
 */
export async function seriesChangeWishes(db: Db, actor: Actor, seriesId: string, filter: ChangeWishFilter = noFilter) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.captureMeeting(actor, found)) return fail('notFound');
	const [meetings, wishes] = await Promise.all([listSeriesMeetings(db, actor.organisationId, seriesId), listChangeWishes(db, actor.organisationId, seriesId)]);
	const rows = wishes.map((w) => ({
		id: w.id,
		meetingId: w.meetingId,
		text: w.text,
		level: w.level,
		theme: w.theme,
		authorName: w.authorName,
		token: versionToken(w.version, wishSnapshot(w))
	}));
	const byMeeting = wishesByMeeting(
		meetings.map((m) => ({ id: m.id, number: m.number, date: m.date, deciding: m.deciding })),
		rows,
		filter
	);
	return ok({
		series: { id: found.id, name: found.name },
		meetings: byMeeting,
		themes: themesOf(wishes),
		total: wishes.length,
		shown: byMeeting.reduce((sum, m) => sum + m.wishes.length, 0)
	});
}

// ——— Homework and signals: short lists of one meeting ———

export async function addHomework(db: Db, actor: Actor, input: MeetingRef & { text: string }): Promise<Captured> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	const id = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const id = await insertHomeworkForCheckedMeeting(tx, input.meetingId, text.text);
		return { value: id, event: { type: 'capture.homeworkAdded', payload: { homeworkId: id } } };
	});
	return ok({ id });
}

export async function editHomework(db: Db, actor: Actor, input: EditInput & { text: string }): Promise<Saved | NotFound | Refused> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	const saved = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const moved = await claimHomeworkForCheckedMeeting(tx, input.meetingId, input.id, input.version.version, text.text);
		return moved === null ? { value: false, event: null } : { value: true, event: { type: 'capture.homeworkEdited', payload: { homeworkId: input.id } } };
	});
	if (saved) return ok({});
	const current = (await listHomework(db, actor.organisationId, input.meetingId)).find((h) => h.id === input.id);
	if (!current) return fail('notFound');
	return afterConflict(input.version, { text: current.text }, { text: text.text });
}

export async function removeHomework(db: Db, actor: Actor, input: EditInput): Promise<Saved | NotFound> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const outcome = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const outcome = await removeHomeworkForCheckedMeeting(tx, input.meetingId, input.id, input.version.version);
		return outcome === 'removed' ? { value: outcome, event: { type: 'capture.homeworkRemoved', payload: { homeworkId: input.id } } } : { value: outcome, event: null };
	});
	return removal(outcome, input.version);
}

/** What a signal's edit form shows. */
const signalSnapshot = (s: { kind: SignalKind; text: string }) => ({ kind: s.kind, text: s.text });

export async function addSignal(db: Db, actor: Actor, input: MeetingRef & { kind: SignalKind; text: string }): Promise<Captured> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	// The storyteller is never recorded: no person in the row, and no actor in the event.
	const id = await capture(db, null, actor.organisationId, input.meetingId, async (tx) => {
		// Without a submission id every insert makes a row.
		const id = (await insertSignalForCheckedMeeting(tx, input.meetingId, input.kind, text.text))!;
		return { value: id, event: { type: 'capture.signalAdded', payload: { signalId: id } } };
	});
	return ok({ id });
}

export async function editSignal(db: Db, actor: Actor, input: EditInput & { kind: SignalKind; text: string }): Promise<Saved | NotFound | Refused> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	// As when it was added: no person in the row, no actor in the event.
	const saved = await capture(db, null, actor.organisationId, input.meetingId, async (tx) => {
		const moved = await claimSignalForCheckedMeeting(tx, input.meetingId, input.id, input.version.version, { kind: input.kind, text: text.text });
		return moved === null ? { value: false, event: null } : { value: true, event: { type: 'capture.signalEdited', payload: { signalId: input.id } } };
	});
	if (saved) return ok({});
	const current = (await listSignals(db, actor.organisationId, input.meetingId)).find((s) => s.id === input.id);
	if (!current) return fail('notFound');
	return afterConflict(input.version, signalSnapshot(current), signalSnapshot({ kind: input.kind, text: text.text }));
}

export async function removeSignal(db: Db, actor: Actor, input: EditInput): Promise<Saved | NotFound> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const outcome = await capture(db, null, actor.organisationId, input.meetingId, async (tx) => {
		const outcome = await removeSignalForCheckedMeeting(tx, input.meetingId, input.id, input.version.version);
		return outcome === 'removed' ? { value: outcome, event: { type: 'capture.signalRemoved', payload: { signalId: input.id } } } : { value: outcome, event: null };
	});
	return removal(outcome, input.version);
}

// ——— Notes: every read through can.readNote / participantCan.readNote ———

export async function addNote(db: Db, actor: Actor, input: MeetingRef & { text: string; visibility: NoteVisibility }): Promise<Captured> {
	const place = await meetingOf(db, actor, input);
	// Writing a note one could not read afterwards (a coordinator's facilitators-only note) is refused.
	if (!place) return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	if (!can.readNote(actor, place.series, input)) return fail('visibilityNotAllowed');
	const id = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const id = await insertNoteForCheckedMeeting(tx, input.meetingId, { text: text.text, visibility: input.visibility, authorId: actor.userId });
		return { value: id, event: { type: 'capture.noteAdded', payload: { noteId: id } } };
	});
	return ok({ id });
}

/** The note to edit, 'gone' when it is no longer there, or null when this member may not edit it (or the meeting is not theirs). */
async function editableNote(db: Db, actor: Actor, input: EditInput) {
	const found = await findSeries(db, actor.organisationId, input.seriesId);
	if (!found || !(await findMeetingInSeries(db, actor.organisationId, input.seriesId, input.meetingId))) return null;
	const row = (await listNotes(db, actor.organisationId, input.seriesId, input.meetingId)).find((n) => n.id === input.id);
	if (!row) return 'gone' as const;
	return can.editNote(actor, found, row) ? { series: found, note: row } : null;
}

export async function editNote(db: Db, actor: Actor, input: EditInput & { text: string; visibility: NoteVisibility }): Promise<Saved | NotFound | Refused> {
	const found = await editableNote(db, actor, input);
	if (!found || found === 'gone') return fail('notFound');
	const text = checkCapturedText(input.text);
	if (!text.ok) return refuseText('text', text.refusal);
	if (!can.readNote(actor, found.series, input)) return fail('visibilityNotAllowed');
	const saved = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const moved = await claimNoteForCheckedMeeting(tx, input.meetingId, input.id, input.version.version, { text: text.text, visibility: input.visibility });
		return moved === null ? { value: false, event: null } : { value: true, event: { type: 'capture.noteEdited', payload: { noteId: input.id } } };
	});
	if (saved) return ok({});
	const current = (await listNotes(db, actor.organisationId, input.seriesId, input.meetingId)).find((n) => n.id === input.id);
	if (!current) return fail('notFound');
	return afterConflict(input.version, { text: current.text, visibility: current.visibility }, { text: text.text, visibility: input.visibility });
}

export async function removeNote(db: Db, actor: Actor, input: EditInput): Promise<Saved | NotFound> {
	const found = await editableNote(db, actor, input);
	if (!found) return fail('notFound');
	// Removed already (a second tap, or the other facilitator): what was asked for is done.
	if (found === 'gone') return ok({});
	const outcome = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const outcome = await removeNoteForCheckedMeeting(tx, input.meetingId, input.id, input.version.version);
		return outcome === 'removed' ? { value: outcome, event: { type: 'capture.noteRemoved', payload: { noteId: input.id } } } : { value: outcome, event: null };
	});
	return removal(outcome, input.version);
}

/**
 * The notes of a meeting this member may read. The series must be of their organisation and the
 * member no stakeholder; which notes come back is decided per note, so a facilitator of another
 * series gets the organisation's notes only.
 */
export async function meetingNotes(db: Db, actor: Actor, ref: MeetingRef) {
	const found = await findSeries(db, actor.organisationId, ref.seriesId);
	if (!found || actor.role === 'stakeholder') return fail('notFound');
	const target = await findMeetingInSeries(db, actor.organisationId, ref.seriesId, ref.meetingId);
	if (!target) return fail('notFound');
	const rows = await listNotes(db, actor.organisationId, ref.seriesId, ref.meetingId);
	return ok(
		rows
			.filter((n) => can.readNote(actor, found, n))
			.map((n) => ({ ...n, editable: can.editNote(actor, found, n), token: versionToken(n.version, { text: n.text, visibility: n.visibility }) }))
	);
}

/** For `/mijn`: the notes for the group of each of the participant's series. */
export async function participantNotes(db: Db, participant: ParticipantActor, seriesId: string) {
	const found = await findSeries(db, participant.organisationId, seriesId);
	if (!found || !participantCan.viewSeries(participant, found)) return [];
	const rows = await listNotes(db, participant.organisationId, seriesId);
	return rows
		.filter((n) => participantCan.readNote(participant, found, n))
		.map((n) => ({ id: n.id, meetingId: n.meetingId, meetingNumber: n.meetingNumber, text: n.text }));
}

/** `/mijn`: per series of each link on this device (`<person id>:<series id>`), the notes for the group. */
export async function myNotes(db: Db, participants: readonly ParticipantActor[]) {
	const notes: Record<string, Awaited<ReturnType<typeof participantNotes>>> = {};
	for (const participant of participants) {
		for (const seriesId of participant.seriesIds) notes[`${participant.personId}:${seriesId}`] = await participantNotes(db, participant, seriesId);
	}
	return notes;
}

// ——— Photos ———

export type PhotoOutcome = Captured | Fail<'photo', { refusal: PhotoRefusal }>;

export async function addPhoto(db: Db, actor: Actor, input: MeetingRef & { bytes: Uint8Array }): Promise<PhotoOutcome> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	const shrunk = await shrinkPhoto(input.bytes);
	if (!shrunk.ok) return fail('photo', { refusal: shrunk.code });
	const id = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		const id = await insertPhotoForCheckedMeeting(tx, input.meetingId, shrunk.value);
		return { value: id, event: { type: 'capture.photoAdded', payload: { photoId: id } } };
	});
	return ok({ id });
}

export async function removePhoto(db: Db, actor: Actor, input: MeetingRef & { id: string }): Promise<Result<object> | NotFound> {
	const place = await meetingOf(db, actor, input);
	if (!place) return fail('notFound');
	await capture(db, actor, actor.organisationId, input.meetingId, async (tx) =>
		(await removePhotoForCheckedMeeting(tx, input.meetingId, input.id))
			? { value: null, event: { type: 'capture.photoRemoved', payload: { photoId: input.id } } }
			: { value: null, event: null }
	);
	return ok({});
}

/** One photo's bytes, under the meeting page's own policy. */
export async function meetingPhotoFile(db: Db, actor: Actor, input: MeetingRef & { id: string }) {
	const place = await meetingOf(db, actor, input, can.editSeries);
	if (!place) return fail('notFound');
	const photo = await findPhoto(db, actor.organisationId, input.meetingId, input.id);
	return photo ? ok(photo) : fail('notFound');
}

// ——— Debrief ———

export type DebriefFields = {
	wentWell: string;
	couldDiffer: string;
	changeNext: string;
};

const emptyDebrief: DebriefFields = { wentWell: '', couldDiffer: '', changeNext: '' };
const debriefSnapshot = (d: DebriefFields) => ({ wentWell: d.wentWell, couldDiffer: d.couldDiffer, changeNext: d.changeNext });

export async function meetingDebrief(db: Db, actor: Actor, ref: MeetingRef) {
	const place = await meetingOf(db, actor, ref, can.debrief);
	if (!place) return fail('notFound');
	const saved = await findDebrief(db, actor.organisationId, ref.meetingId);
	const fields = saved ? debriefSnapshot(saved) : emptyDebrief;
	return ok({ series: { id: place.series.id, name: place.series.name }, meeting: place.meeting, debrief: fields, version: versionToken(saved?.version ?? 1, fields) });
}

export async function saveDebrief(db: Db, actor: Actor, input: MeetingRef & DebriefFields & { version: Based }, now = new Date()): Promise<Saved | NotFound | Refused> {
	const place = await meetingOf(db, actor, input, can.debrief);
	if (!place) return fail('notFound');
	const fields = debriefSnapshot(input);
	for (const [key, value] of Object.entries(fields)) if (value.trim().length > limits.textMax) return refuseText(key, 'tooLong');
	const trimmed = { wentWell: fields.wentWell.trim(), couldDiffer: fields.couldDiffer.trim(), changeNext: fields.changeNext.trim() };
	const saved = await capture(db, actor, actor.organisationId, input.meetingId, async (tx) => {
		await ensureDebriefForCheckedMeeting(tx, input.meetingId);
		const moved = await claimDebriefForCheckedMeeting(tx, input.meetingId, input.version.version, { ...trimmed, updatedAt: now });
		return moved === null ? { value: false, event: null } : { value: true, event: { type: 'capture.debriefSaved', payload: { filled: Object.values(trimmed).filter(Boolean).length } } };
	});
	if (saved) return ok({});
	const current = await findDebrief(db, actor.organisationId, input.meetingId);
	return afterConflict(input.version, current ? debriefSnapshot(current) : emptyDebrief, trimmed);
}

/** The debrief of the meeting before `meetingId`, for preparing it; null when there is none (yet). */
export async function previousDebrief(db: Db, actor: Actor, meetingId: string): Promise<Result<(DebriefFields & { meetingNumber: number }) | null> | NotFound> {
	const target = await findMeetingInOrganisation(db, actor.organisationId, meetingId);
	if (!target) return fail('notFound');
	const found = await findSeries(db, actor.organisationId, target.seriesId);
	if (!found || !can.debrief(actor, found)) return fail('notFound');
	const before = previousMeeting(await listSeriesMeetings(db, actor.organisationId, target.seriesId), target.number);
	if (!before) return ok(null);
	const saved = await findDebrief(db, actor.organisationId, before.id);
	return ok(saved && Object.values(debriefSnapshot(saved)).some(Boolean) ? { ...debriefSnapshot(saved), meetingNumber: before.number } : null);
}

// ——— Pages ———

/** The record page: everything captured in this meeting, and the series' agreements. */
export async function meetingRecord(db: Db, actor: Actor, ref: MeetingRef) {
	const place = await meetingOf(db, actor, ref);
	if (!place) return fail('notFound');
	const liveAfter = await latestEventId(db, actor.organisationId, ref.meetingId);
	const [agreements, wishes, homework, signals, notes, photos, people] = await Promise.all([
		listAgreements(db, actor.organisationId, ref.seriesId),
		listChangeWishes(db, actor.organisationId, ref.seriesId),
		listHomework(db, actor.organisationId, ref.meetingId),
		listSignals(db, actor.organisationId, ref.meetingId),
		meetingNotes(db, actor, ref),
		listPhotos(db, actor.organisationId, ref.meetingId),
		can.viewSeriesPeople(actor, place.series) ? listSeriesPeople(db, ref.seriesId) : Promise.resolve([])
	]);
	const token = <T extends { version: number }>(row: T, snapshot: Record<string, string>) => ({ ...row, token: versionToken(row.version, snapshot) });
	return ok({
		series: { id: place.series.id, name: place.series.name },
		meeting: { id: place.meeting.id, number: place.meeting.number, date: place.meeting.date, startTime: place.meeting.startTime },
		agreements: agreements.map((a) => token(a, { text: a.text })),
		wishes: wishes.filter((w) => w.meetingId === ref.meetingId).map((w) => token(w, wishSnapshot(w))),
		homework: homework.map((h) => token(h, { text: h.text })),
		signals: signals.map((s) => token(s, signalSnapshot(s))),
		notes: notes.ok ? notes.value : [],
		noteVisibilities: (['facilitators', 'group', 'organisation'] as const).filter((v) => can.readNote(actor, place.series, { visibility: v })),
		photos,
		people: people.map((p) => ({ id: p.id, name: p.name })),
		liveAfter
	});
}

/** What the meeting page shows of capture: the agreements, last time's homework, and (for the duo) last time's debrief. */
export async function meetingCaptureSummary(db: Db, actor: Actor, ref: MeetingRef) {
	const place = await meetingOf(db, actor, ref, can.editSeries);
	if (!place) return fail('notFound');
	const before = previousMeeting(await listSeriesMeetings(db, actor.organisationId, ref.seriesId), place.meeting.number);
	const debrief = can.debrief(actor, place.series) ? await previousDebrief(db, actor, ref.meetingId) : null;
	return ok({
		agreements: (await listAgreements(db, actor.organisationId, ref.seriesId)).map((a) => ({ id: a.id, text: a.text })),
		homework: before ? (await listHomework(db, actor.organisationId, before.id)).map((h) => ({ id: h.id, text: h.text })) : [],
		debrief: debrief?.ok ? debrief.value : null,
		canDebrief: can.debrief(actor, place.series)
	});
}

