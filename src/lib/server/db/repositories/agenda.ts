import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agendaPart, agendaTemplate, meeting, series, user, type OwnTemplatePart } from '../schema';
import { claimVersion, removeVersioned } from './versions';

/** What a new agenda part holds; the agenda's order is the order given. */
export type NewAgendaPart = OwnTemplatePart & { templateId: string | null };

export type AgendaPartRow = typeof agendaPart.$inferSelect;

/** The texts a part edit may change, and its minutes; null texts follow the template. */
export type AgendaPartValues = Pick<AgendaPartRow, 'title' | 'yields' | 'notes' | 'question' | 'minutes' | 'shortest' | 'longest' | 'format'>;

/** The meeting's parts in order, only when the meeting belongs to the organisation. */
export function listAgendaParts(db: Db, organisationId: string, meetingId: string): Promise<AgendaPartRow[]> {
	return db
		.select({ part: agendaPart })
		.from(agendaPart)
		.innerJoin(meeting, eq(meeting.id, agendaPart.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(agendaPart.meetingId, meetingId)))
		.orderBy(asc(agendaPart.position), asc(agendaPart.id))
		.then((rows) => rows.map((row) => row.part));
}

/** A meeting of the series with what its agenda needs; null for another series or organisation. */
export async function findMeetingForAgenda(db: Db, organisationId: string, seriesId: string, meetingId: string) {
	const rows = await db
		.select({
			id: meeting.id,
			number: meeting.number,
			date: meeting.date,
			startTime: meeting.startTime,
			durationMinutes: meeting.durationMinutes,
			deciding: meeting.deciding,
			agendaTemplateId: meeting.agendaTemplateId,
			agendaVersion: meeting.agendaVersion
		})
		.from(meeting)
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.where(and(eq(series.organisationId, organisationId), eq(meeting.seriesId, seriesId), eq(meeting.id, meetingId)));
	return rows[0] ?? null;
}

/**
 * Locks the meeting's row for the rest of the caller's transaction, so agenda changes of one
 * meeting (a first visit making it, moves, additions) happen one after the other.
 */
export async function lockAgendaForCheckedMeeting(db: Db, meetingId: string) {
	const rows = await db
		.select({ templateId: meeting.agendaTemplateId, version: meeting.agendaVersion })
		.from(meeting)
		.where(eq(meeting.id, meetingId))
		.for('update');
	return rows[0] ?? null;
}

/** Moves the agenda's version on; every agenda change calls it in its transaction. */
export async function bumpAgendaVersionForCheckedMeeting(db: Db, meetingId: string) {
	await db.update(meeting).set({ agendaVersion: sql`${meeting.agendaVersion} + 1` }).where(eq(meeting.id, meetingId));
}

/** Claims the agenda's version for a whole-agenda operation (`claimVersion`); null when it moved on. */
export function claimAgendaVersionForCheckedMeeting(db: Db, meetingId: string, expected: number, templateId?: string) {
	return claimVersion(db, meeting, 'agendaVersion', eq(meeting.id, meetingId), expected, templateId ? { agendaTemplateId: templateId } : {});
}

/** Replaces the meeting's whole agenda with `parts` and notes the template it came from. */
export async function replaceAgendaForCheckedMeeting(db: Db, meetingId: string, templateId: string, parts: NewAgendaPart[]) {
	await db.delete(agendaPart).where(eq(agendaPart.meetingId, meetingId));
	await db.update(meeting).set({ agendaTemplateId: templateId }).where(eq(meeting.id, meetingId));
	if (parts.length) await db.insert(agendaPart).values(parts.map((part, position) => ({ ...part, meetingId, position })));
}

/** Saves one part over its version `expected` (`claimVersion`); the new version or null. */
export function updateAgendaPartForCheckedMeeting(db: Db, meetingId: string, partId: string, expected: number, values: Partial<AgendaPartValues>) {
	return claimVersion(db, agendaPart, 'version', and(eq(agendaPart.meetingId, meetingId), eq(agendaPart.id, partId)), expected, values);
}

