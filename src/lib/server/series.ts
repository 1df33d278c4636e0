import type { Snapshot } from '../domain/changes';
import { compositionAdvice } from '../domain/composition';
import { dutchHolidayLookup, dutchPublicHolidays, type HolidayKey } from '../domain/holidays';
import { seriesKinds, type SeriesKind, type SeriesMode, type SeriesRole } from '../domain/vocabularies';
import { fromInstant, movesIntoPast, planMeetings, scheduleDefaults, scheduleAdvice, slotChanged, toInstant } from '../domain/schedule';
import { ownTemplatesFor, planAgendas } from './agenda';
import { recordView } from './audit';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findRegion, listRegions } from './db/repositories/regions';
import {
	claimSeriesVersion,
	deleteSeries,
	dropOtherModePlaces,
	existingPersonIds,
	findSeries,
	insertSeries,
	listMeetings,
	listPeopleForPicking,
	listSeries,
	listSeriesPeople,
	replacePeopleForCheckedSeries,
	seriesContentsForCheckedSeries,
	updateMeetingsForCheckedSeries,
	updateSeriesSettings
} from './db/repositories/series';
import { countSignupsForCheckedSeries } from './db/repositories/signups';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, stale, versionToken, type Based, type Saved, type Stale } from './versioning';

export const todayInAmsterdam = (now = new Date()) => fromInstant(now).date;

/** Enough cards to scan on one screen; a region with more series pages through them. */
export const seriesPerPage = 24;

export async function seriesOverview(db: Db, actor: Actor, page = 1, now = new Date()) {
	if (!can.listSeries(actor)) return fail('notFound');
	const onlyLed = actor.role === 'facilitator' ? actor.ledSeriesIds : null;
	const rows = await listSeries(db, actor.organisationId, onlyLed, todayInAmsterdam(now), {
		limit: seriesPerPage,
		offset: (page - 1) * seriesPerPage
	});
	const total = rows[0]?.total ?? 0;
	return ok({ series: rows, page, pages: Math.max(1, Math.ceil(total / seriesPerPage)), total, canCreate: can.createSeries(actor) });
}

/** What the new-series form starts from: the regions to pick and each kind's usual schedule. */
export async function newSeriesForm(db: Db, actor: Actor, now = new Date()) {
	if (!can.createSeries(actor)) return fail('notFound');
	return ok({
		regions: await listRegions(db, actor.organisationId),
		defaults: Object.fromEntries(seriesKinds.map((k) => [k, scheduleDefaults(k)])),
		today: todayInAmsterdam(now)
	});
}

export interface NewSeries {
	name: string;
	kind: SeriesKind;
	mode: SeriesMode;
	regionId: string | null;
	partnerOrganisations: string[];
	startDate: string;
	startTime: string;
	intervalDays: number;
	durationMinutes: number;
	count: number;
	includeDecidingMeeting: boolean;
	location: string | null;
	onlineLink: string | null;
}

export type CreateSeriesResult = Result<{ id: string }, 'notFound'> | Fail<'unknownRegion' | 'inPast', { field: 'regionId' | 'startDate' }>;

/** Creates a series with all its meetings planned up front (issue #2 item 6). */
export async function createSeries(db: Db, actor: Actor, input: NewSeries, now = new Date()): Promise<CreateSeriesResult> {
	if (!can.createSeries(actor)) return fail('notFound');
	if (input.regionId && !(await findRegion(db, actor.organisationId, input.regionId))) return fail('unknownRegion', { field: 'regionId' });
	if (movesIntoPast(input.startDate, todayInAmsterdam(now))) return fail('inPast', { field: 'startDate' });
	const planned = planMeetings(input).map((p) => ({
		...p,
		startsAt: toInstant(p.date, p.startTime),
		location: input.mode === 'onLocation' ? input.location : null,
		onlineLink: input.mode === 'online' ? input.onlineLink : null
	}));
	const own = await ownTemplatesFor(db, actor.organisationId, input.kind, planned);
	// Each meeting's agenda is made with it, from its template: the group's own from then on.
	const id = await withTransaction(db, async (tx) => {
		const id = await insertSeries(
			tx,
			{
				organisationId: actor.organisationId,
				name: input.name,
				kind: input.kind,
				mode: input.mode,
				regionId: input.regionId,
				partnerOrganisations: input.partnerOrganisations
			},
			planned
		);
		await planAgendas(tx, input.kind, await listMeetings(tx, id), own);
		return id;
	});
	return ok({ id });
}

