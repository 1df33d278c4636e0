import { makeGroups, type GroupingNote, type GroupingParticipant, type GroupingScore } from '../domain/grouping';
import {
	attendanceMismatch,
	groupSizeChoiceFor,
	groupSizeChoices,
	groupsOf,
	heldGroups,
	meetingScore,
	membersOf,
	planSwap,
	seedFor,
	shortNames,
	type GroupingRefusal,
	type GroupSizeChoice
} from '../domain/groupingSession';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	claimAttendanceVersionForCheckedMeeting,
	findMeetingInSeries,
	listAttendance,
	listGroupMembers,
	listParticipants,
	listSeriesMeetings,
	moveGroupMembersForCheckedSeries,
	replaceGroupsForCheckedSeries,
	saveAttendanceForCheckedMeeting,
	setGroupsLockedAtForCheckedSeries
} from './db/repositories/grouping';
import { latestEventId } from './db/repositories/events';
import { findSeries } from './db/repositories/series';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Stale } from './versioning';
import type { Snapshot } from '../domain/changes';
import type { AttendanceStatus } from '../domain/vocabularies';

/** Long enough for a professional network of sixty over five meetings; a group of twelve needs far less. */
const TIME_LIMIT_MS = 1500;

/** A grouping refusal carries the domain's own reason, which `groupingRefusalText` words. */
type Outcome<T> = Result<T> | NotFound | Fail<'refused', { refusal: GroupingRefusal }>;
const refuse = (refusal: GroupingRefusal) => fail('refused', { refusal });
/** Who did it to which meeting, for `recordEvent`. */
const about = (actor: Actor, meetingId: string) => ({ organisationId: actor.organisationId, actorId: actor.userId, subject: meetingId });

/**
 * Everything about one meeting's grouping, after the permission check; any miss is `notFound`.
 * A page that follows the live channel asks for `liveAfter`: the meeting's newest event id, read
 * before the rest, so the channel replays every change the page's data may not show.
 */
async function load(db: Db, actor: Actor, seriesId: string, meetingId: string, forPage = false) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	const target = await findMeetingInSeries(db, actor.organisationId, seriesId, meetingId);
	if (!target) return fail('notFound');
	const liveAfter = forPage ? await latestEventId(db, actor.organisationId, meetingId) : 0;
	const [participants, meetings, attendanceRows, groupRows] = await Promise.all([
		listParticipants(db, actor.organisationId, seriesId),
		listSeriesMeetings(db, actor.organisationId, seriesId),
		listAttendance(db, actor.organisationId, seriesId),
		listGroupMembers(db, actor.organisationId, seriesId)
	]);
	const absentIn = (id: string) =>
		new Set(attendanceRows.filter((row) => row.meetingId === id && row.status !== 'present').map((row) => row.personId));
	/** Who sent word they would not come, apart from those who just stayed away. */
	const noticeIn = (id: string) =>
		new Set(attendanceRows.filter((row) => row.meetingId === id && row.status === 'absentWithNotice').map((row) => row.personId));
	const rowsOf = (id: string) => groupRows.filter((row) => row.meetingId === id);
	/** The locked meetings but `except`, without who was absent; `absentHere` overrides this meeting's saved attendance. */
	const history = (except: string, absentHere?: ReadonlySet<string>) =>
		meetings
			.filter((m) => m.groupsLockedAt && m.id !== except)
			.map((m) => heldGroups(groupsOf(rowsOf(m.id)), m.id === meetingId && absentHere ? absentHere : absentIn(m.id)));
	const engineParticipants: GroupingParticipant[] = participants.map((p) => ({ id: p.id, expert: p.experienceExpert, workField: p.workField }));
	return ok({ series: found, meeting: target, participants, meetings, absentIn, noticeIn, rowsOf, history, engineParticipants, liveAfter });
}

type Context = Extract<Awaited<ReturnType<typeof load>>, { ok: true }>['value'];

