import { checkCapturedText, type TextRefusal } from '../domain/capture';
import type { LiveState } from '../domain/liveMeeting';
import type { AgendaPartKind } from '../content/meetingSkeleton';
import type { GroupForm } from '../domain/vocabularies';
import { roomAgendaForCheckedMeeting, type Language } from './agenda';
import { joinedCan, participantCan, type JoinedViewer, type ParticipantActor } from './auth/policies';
import type { Db } from './db';
import { insertAnswerForCheckedMeeting, listAnswers } from './db/repositories/answers';
import { insertChangeWishForCheckedMeeting, insertSignalForCheckedMeeting, listAgreements, listChangeWishes } from './db/repositories/capture';
import { latestEventId } from './db/repositories/events';
import { findMeetingInSeries } from './db/repositories/grouping';
import { currentMeetingForCheckedSeries, findRunForCheckedMeeting } from './db/repositories/meetingRun';
import { findSeries } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import type { EventType } from './events/types';
import { screenGroupsForCheckedMeeting } from './grouping';
import { todayInAmsterdam } from './series';
import { phoneCodeForCheckedMeeting } from './joinCodes';
import { liveHub } from './live';
import { liveStream } from './live/stream';
import { field } from './forms';
import { fail, ok, type Fail, type Result } from './result';
import { limits } from '../domain/limits';
import { z } from 'zod';

/**
 * The room of a meeting (issue #10): the screen at the front and the phones of the participants,
 * who joined with a join code or came through their personal link. What they see is built only
 * from what is said aloud or shown in the room anyway: never a note, a debrief or anyone's details.
 */

/** A participant's phone in the meeting their series is having now. */
export type ParticipantGuest = { kind: 'participantInMeeting'; participant: ParticipantActor; seriesId: string; meetingId: string };
export type RoomGuest = JoinedViewer | ParticipantGuest;

/** Where a guest sits, once checked: the meeting, and who they are (a participant) or nobody (a code). */
type Seat = { organisationId: string; seriesId: string; meetingId: string; screen: boolean; personId: string | null };

async function seatOf(db: Db, guest: RoomGuest | null): Promise<{ seat: Seat; seriesName: string; meeting: NonNullable<Awaited<ReturnType<typeof findMeetingInSeries>>> } | null> {
	if (!guest) return null;
	const organisationId = guest.kind === 'joined' ? guest.organisationId : guest.participant.organisationId;
	const found = await findSeries(db, organisationId, guest.seriesId);
	if (!found) return null;
	if (guest.kind === 'participantInMeeting' && !participantCan.viewSeries(guest.participant, found)) return null;
	const meeting = await findMeetingInSeries(db, organisationId, guest.seriesId, guest.meetingId);
	if (!meeting) return null;
	if (guest.kind === 'joined' && !joinedCan.viewMeeting(guest, { id: meeting.id, organisationId })) return null;
	const seat = {
		organisationId,
		seriesId: guest.seriesId,
		meetingId: meeting.id,
		screen: guest.kind === 'joined' && guest.purpose === 'projector',
		personId: guest.kind === 'participantInMeeting' ? guest.participant.personId : null
	};
	return { seat, seriesName: found.name, meeting };
}

/**
 * The meeting a participant's phone follows in one of their series now: null between meetings,
 * `notFound` for a series that is not theirs (the same answer as for one that does not exist).
 */
export async function participantGuest(
	db: Db,
	participants: readonly ParticipantActor[],
	seriesId: string,
	now = new Date()
): Promise<Result<ParticipantGuest | null, 'notFound'>> {
	const participant = participants.find((p) => p.seriesIds.includes(seriesId));
	if (!participant) return fail('notFound');
	const found = await findSeries(db, participant.organisationId, seriesId);
	if (!found || !participantCan.viewSeries(participant, found)) return fail('notFound');
	const meetingId = await currentMeetingForCheckedSeries(db, seriesId, todayInAmsterdam(now));
	return ok(meetingId ? { kind: 'participantInMeeting', participant, seriesId, meetingId } : null);
}