type FoundSeries = NonNullable<Awaited<ReturnType<typeof findSeries>>>;

async function visibleSeries(db: Db, actor: Actor, id: string): Promise<Result<FoundSeries, 'notFound'>> {
	const found = await findSeries(db, actor.organisationId, id);
	return found && can.viewSeries(actor, found) ? ok(found) : fail('notFound');
}

export async function editableSeries(db: Db, actor: Actor, id: string): Promise<Result<FoundSeries, 'notFound'>> {
	const found = await visibleSeries(db, actor, id);
	return !found.ok || can.editSeries(actor, found.value) ? found : fail('notFound');
}

/** Holidays of the years a schedule touches, as a plain map the browser can use while editing. */
export function holidaysAround(dates: string[]): Record<string, HolidayKey> {
	// The year after too: a date moved past New Year's Eve while editing still gets its warning.
	const years = new Set(dates.flatMap((d) => [Number(d.slice(0, 4)), Number(d.slice(0, 4)) + 1]));
	return Object.fromEntries([...years].flatMap((year) => dutchPublicHolidays(year).map((h) => [h.date, h.key])));
}

/** Everything the series page shows; stakeholders get the outcome figures only, no names. */
export async function seriesDetail(db: Db, actor: Actor, id: string, now = new Date()) {
	const visible = await visibleSeries(db, actor, id);
	if (!visible.ok) return visible;
	const found = visible.value;
	const [seriesPeople, meetings] = await Promise.all([listSeriesPeople(db, id), listMeetings(db, id)]);
	const participants = seriesPeople.filter((p) => p.role === 'participant');
	const facilitators = seriesPeople.filter((p) => p.role === 'facilitator');
	const advice = compositionAdvice({ kind: found.kind, mode: found.mode, participants, facilitators, partnerOrganisations: found.partnerOrganisations });
	const today = todayInAmsterdam(now);
	const upcoming = meetings.filter((m) => m.date >= today);
	const datesAdvice = scheduleAdvice({ kind: found.kind, meetings: upcoming, today }, dutchHolidayLookup());
	const showPeople = can.viewSeriesPeople(actor, found);
	return ok({
		series: found,
		region: found.regionId ? await findRegion(db, actor.organisationId, found.regionId) : null,
		people: showPeople ? seriesPeople : null,
		counts: {
			participants: participants.length,
			facilitators: facilitators.length,
			livedExperience: participants.filter((p) => p.livedExperience).length
		},
		advice,
		meetings,
		scheduleAdvice: datesAdvice,
		canEdit: can.editSeries(actor, found),
		/** Public sign-ups waiting for whoever edits the series (issue #12 item 7). */
		waitingSignups: can.editSeries(actor, found) ? await countSignupsForCheckedSeries(db, actor.organisationId, id) : 0,
		/** The series' change wishes are read by who captures them: never a stakeholder. */
		canReadWishes: can.captureMeeting(actor, found),
		canDelete: can.deleteSeries(actor, found)
	});
}

/** The people of a series as its form shows them: person id → role. */
const peopleSnapshot = (inSeries: { id: string; role: SeriesRole }[]): Snapshot =>
	Object.fromEntries(inSeries.map((m) => [m.id, m.role]));