export interface AttendanceInput {
	/** The participants the form showed; the others keep what was saved before. */
	listed: string[];
	present: string[];
	/** Of those not present, who sent word (absent with notice); the others listed are absent. Present wins. */
	notice?: string[];
	/** The attendance version the form was loaded with. */
	version: Based;
}

/** The attendance as the checklist shows it: participant id → its status. */
function attendanceSnapshot(participantIds: string[], absent: ReadonlySet<string>, notice: ReadonlySet<string>): Snapshot {
	return Object.fromEntries(participantIds.map((id) => [id, statusOf(id, absent, notice)]));
}

const statusOf = (id: string, absent: ReadonlySet<string>, notice: ReadonlySet<string>): AttendanceStatus =>
	!absent.has(id) ? 'present' : notice.has(id) ? 'absentWithNotice' : 'absent';

/**
 * The attendance and its event in one transaction, over the version the checklist was loaded
 * with: another facilitator's save in between makes it stale, unless it already is what was sent.
 */
async function storeAttendanceRecorded(db: Db, actor: Actor, context: Context, input: AttendanceInput): Promise<Outcome<object> | Stale> {
	const known = new Set(context.participants.map((p) => p.id));
	const listed = new Set(input.listed);
	const notice = input.notice ?? [];
	if ([...input.listed, ...input.present, ...notice].some((id) => !known.has(id)) || [...input.present, ...notice].some((id) => !listed.has(id))) {
		return refuse({ code: 'unknownPerson' });
	}
	const present = new Set(input.present);
	const absentHere = new Set([...listed].filter((id) => !present.has(id)));
	const noticeHere = new Set(notice);
	const statuses = [...listed].map((personId) => ({ personId, status: statusOf(personId, absentHere, noticeHere) }));
	const saved = await withTransaction(db, async (tx) => {
		if ((await claimAttendanceVersionForCheckedMeeting(tx, context.meeting.id, input.version.version)) === null) return false;
		await saveAttendanceForCheckedMeeting(tx, context.meeting.id, statuses);
		const count = (status: AttendanceStatus) => statuses.filter((row) => row.status === status).length;
		const payload = { listed: input.listed.length, present: count('present'), absentWithNotice: count('absentWithNotice') };
		await recordEvent(tx, { ...about(actor, context.meeting.id), type: 'meeting.attendanceSaved', payload });
		return true;
	});
	if (saved) return ok({});
	const ids = context.participants.map((p) => p.id);
	const rows = await listAttendance(db, actor.organisationId, context.series.id);
	const here = rows.filter((row) => row.meetingId === context.meeting.id);
	const statusNow = (status: AttendanceStatus | 'notPresent') =>
		new Set(here.filter((row) => (status === 'notPresent' ? row.status !== 'present' : row.status === status)).map((row) => row.personId));
	const current = attendanceSnapshot(ids, statusNow('notPresent'), statusNow('absentWithNotice'));
	return afterConflict(input.version, current, { ...current, ...attendanceSnapshot([...listed], absentHere, noticeHere) });
}

/** Absent after the form is saved: the form decides for the people it listed, the saved rows for the rest. */
function absentAfter(context: Context, input: AttendanceInput): Set<string> {
	const listed = new Set(input.listed);
	const present = new Set(input.present);
	const absent = new Set([...context.absentIn(context.meeting.id)].filter((id) => !listed.has(id)));
	for (const id of listed) if (!present.has(id)) absent.add(id);
	return absent;
}