export type RoomPart = { id: string; title: string; question: string; minutes: number; kind: AgendaPartKind; groupForm: GroupForm | null };

export type RoomView = {
	seriesName: string;
	meeting: { id: string; number: number; startsAt: Date };
	/** The meeting's subgroups, by short name, as on the facilitators' projector page. */
	groups: { number: number; names: string[] }[];
	run: { state: LiveState; serverNow: number };
	/** The agenda as the room sees it: titles, questions and times, never the facilitators' notes. */
	parts: RoomPart[];
	/** For the screen only: the phones' code and its QR code, to show while no question is up. */
	phoneCode: { shown: string; qrSvg: string } | null;
	/** For the screen only, without names: the answers to the question up now, and the meeting's change wishes. */
	answers: string[];
	wishes: string[];
	/** For the screen, while the agreements part runs: the group's agreements, made in an earlier meeting or this one. */
	agreements: string[];
	/** Whether this phone is a participant's own, who may send with their name. */
	named: boolean;
	/** The newest event the view holds, for the live channel (see ARCHITECTURE). */
	liveAfter: number;
};

export async function roomView(db: Db, guest: RoomGuest | null, lang: Language, now = new Date()): Promise<Result<RoomView, 'notFound'>> {
	if (!guest) return fail('notFound');
	const organisationId = guest.kind === 'joined' ? guest.organisationId : guest.participant.organisationId;
	const liveAfter = await latestEventId(db, organisationId, guest.meetingId);
	const found = await seatOf(db, guest);
	if (!found) return fail('notFound');
	const { seat } = found;
	const parts = await roomAgendaForCheckedMeeting(db, organisationId, seat.meetingId, lang);
	const state = await findRunForCheckedMeeting(db, seat.meetingId);
	const currentPart = state.status === 'running' || state.status === 'paused' ? parts[state.partIndex] : undefined;
	const code = seat.screen ? await phoneCodeForCheckedMeeting(db, seat.meetingId) : null;
	const answers = seat.screen && currentPart ? (await listAnswers(db, organisationId, seat.meetingId)).filter((a) => a.partId === currentPart.id).map((a) => a.text) : [];
	const wishes = seat.screen
		? (await listChangeWishes(db, organisationId, seat.seriesId)).filter((w) => w.meetingId === seat.meetingId).map((w) => w.text)
		: [];
	const agreements = seat.screen && currentPart?.kind === 'groupAgreements' ? (await listAgreements(db, organisationId, seat.seriesId)).map((a) => a.text) : [];
	return ok({
		seriesName: found.seriesName,
		meeting: { id: found.meeting.id, number: found.meeting.number, startsAt: found.meeting.startsAt },
		groups: await screenGroupsForCheckedMeeting(db, organisationId, seat.seriesId, seat.meetingId),
		run: { state, serverNow: now.getTime() },
		parts,
		phoneCode: code ? { shown: code.shown, qrSvg: code.qrSvg } : null,
		answers,
		wishes,
		agreements,
		named: seat.personId !== null,
		liveAfter
	});
}

export const roomSendKinds = ['answer', 'changeWish', 'signal'] as const;
export type RoomSendKind = (typeof roomSendKinds)[number];

export type RoomInput = {
	kind: RoomSendKind;
	text: string;
	/** Only a participant's own phone can send with a name; a code is shared by the room, so a name from it would be anyone's. */
	withName: boolean;
	/** Made by the phone for this one message; sending it again stores nothing new. */
	submissionId: string;
};

/** The phone's one form: which kind of message, its text, with or without a name, and its own id. */
export const roomSendSchema = z.object({
	kind: z.enum(roomSendKinds),
	text: field.text(limits.textMax),
	withName: field.checkbox(),
	submissionId: field.uuid()
});

export type RoomRefusal = Fail<'notFound'> | Fail<'invalid', { refusal: TextRefusal }> | Fail<'noQuestion'>;

