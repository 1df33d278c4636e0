import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { GroupMember } from '../../../domain/groupingSession';
import type { AttendanceStatus } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { attendance, meeting, meetingGroup, person, series, seriesPerson } from '../schema';
import { claimVersion } from './versions';

export async function findMeetingInSeries(db: Db, organisationId: string, seriesId: string, meetingId: string) {
	const rows = await db
		.select({
			id: meeting.id,
			number: meeting.number,
			date: meeting.date,
			startTime: meeting.startTime,
			startsAt: meeting.startsAt,
			durationMinutes: meeting.durationMinutes,
			deciding: meeting.deciding,
			groupSizeMin: meeting.groupSizeMin,
			groupSizeMax: meeting.groupSizeMax,
			groupsLockedAt: meeting.groupsLockedAt,
			attendanceVersion: meeting.attendanceVersion
		})
		.from(meeting)
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(meeting.seriesId, seriesId), eq(meeting.id, meetingId)));
	return rows[0] ?? null;
}

export function listSeriesMeetings(db: Db, organisationId: string, seriesId: string) {
	return db
		.select({ id: meeting.id, number: meeting.number, date: meeting.date, deciding: meeting.deciding, groupsLockedAt: meeting.groupsLockedAt })
		.from(meeting)
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(meeting.seriesId, seriesId)))
		.orderBy(asc(meeting.number));
}

/** Participants only: the facilitators lead the groups rather than join them. */
export function listParticipants(db: Db, organisationId: string, seriesId: string) {
	return db
		.select({ id: person.id, name: person.name, experienceExpert: person.experienceExpert, workField: person.workField })
		.from(seriesPerson)
		.innerJoin(person, eq(person.id, seriesPerson.personId))
		.where(
			and(eq(person.organisationId, organisationId), eq(seriesPerson.seriesId, seriesId), eq(seriesPerson.role, 'participant'))
		)
		.orderBy(asc(person.name), asc(person.id));
}

export function listAttendance(db: Db, organisationId: string, seriesId: string) {
	return db
		.select({ meetingId: attendance.meetingId, personId: attendance.personId, status: attendance.status })
		.from(attendance)
		.innerJoin(meeting, eq(meeting.id, attendance.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(meeting.seriesId, seriesId)));
}

/** Every group of every meeting in the series, with what the page shows of each member. */
export function listGroupMembers(db: Db, organisationId: string, seriesId: string) {
	return db
		.select({
			meetingId: meetingGroup.meetingId,
			personId: meetingGroup.personId,
			groupNumber: meetingGroup.groupNumber,
			name: person.name,
			experienceExpert: person.experienceExpert,
			workField: person.workField
		})
		.from(meetingGroup)
		.innerJoin(meeting, eq(meeting.id, meetingGroup.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.innerJoin(person, eq(person.id, meetingGroup.personId))
		.where(and(eq(series.organisationId, organisationId), eq(meeting.seriesId, seriesId)))
		.orderBy(asc(meetingGroup.groupNumber), asc(person.name), asc(person.id));
}

/** Bumps the meeting's attendance version while it still is `expected` (`claimVersion`); the new version or null. */
export function claimAttendanceVersionForCheckedMeeting(db: Db, meetingId: string, expected: number): Promise<number | null> {
	return claimVersion(db, meeting, 'attendanceVersion', eq(meeting.id, meetingId), expected);
}

/** The caller has checked that meeting and people belong to the series. */
export async function saveAttendanceForCheckedMeeting(db: Db, meetingId: string, rows: { personId: string; status: AttendanceStatus }[]) {
	if (!rows.length) return;
	await db
		.insert(attendance)
		.values(rows.map((row) => ({ ...row, meetingId })))
		.onConflictDoUpdate({
			target: [attendance.meetingId, attendance.personId],
			set: { status: sql`excluded.status` }
		});
}

export interface GroupPlan {
	meetingId: string;
	members: GroupMember[];
	groupSize: { min: number; max: number };
}

/**
 * Replaces the groups of several meetings at once, or of none: when any of them was locked in the
 * meantime (another facilitator, another tab), nothing changes and the answer is false.
 */
export async function replaceGroupsForCheckedSeries(db: Db, seriesId: string, plans: GroupPlan[]): Promise<boolean> {
	return db.transaction(async (tx) => {
		const ids = plans.map((p) => p.meetingId);
		const open = await tx
			.select({ id: meeting.id })
			.from(meeting)
			.where(and(eq(meeting.seriesId, seriesId), inArray(meeting.id, ids), isNull(meeting.groupsLockedAt)))
			.for('update');
		if (open.length !== new Set(ids).size) return false;
		for (const { meetingId, members, groupSize } of plans) {
			await tx.update(meeting).set({ groupSizeMin: groupSize.min, groupSizeMax: groupSize.max }).where(eq(meeting.id, meetingId));
			await tx.delete(meetingGroup).where(eq(meetingGroup.meetingId, meetingId));
			if (members.length) await tx.insert(meetingGroup).values(members.map((m) => ({ ...m, meetingId })));
		}
		return true;
	});
}

/** Moves people to other groups of one meeting, unless it was locked in the meantime. */
export async function moveGroupMembersForCheckedSeries(db: Db, seriesId: string, meetingId: string, changes: GroupMember[]): Promise<boolean> {
	return db.transaction(async (tx) => {
		const open = await tx
			.select({ id: meeting.id })
			.from(meeting)
			.where(and(eq(meeting.seriesId, seriesId), eq(meeting.id, meetingId), isNull(meeting.groupsLockedAt)))
			.for('update');
		if (!open.length) return false;
		for (const { personId, groupNumber } of changes) {
			await tx
				.update(meetingGroup)
				.set({ groupNumber })
				.where(and(eq(meetingGroup.meetingId, meetingId), eq(meetingGroup.personId, personId)));
		}
		return true;
	});
}

export async function setGroupsLockedAtForCheckedSeries(db: Db, seriesId: string, meetingId: string, lockedAt: Date | null) {
	await db
		.update(meeting)
		.set({ groupsLockedAt: lockedAt })
		.where(and(eq(meeting.seriesId, seriesId), eq(meeting.id, meetingId)));
}