/** The meeting page: who is expected, the groups as they stand, and their score in plain figures. */
export async function meetingGrouping(db: Db, actor: Actor, seriesId: string, meetingId: string) {
	const loaded = await load(db, actor, seriesId, meetingId, true);
	if (!loaded.ok) return loaded;
	const context = loaded.value;
	const { series, meeting, participants, meetings } = context;
	const absent = context.absentIn(meeting.id);
	const notice = context.noticeIn(meeting.id);
	const rows = context.rowsOf(meeting.id);
	const groups = groupsOf(rows);
	const sizeChoice = groupSizeChoiceFor(series.kind, meeting.groupSizeMin, meeting.groupSizeMax);
	const names = new Map(rows.map((row) => [row.personId, row.name]));
	for (const p of participants) names.set(p.id, p.name);
	const present = participants.filter((p) => !absent.has(p.id)).map((p) => p.id);
	const mismatch = attendanceMismatch(groups, present);
	const locked = meeting.groupsLockedAt !== null;
	const scored = groups.length
		? meetingScore({
				participants: context.engineParticipants,
				history: context.history(meeting.id),
				groups: locked ? heldGroups(groups, absent) : groups,
				absent: [...absent],
				groupSize: groupSizeChoices[sizeChoice]
			})
		: null;
	const byId = new Map(rows.map((row) => [row.personId, row]));
	return ok({
		series: { id: series.id, name: series.name },
		meeting,
		participants: participants.map((p) => ({ ...p, status: statusOf(p.id, absent, notice) })),
		sizeChoice,
		groups: groups.map((ids, index) => ({
			number: index + 1,
			members: ids.map((id) => {
				const row = byId.get(id)!;
				return { id, name: row.name, experienceExpert: row.experienceExpert, workField: row.workField };
			})
		})),
		score: scored?.score ?? null,
		notes: scored?.notes ?? [],
		mismatch: locked
			? null
			: { ungrouped: mismatch.ungrouped.map((id) => names.get(id) ?? ''), notPresent: mismatch.notPresent.map((id) => names.get(id) ?? '') },
		/** Marked absent after the groups were locked: they stay in their group, but met nobody there. */
		absentFromLocked: locked ? mismatch.notPresent.map((id) => names.get(id) ?? '') : [],
		laterOpenMeetings: meetings.filter((m) => m.number > meeting.number && !m.groupsLockedAt).length,
		liveAfter: context.liveAfter,
		version: versionToken(meeting.attendanceVersion, attendanceSnapshot(participants.map((p) => p.id), absent, notice))
	});
}

export async function saveMeetingAttendance(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	input: AttendanceInput
): Promise<Outcome<object> | Stale> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	return storeAttendanceRecorded(db, actor, loaded.value, input);
}

export interface MakeGroupsInput extends AttendanceInput {
	size: GroupSizeChoice;
	/** This meeting only, or this one and every later meeting whose groups are not locked. */
	scope: 'meeting' | 'remaining';
}

/**
 * Saves who is present, then plans the groups. Locked meetings are the history: their pairs have
 * met. Several meetings are planned together, so they also avoid repeating each other's pairs.
 */
export async function makeMeetingGroups(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	input: MakeGroupsInput,
	clock: () => number = () => performance.now()
): Promise<Outcome<{ meetings: number; score: GroupingScore; notes: GroupingNote[] }> | Stale> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const context = loaded.value;
	const { meeting, meetings } = context;
	if (input.scope === 'meeting' && meeting.groupsLockedAt) return refuse({ code: 'locked' });
	const inScope = (m: (typeof meetings)[number]) => (input.scope === 'meeting' ? m.id === meeting.id : m.number >= meeting.number);
	const plan = meetings.filter((m) => !m.groupsLockedAt && inScope(m));
	if (!plan.length) return refuse({ code: 'nothingToPlan' });
	const stored = await storeAttendanceRecorded(db, actor, context, input);
	if (!stored.ok) return stored;
	const absentHere = absentAfter(context, input);
	const absentIn = (id: string) => [...(id === meeting.id ? absentHere : context.absentIn(id))];
	const groupSize = groupSizeChoices[input.size];
	const outcome = makeGroups(
		{
			participants: context.engineParticipants,
			rounds: plan.map((m) => ({ absent: absentIn(m.id) })),
			history: context.history('', absentHere),
			groupSize,
			seed: seedFor(plan[0]!.id),
			timeLimitMs: TIME_LIMIT_MS
		},
		clock
	);
	if (!outcome.ok) return refuse({ code: 'engine', error: outcome.error });
	const plans = plan.map((m, index) => ({ meetingId: m.id, members: membersOf(outcome.result.rounds[index] ?? []), groupSize }));
	// The engine ran outside the transaction: it may take seconds and holds no locks.
	const saved = await withTransaction(db, async (tx) => {
		if (!(await replaceGroupsForCheckedSeries(tx, seriesId, plans))) return false;
		for (const { meetingId: id, members } of plans) {
			const payload = { groups: new Set(members.map((m) => m.groupNumber)).size, grouped: members.length, scope: input.scope };
			await recordEvent(tx, { ...about(actor, id), type: 'meeting.groupsMade', payload });
		}
		return true;
	});
	if (!saved) return refuse({ code: 'locked' });
	return ok({ meetings: plan.length, score: outcome.result.score, notes: outcome.result.notes });
}