/**
 * A phone sends an answer to the question on the screen, a change wish or a signal. Sent without a
 * name, nothing links it to the sender: no person in the row, no actor in the event. A signal never
 * has a name: the story it comes from is someone's own.
 */
export async function sendFromRoom(db: Db, guest: RoomGuest | null, input: RoomInput, lang: Language): Promise<Result<{ duplicate: boolean }, never> | RoomRefusal> {
	const found = await seatOf(db, guest);
	if (!found || found.seat.screen) return fail('notFound');
	const { seat } = found;
	const text = checkCapturedText(input.text);
	if (!text.ok) return fail('invalid', { refusal: text.refusal });
	const authorPersonId = input.withName && input.kind !== 'signal' ? seat.personId : null;
	const stored = await withTransaction(db, async (tx): Promise<Result<{ duplicate: boolean }, never> | Fail<'noQuestion'>> => {
		const about = { organisationId: seat.organisationId, actorId: null, subject: seat.meetingId };
		if (input.kind === 'answer') {
			const state = await findRunForCheckedMeeting(tx, seat.meetingId);
			const row = state.status === 'running' || state.status === 'paused' ? (await roomAgendaForCheckedMeeting(tx, seat.organisationId, seat.meetingId, lang))[state.partIndex] : undefined;
			const question = row?.question ?? '';
			if (!row || !question) return fail('noQuestion');
			const id = await insertAnswerForCheckedMeeting(tx, seat.meetingId, { partId: row.id, question, text: text.text, authorPersonId, submissionId: input.submissionId });
			if (id) await recordEvent(tx, { ...about, type: 'room.answerSent', payload: { answerId: id, anonymous: authorPersonId === null } });
			return ok({ duplicate: id === null });
		}
		if (input.kind === 'changeWish') {
			const id = await insertChangeWishForCheckedMeeting(tx, seat.seriesId, seat.meetingId, { text: text.text, authorPersonId, level: null, theme: null, submissionId: input.submissionId });
			if (id) await recordEvent(tx, { ...about, type: 'capture.changeWishAdded', payload: { wishId: id, anonymous: authorPersonId === null } });
			return ok({ duplicate: id === null });
		}
		const id = await insertSignalForCheckedMeeting(tx, seat.meetingId, 'signal', text.text, input.submissionId);
		if (id) await recordEvent(tx, { ...about, type: 'capture.signalAdded', payload: { signalId: id } });
		return ok({ duplicate: id === null });
	});
	return stored;
}

/** The events the room hears of; a note, a debrief or a personal link is not among them. */
const roomEvents: ReadonlySet<EventType> = new Set<EventType>([
	'meeting.runChanged',
	'agenda.made',
	'agenda.partEdited',
	'agenda.questionChosen',
	'agenda.partMoved',
	'agenda.partAdded',
	'agenda.partRemoved',
	'agenda.fitted',
	'agenda.restarted',
	'meeting.joinCodesOpened',
	'meeting.groupsMade',
	'meeting.groupsSwapped',
	'meeting.groupsLocked',
	'meeting.groupsUnlocked',
	'meeting.joinCodesClosed',
	'room.answerSent',
	'capture.changeWishAdded',
	'capture.changeWishEdited',
	'capture.changeWishRemoved',
	'capture.agreementAdded',
	'capture.agreementEdited',
	'capture.agreementRemoved'
]);

/** The room's live channel: only while the guest may be there, only the room's events. */
export async function roomLive(db: Db, guest: RoomGuest | null, lastEventId: number | null, signal: AbortSignal): Promise<Result<Response, 'notFound'>> {
	const found = await seatOf(db, guest);
	if (!found) return fail('notFound');
	return ok(
		liveStream({
			db,
			hub: await liveHub(),
			organisationId: found.seat.organisationId,
			topic: found.seat.meetingId,
			lastEventId,
			audience: (type) => roomEvents.has(type),
			signal
		})
	);
}