export async function seriesPeopleForEditing(db: Db, actor: Actor, id: string) {
	const found = await editableSeries(db, actor, id);
	if (!found.ok) return found;
	const [people, inSeries] = await Promise.all([listPeopleForPicking(db, actor.organisationId), listSeriesPeople(db, id)]);
	const roles = peopleSnapshot(inSeries) as Record<string, SeriesRole>;
	await recordView(db, actor, 'seriesPeople.viewed', people.map((p) => p.id));
	return ok({ series: found.value, people, roles, version: versionToken(found.value.peopleVersion, roles) });
}

/**
 * Saves the group over the version the form was opened with, in one transaction. Ids from another
 * organisation, or one person twice (a tampered form), are refused as a whole.
 */
export async function saveSeriesPeople(
	db: Db,
	actor: Actor,
	id: string,
	based: Based,
	chosen: { personId: string; role: SeriesRole }[]
): Promise<Saved | NotFound | Fail<'unknownPerson'>> {
	const found = await editableSeries(db, actor, id);
	if (!found.ok) return found;
	const ids = chosen.map((m) => m.personId);
	const known = await existingPersonIds(db, actor.organisationId, ids);
	if (ids.some((p) => !known.has(p)) || new Set(ids).size !== ids.length) return fail('unknownPerson');
	const saved = await withTransaction(db, async (tx) => {
		if ((await claimSeriesVersion(tx, actor.organisationId, id, 'people', based.version)) === null) return false;
		const before = new Set((await listSeriesPeople(tx, id)).map((m) => m.id));
		await replacePeopleForCheckedSeries(tx, id, chosen);
		const after = new Set(ids);
		const payload = { added: ids.filter((p) => !before.has(p)).length, removed: [...before].filter((p) => !after.has(p)).length };
		await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'series.participantsChanged', subject: id, payload });
		return true;
	});
	if (saved) return ok({});
	const submitted = peopleSnapshot(chosen.map((m) => ({ id: m.personId, role: m.role })));
	return afterConflict(based, peopleSnapshot(await listSeriesPeople(db, id)), submitted);
}

/** The schedule as its form shows it: meeting id → what can be edited of it. */
const scheduleSnapshot = (meetings: MeetingChange[]): Snapshot =>
	Object.fromEntries(
		meetings.map((m) => [m.id, JSON.stringify([m.date, m.startTime, m.durationMinutes, m.location ?? '', m.onlineLink ?? ''])])
	);

export async function scheduleForEditing(db: Db, actor: Actor, id: string) {
	const found = await editableSeries(db, actor, id);
	if (!found.ok) return found;
	const meetings = await listMeetings(db, id);
	return ok({
		series: found.value,
		meetings,
		holidays: holidaysAround(meetings.map((m) => m.date)),
		version: versionToken(found.value.scheduleVersion, scheduleSnapshot(meetings))
	});
}

export interface MeetingChange {
	id: string;
	date: string;
	startTime: string;
	durationMinutes: number;
	location: string | null;
	onlineLink: string | null;
}

export type SaveScheduleResult = Saved | NotFound | Fail<'unknownMeeting'> | Fail<'inPast', { meetingIds: string[] }>;

/**
 * Saves edited dates over the version the form was opened with, in one transaction; a meeting id
 * that is not in this series, one meeting twice, or a date moved into the past makes the whole
 * save fail.
 */
export async function saveSchedule(
	db: Db,
	actor: Actor,
	id: string,
	based: Based,
	changes: MeetingChange[],
	now = new Date()
): Promise<SaveScheduleResult> {
	const found = await editableSeries(db, actor, id);
	if (!found.ok) return found;
	const stored = new Map((await listMeetings(db, id)).map((m) => [m.id, m]));
	const ids = changes.map((c) => c.id);
	if (ids.some((m) => !stored.has(m)) || new Set(ids).size !== ids.length) return fail('unknownMeeting');
	const today = todayInAmsterdam(now);
	const inPast = changes.filter((c) => movesIntoPast(c.date, today, stored.get(c.id)!.date)).map((c) => c.id);
	if (inPast.length) return fail('inPast', { meetingIds: inPast });
	const saved = await withTransaction(db, async (tx) => {
		if ((await claimSeriesVersion(tx, actor.organisationId, id, 'schedule', based.version)) === null) return false;
		await updateMeetingsForCheckedSeries(
			tx,
			id,
			changes.map((c) => ({ ...c, startsAt: toInstant(c.date, c.startTime), moved: slotChanged(stored.get(c.id)!, c) }))
		);
		return true;
	});
	if (saved) return ok({});
	const current = scheduleSnapshot(await listMeetings(db, id));
	// The form may list only some meetings; the others count as they are.
	return afterConflict(based, current, { ...current, ...scheduleSnapshot(changes) });
}