/** Exchanges two people's groups by hand; the page scores the result again when it loads. */
export async function swapInGroups(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	a: string,
	b: string
): Promise<Outcome<{ names: [string, string] }>> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const context = loaded.value;
	if (context.meeting.groupsLockedAt) return refuse({ code: 'locked' });
	const rows = context.rowsOf(meetingId);
	const swap = planSwap(rows, a, b);
	if (!swap.ok) return refuse({ code: swap.code });
	const moved = await withTransaction(db, async (tx) => {
		if (!(await moveGroupMembersForCheckedSeries(tx, seriesId, meetingId, swap.changes))) return false;
		await recordEvent(tx, { ...about(actor, meetingId), type: 'meeting.groupsSwapped', payload: { moved: swap.changes.length } });
		return true;
	});
	if (!moved) return refuse({ code: 'locked' });
	const name = (id: string) => rows.find((row) => row.personId === id)?.name ?? '';
	return ok({ names: [name(a), name(b)] as [string, string] });
}

/**
 * Locking says "these groups were used": later groupings count their pairs as met, and they can
 * no longer be remade or swapped. Unlocking is allowed, for a meeting locked by mistake.
 */
export async function lockGroups(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	locked: boolean,
	now = new Date()
): Promise<Outcome<object>> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const context = loaded.value;
	if (locked && !context.rowsOf(meetingId).length) return refuse({ code: 'noGroups' });
	await withTransaction(db, async (tx) => {
		await setGroupsLockedAtForCheckedSeries(tx, seriesId, meetingId, locked ? (context.meeting.groupsLockedAt ?? now) : null);
		await recordEvent(tx, { ...about(actor, meetingId), type: locked ? 'meeting.groupsLocked' : 'meeting.groupsUnlocked', payload: {} });
	});
	return ok({});
}

/** The projector: group numbers and short names only. */
/** The groups as the room's screen shows them: short names only. */
function screenGroups(rows: { personId: string; name: string; groupNumber: number }[]) {
	const short = shortNames(rows.map((row) => ({ id: row.personId, name: row.name })));
	return groupsOf(rows).map((ids, index) => ({ number: index + 1, names: ids.map((id) => short.get(id) ?? '') }));
}

export async function meetingScreen(db: Db, actor: Actor, seriesId: string, meetingId: string) {
	const loaded = await load(db, actor, seriesId, meetingId, true);
	if (!loaded.ok) return loaded;
	const context = loaded.value;
	return ok({
		series: { id: context.series.id, name: context.series.name },
		meeting: { id: context.meeting.id, number: context.meeting.number, deciding: context.meeting.deciding },
		groups: screenGroups(context.rowsOf(meetingId)),
		liveAfter: context.liveAfter
	});
}

/**
 * The same groups for a screen or phone that joined the meeting with a code; the caller checked
 * that the code opens this meeting of this organisation's series.
 */
export async function screenGroupsForCheckedMeeting(db: Db, organisationId: string, seriesId: string, meetingId: string) {
	const rows = await listGroupMembers(db, organisationId, seriesId);
	return screenGroups(rows.filter((row) => row.meetingId === meetingId));
}
