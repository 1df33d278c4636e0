import { applyLiveCommand, type LiveCommand, type LiveRefusal, type LiveState } from '../domain/liveMeeting';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { listAgendaParts } from './db/repositories/agenda';
import { listAnswers } from './db/repositories/answers';
import { listChangeWishes, listSignals } from './db/repositories/capture';
import { findMeetingInSeries } from './db/repositories/grouping';
import { findRunForCheckedMeeting, lockRunForCheckedMeeting, saveRunForCheckedMeeting } from './db/repositories/meetingRun';
import { findSeries } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';

/** The run's state with the server's time at reading, so every screen can set its clock by it. */
export type RunState = { state: LiveState; serverNow: number };

/**
 * Moving between parts names the part the facilitator saw: when the other facilitator pressed
 * "next" a moment earlier, a second "next" would skip a part nobody meant to skip.
 */
export type RunCommand = LiveCommand & { at?: number };
export type RunRefusal = Fail<LiveRefusal> | Fail<'moved'>;

async function ledMeeting(db: Db, actor: Actor, seriesId: string, meetingId: string) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return null;
	return findMeetingInSeries(db, actor.organisationId, seriesId, meetingId);
}

/** The state as the facilitators' view reads it; the caller checked the meeting. */
export async function runStateForCheckedMeeting(db: Db, meetingId: string, now = new Date()): Promise<RunState> {
	return { state: await findRunForCheckedMeeting(db, meetingId), serverNow: now.getTime() };
}

/** The facilitators' controls: start, pause, next, extend, a pause moment… applied one at a time. */
export async function commandMeetingRun(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	command: RunCommand,
	now = new Date()
): Promise<Result<RunState, never> | NotFound | RunRefusal> {
	if (!(await ledMeeting(db, actor, seriesId, meetingId))) return fail('notFound');
	return withTransaction(db, async (tx): Promise<Result<RunState, never> | RunRefusal> => {
		const current = await lockRunForCheckedMeeting(tx, meetingId);
		if (command.at !== undefined && current.status !== 'notStarted' && command.at !== current.partIndex) return fail('moved');
		const parts = await listAgendaParts(tx, actor.organisationId, meetingId);
		const applied = applyLiveCommand(current, command, now.getTime(), parts.length);
		if (!applied.ok) return fail(applied.code);
		await saveRunForCheckedMeeting(tx, meetingId, applied.state, now);
		await recordEvent(tx, {
			organisationId: actor.organisationId,
			actorId: actor.userId,
			type: 'meeting.runChanged',
			subject: meetingId,
			payload: { command: command.type, partIndex: applied.state.partIndex, status: applied.state.status }
		});
		return ok({ state: applied.state, serverNow: now.getTime() });
	});
}

/**
 * What came in from the room during this meeting, for the facilitators: answers, change wishes and
 * signals, newest first. A name shows only where the sender gave it; the caller checked the meeting.
 */
export async function incomingForCheckedMeeting(db: Db, organisationId: string, seriesId: string, meetingId: string) {
	const [answers, wishes, signals] = await Promise.all([
		listAnswers(db, organisationId, meetingId),
		listChangeWishes(db, organisationId, seriesId),
		listSignals(db, organisationId, meetingId)
	]);
	return {
		answers: answers.map((a) => ({ id: a.id, partId: a.partId, question: a.question, text: a.text, authorName: a.authorName })).reverse(),
		wishes: wishes.filter((w) => w.meetingId === meetingId).map((w) => ({ id: w.id, text: w.text, authorName: w.authorName })).reverse(),
		signals: signals.map((s) => ({ id: s.id, kind: s.kind, text: s.text })).reverse()
	};
}