/** New minutes for several parts at once (fitting the agenda to a length); each part's version moves. */
export async function setMinutesForCheckedMeeting(db: Db, meetingId: string, minutes: { id: string; minutes: number }[]) {
	for (const part of minutes) {
		await db
			.update(agendaPart)
			.set({ minutes: part.minutes, version: sql`${agendaPart.version} + 1` })
			.where(and(eq(agendaPart.meetingId, meetingId), eq(agendaPart.id, part.id)));
	}
}

/** Writes the order: each id's position is its index. */
export async function setOrderForCheckedMeeting(db: Db, meetingId: string, order: string[]) {
	for (const [position, id] of order.entries()) {
		await db.update(agendaPart).set({ position }).where(and(eq(agendaPart.meetingId, meetingId), eq(agendaPart.id, id)));
	}
}

export async function insertAgendaPartForCheckedMeeting(db: Db, meetingId: string, position: number, part: NewAgendaPart): Promise<string> {
	const [row] = await db.insert(agendaPart).values({ ...part, meetingId, position }).returning({ id: agendaPart.id });
	return row!.id;
}

export async function deleteAgendaPartForCheckedMeeting(db: Db, meetingId: string, partId: string): Promise<boolean> {
	const rows = await db
		.delete(agendaPart)
		.where(and(eq(agendaPart.meetingId, meetingId), eq(agendaPart.id, partId)))
		.returning({ id: agendaPart.id });
	return rows.length > 0;
}

/** The organisation's own templates based on any of `basedOn`. */
export function listOwnTemplates(db: Db, organisationId: string, basedOn: string[]) {
	if (!basedOn.length) return Promise.resolve([]);
	return db
		.select()
		.from(agendaTemplate)
		.where(and(eq(agendaTemplate.organisationId, organisationId), inArray(agendaTemplate.basedOn, basedOn)));
}

/** Saves the organisation's own template based on `basedOn`, replacing the one it had. */
export async function saveOwnTemplate(
	db: Db,
	organisationId: string,
	values: { basedOn: string; name: string; parts: OwnTemplatePart[]; createdBy: string }
) {
	await db
		.insert(agendaTemplate)
		.values({ ...values, organisationId })
		.onConflictDoUpdate({
			target: [agendaTemplate.organisationId, agendaTemplate.basedOn],
			set: { name: values.name, parts: values.parts, createdBy: values.createdBy, createdAt: sql`now()`, version: sql`${agendaTemplate.version} + 1` }
		});
}

/** An own template as its page shows it: who saved it last by name (null once their account is gone). */
const templateWithSaver = {
	id: agendaTemplate.id,
	organisationId: agendaTemplate.organisationId,
	basedOn: agendaTemplate.basedOn,
	name: agendaTemplate.name,
	parts: agendaTemplate.parts,
	savedAt: agendaTemplate.createdAt,
	savedBy: user.name,
	version: agendaTemplate.version
};

/** Every own template of the organisation. */
export function listOrganisationTemplates(db: Db, organisationId: string) {
	return db
		.select(templateWithSaver)
		.from(agendaTemplate)
		.leftJoin(user, eq(user.id, agendaTemplate.createdBy))
		.where(eq(agendaTemplate.organisationId, organisationId));
}

/** One own template of the organisation; null for another organisation's id. */
export async function findOwnTemplate(db: Db, organisationId: string, id: string) {
	const rows = await db
		.select(templateWithSaver)
		.from(agendaTemplate)
		.leftJoin(user, eq(user.id, agendaTemplate.createdBy))
		.where(and(eq(agendaTemplate.organisationId, organisationId), eq(agendaTemplate.id, id)));
	return rows[0] ?? null;
}

/** Removes an own template while it is at version `expected`: saved again since, it stays. */
export function removeOwnTemplate(db: Db, organisationId: string, id: string, expected: number) {
	return removeVersioned(
		db,
		agendaTemplate,
		and(eq(agendaTemplate.organisationId, organisationId), eq(agendaTemplate.id, id)),
		eq(agendaTemplate.version, expected)
	);
}