/** The settings as their form shows them, keyed by the form's field names. */
const settingsSnapshot = (s: { name: string; mode: SeriesMode; regionId: string | null; partnerOrganisations: string[] }): Snapshot => ({
	name: s.name,
	mode: s.mode,
	regionId: s.regionId ?? '',
	partnerOrganisations: s.partnerOrganisations.join('\n')
});

export async function settingsForEditing(db: Db, actor: Actor, id: string) {
	const found = await editableSeries(db, actor, id);
	if (!found.ok) return found;
	return ok({ series: found.value, version: versionToken(found.value.settingsVersion, settingsSnapshot(found.value)) });
}

export async function saveSeriesSettings(
	db: Db,
	actor: Actor,
	id: string,
	based: Based,
	input: { name: string; mode: SeriesMode; regionId: string | null; partnerOrganisations: string[] }
): Promise<Saved | NotFound | Fail<'unknownRegion', { field: 'regionId' }>> {
	const found = await editableSeries(db, actor, id);
	if (!found.ok) return found;
	if (input.regionId && !(await findRegion(db, actor.organisationId, input.regionId))) return fail('unknownRegion', { field: 'regionId' });
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateSeriesSettings(tx, actor.organisationId, id, based.version, input)) === null) return false;
		await dropOtherModePlaces(tx, actor.organisationId, id, input.mode);
		return true;
	});
	if (saved) return ok({});
	const current = await editableSeries(db, actor, id);
	if (!current.ok) return current;
	return afterConflict(based, settingsSnapshot(current.value), settingsSnapshot(input));
}

export async function seriesForCalendar(db: Db, actor: Actor, id: string) {
	const found = await visibleSeries(db, actor, id);
	if (!found.ok) return found;
	return ok({ series: found.value, meetings: await listMeetings(db, id) });
}

/** The series' deletion page: its name, what goes with it, and the settings version it is based on. */
export async function seriesRemovalFor(db: Db, actor: Actor, id: string) {
	const found = await findSeries(db, actor.organisationId, id);
	if (!found || !can.deleteSeries(actor, found)) return fail('notFound');
	return ok({
		series: { id: found.id, name: found.name },
		contents: await seriesContentsForCheckedSeries(db, id),
		version: versionToken(found.settingsVersion, settingsSnapshot(found))
	});
}

/**
 * Deletes a series with everything that hangs from it (meetings, agendas, captured items, photos,
 * its people's places and personal links; the people themselves stay). Based on the settings
 * version the page showed: a series renamed or moved since is refused as stale. What a meeting
 * captures carries no series version, so the page's counts are those of the moment it was shown.
 */
export async function removeSeries(db: Db, actor: Actor, id: string, based: Based): Promise<Result<Record<string, never>> | Stale | NotFound> {
	const found = await findSeries(db, actor.organisationId, id);
	if (!found || !can.deleteSeries(actor, found)) return fail('notFound');
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx) => {
		const contents = await seriesContentsForCheckedSeries(tx, id);
		if (await deleteSeries(tx, organisationId, id, based.version)) {
			const payload = { meetings: contents.meetings, captured: contents.captured, photos: contents.photos };
			await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'series.deleted', subject: id, payload });
			return ok({});
		}
		const current = await findSeries(tx, organisationId, id);
		return current ? stale(based, settingsSnapshot(current)) : fail('notFound');
	});
}
