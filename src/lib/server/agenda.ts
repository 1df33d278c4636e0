import type { Snapshot } from '../domain/changes';
import { againstPlan, agendaTotal, clockTimes, moveDown, moveUp, retime } from '../domain/agenda';
import { groupSizeChoiceForForm } from '../domain/groupingSession';
import type { GroupForm, SeriesKind } from '../domain/vocabularies';
import { activityFormat, isActivityFormatId } from '../content/activityFormats';
import type { Localised } from '../content/localised';
import type { AgendaPartKind } from '../content/meetingSkeleton';
import { activityFormatIds, type MeetingTemplateId } from '../content/meetingScript';
import { isMeetingTemplateId, meetingTemplates, templateFor } from '../content/meetingTemplates';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	bumpAgendaVersionForCheckedMeeting,
	claimAgendaVersionForCheckedMeeting,
	deleteAgendaPartForCheckedMeeting,
	findMeetingForAgenda,
	insertAgendaPartForCheckedMeeting,
	listAgendaParts,
	listOwnTemplates,
	lockAgendaForCheckedMeeting,
	replaceAgendaForCheckedMeeting,
	saveOwnTemplate,
	setMinutesForCheckedMeeting,
	setOrderForCheckedMeeting,
	updateAgendaPartForCheckedMeeting,
	type AgendaPartRow,
	type AgendaPartValues,
	type NewAgendaPart
} from './db/repositories/agenda';
import { listActivityFormats } from './db/repositories/activityFormats';
import { latestEventId } from './db/repositories/events';
import { findSeries } from './db/repositories/series';
import type { OwnTemplatePart } from './db/schema';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import type { EventMap } from './events/types';
import { fail, ok, type Fail, type NotFound, type Result } from './result';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

export type Language = keyof Localised;

/** Who did it to which meeting, for `recordEvent`: the meeting is the live channel's topic. */
const about = (actor: Actor, meetingId: string) => ({ organisationId: actor.organisationId, actorId: actor.userId, subject: meetingId });

/** A built-in template's parts as a new agenda: every text null, so it follows the reader's language. */
function standardParts(templateId: MeetingTemplateId): NewAgendaPart[] {
	return meetingTemplates[templateId].parts.map((part) => ({
		templateId,
		templateKey: part.key,
		kind: part.kind,
		title: null,
		yields: null,
		notes: null,
		question: null,
		minutes: part.minutes,
		shortest: part.shortest,
		longest: part.longest,
		format: part.formats[0] ?? null
	}));
}

type OwnTemplate = { basedOn: string; parts: OwnTemplatePart[] };

const ownParts = (templateId: MeetingTemplateId, own: OwnTemplate): NewAgendaPart[] => own.parts.map((part) => ({ ...part, templateId }));

/**
 * Makes the agendas of newly planned meetings, in the caller's transaction: each from its
 * template, or from the organisation's own template based on it when there is one.
 */
export async function planAgendas(
	tx: Db,
	kind: SeriesKind,
	meetings: { id: string; number: number; deciding: boolean }[],
	own: OwnTemplate[]
) {
	for (const m of meetings) {
		const templateId = templateFor(kind, m.number, m.deciding);
		const mine = own.find((t) => t.basedOn === templateId);
		await replaceAgendaForCheckedMeeting(tx, m.id, templateId, mine ? ownParts(templateId, mine) : standardParts(templateId));
	}
}

/** The organisation's own templates for the meetings of a series about to be planned. */
export function ownTemplatesFor(db: Db, organisationId: string, kind: SeriesKind, meetings: { number: number; deciding: boolean }[]) {
	return listOwnTemplates(db, organisationId, [...new Set(meetings.map((m) => templateFor(kind, m.number, m.deciding)))]);
}

async function load(db: Db, actor: Actor, seriesId: string, meetingId: string) {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	const target = await findMeetingForAgenda(db, actor.organisationId, seriesId, meetingId);
	if (!target) return fail('notFound');
	const own = await listActivityFormats(db, actor.organisationId);
	return ok({ series: found, meeting: target, templateId: templateFor(found.kind, target.number, target.deciding), formats: formatsOf(own) });
}

/** What the agenda shows of a format: a built-in one by its code, an own one by its uuid. */
type FormatFacts = { name: string; minutes: number; groupForm: GroupForm };
export type Formats = { of(id: string | null, lang: Language): FormatFacts | null; choices(lang: Language): ({ id: string } & FormatFacts)[] };

export function formatsOf(own: { id: string; name: string; minutes: number; groupForm: GroupForm }[]): Formats {
	const builtIn = (id: string, lang: Language): FormatFacts | null => {
		if (!isActivityFormatId(id)) return null;
		const format = activityFormat(id);
		return { name: format.name[lang], minutes: format.minutes, groupForm: format.groupForm };
	};
	const mine = new Map(own.map((f) => [f.id, { name: f.name, minutes: f.minutes, groupForm: f.groupForm }]));
	return {
		of: (id, lang) => (id === null ? null : (builtIn(id, lang) ?? mine.get(id) ?? null)),
		choices: (lang) => [...activityFormatIds.map((id) => ({ id, ...builtIn(id, lang)! })), ...own.map(({ id, name, minutes, groupForm }) => ({ id, name, minutes, groupForm }))]
	};
}

type Context = Extract<Awaited<ReturnType<typeof load>>, { ok: true }>['value'];

/**
 * A meeting planned before agendas existed gets its agenda on the first visit. The meeting's row
 * lock makes two first visits at once make one agenda: the second finds it made.
 */
async function ensureAgenda(db: Db, actor: Actor, context: Context) {
	if (context.meeting.agendaTemplateId) return;
	await withTransaction(db, async (tx) => {
		const locked = await lockAgendaForCheckedMeeting(tx, context.meeting.id);
		if (!locked || locked.templateId) return;
		const [own] = await listOwnTemplates(tx, actor.organisationId, [context.templateId]);
		const parts = own ? ownParts(context.templateId, own) : standardParts(context.templateId);
		await replaceAgendaForCheckedMeeting(tx, context.meeting.id, context.templateId, parts);
		await bumpAgendaVersionForCheckedMeeting(tx, context.meeting.id);
		await recordEvent(tx, { ...about(actor, context.meeting.id), type: 'agenda.made', payload: { parts: parts.length } });
	});
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** What a part's texts are resolved from: an agenda part, or a part of an own template with the template it is based on. */
type PartTexts = Pick<AgendaPartRow, 'templateId' | 'templateKey' | 'title' | 'yields' | 'notes' | 'question' | 'format'>;

/** A part's texts in the reader's language: its own, else its template part's, else its format's name. */
export function resolve(row: PartTexts, lang: Language, formats: Formats) {
	const template = isMeetingTemplateId(row.templateId) ? meetingTemplates[row.templateId] : null;
	const from = template?.parts.find((p) => p.key === row.templateKey);
	const format = formats.of(row.format, lang);
	return {
		title: row.title ?? from?.title[lang] ?? format?.name ?? '',
		yields: row.yields !== null ? lines(row.yields) : (from?.yields[lang] ?? []),
		notes: row.notes !== null ? lines(row.notes) : (from?.notes[lang] ?? []),
		question: row.question ?? from?.question?.[lang] ?? '',
		formatName: format?.name ?? null,
		groupForm: format?.groupForm ?? null
	};
}

/** A part as its edit form shows it, keyed by the form's field names. */
function partSnapshot(row: AgendaPartRow, lang: Language, formats: Formats): Snapshot {
	const texts = resolve(row, lang, formats);
	return {
		title: texts.title,
		yields: texts.yields.join('\n'),
		notes: texts.notes.join('\n'),
		question: texts.question,
		minutes: String(row.minutes),
		shortest: String(row.shortest),
		longest: String(row.longest),
		format: row.format ?? ''
	};
}

const localisedList = (texts: Localised<string[]> | undefined, lang: Language) => texts?.[lang] ?? [];

/** The agenda page: its parts with clock times and texts, the total against the meeting's length. */
export async function meetingAgenda(db: Db, actor: Actor, seriesId: string, meetingId: string, lang: Language) {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	await ensureAgenda(db, actor, loaded.value);
	// Read before the agenda, so the live channel replays any change the agenda below may miss.
	const liveAfter = await latestEventId(db, actor.organisationId, meetingId);
	const { series, templateId, formats } = loaded.value;
	const meeting = (await findMeetingForAgenda(db, actor.organisationId, seriesId, meetingId))!;
	const rows = await listAgendaParts(db, actor.organisationId, meetingId);
	const times = clockTimes(meeting.startTime, rows.map((r) => r.minutes));
	const template = meetingTemplates[isMeetingTemplateId(meeting.agendaTemplateId) ? meeting.agendaTemplateId : templateId];
	const [own] = await listOwnTemplates(db, actor.organisationId, [template.id]);
	return ok({
		series: { id: series.id, name: series.name },
		meeting,
		parts: rows.map((row, index) => {
			const texts = resolve(row, lang, formats);
			return {
				id: row.id,
				kind: row.kind,
				minutes: row.minutes,
				shortest: row.shortest,
				longest: row.longest,
				format: row.format,
				...texts,
				// The size the meeting page's grouping form starts with when groups are made for this part.
				groupSize: texts.groupForm ? groupSizeChoiceForForm(texts.groupForm) : null,
				...times[index]!,
				version: versionToken(row.version, partSnapshot(row, lang, formats))
			};
		}),
		plan: againstPlan(rows, meeting.durationMinutes),
		template: {
			id: template.id,
			title: template.title[lang],
			summary: template.summary[lang],
			goals: template.goals[lang],
			preparation: localisedList(template.preparation, lang),
			homework: localisedList(template.homework, lang),
			background: template.background.map((b) => ({ title: b.title[lang], url: b.url ?? null })),
			checkInQuestions: template.checkInQuestions[lang],
			checkOutQuestions: template.checkOutQuestions[lang]
		},
		ownTemplate: own ? { name: own.name } : null,
		formats: formats.choices(lang).map(({ id, name, minutes }) => ({ id, name, minutes })),
		liveAfter
	});
}

/** One part for its edit page. */
export async function agendaPartForEditing(db: Db, actor: Actor, seriesId: string, meetingId: string, partId: string, lang: Language) {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	await ensureAgenda(db, actor, loaded.value);
	const row = (await listAgendaParts(db, actor.organisationId, meetingId)).find((r) => r.id === partId);
	if (!row) return fail('notFound');
	const { formats } = loaded.value;
	return ok({
		series: { id: loaded.value.series.id, name: loaded.value.series.name },
		meeting: loaded.value.meeting,
		part: { id: row.id, kind: row.kind, format: row.format, minutes: row.minutes, shortest: row.shortest, longest: row.longest, ...resolve(row, lang, formats) },
		formats: formats.choices(lang).map(({ id, name }) => ({ id, name })),
		version: versionToken(row.version, partSnapshot(row, lang, formats))
	});
}

/**
 * The part a grouping is made for, as the meeting page names it: its title in the reader's
 * language. Only a part of this meeting; the agenda is not made here (a part id implies one).
 */
export async function agendaPartForGroups(db: Db, actor: Actor, seriesId: string, meetingId: string, partId: string, lang: Language) {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const row = (await listAgendaParts(db, actor.organisationId, meetingId)).find((r) => r.id === partId);
	if (!row) return fail('notFound');
	return ok({ id: row.id, title: resolve(row, lang, loaded.value.formats).title });
}

export interface PartInput {
	title: string;
	yields: string | null;
	notes: string | null;
	question: string | null;
	minutes: number;
	shortest: number;
	longest: number;
	format: string | null;
}

export type AgendaRefusal = Fail<'range', { field: 'minutes' }> | Fail<'unknownFormat', { field: 'format' }>;

const unknownFormat = () => fail('unknownFormat', { field: 'format' as const });

/**
 * The columns an edit writes: a text that still is what the template says in this language stays
 * null (it keeps following the template); any other text becomes the group's own, empty included.
 */
function changedValues(row: AgendaPartRow, input: Partial<PartInput>, lang: Language, formats: Formats): Partial<AgendaPartValues> {
	const shown = resolve(row, lang, formats);
	const values: Partial<AgendaPartValues> = {};
	const text = (key: 'title' | 'question', value: string | null | undefined) => {
		if (value === undefined) return;
		if (row[key] === null && (value ?? '') === shown[key]) return;
		values[key] = value ?? '';
	};
	const list = (key: 'yields' | 'notes', value: string | null | undefined) => {
		if (value === undefined) return;
		const typed = lines(value ?? '').join('\n');
		if (row[key] === null && typed === shown[key].join('\n')) return;
		values[key] = typed;
	};
	text('title', input.title);
	text('question', input.question);
	list('yields', input.yields);
	list('notes', input.notes);
	for (const key of ['minutes', 'shortest', 'longest', 'format'] as const) if (input[key] !== undefined) Object.assign(values, { [key]: input[key] });
	return values;
}

/** Saves one part over the version its form was loaded with; other parts are not touched. */
async function savePart(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	partId: string,
	based: Based,
	input: Partial<PartInput>,
	lang: Language,
	event: 'agenda.partEdited' | 'agenda.questionChosen'
): Promise<Saved | NotFound | AgendaRefusal> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const { formats } = loaded.value;
	if (input.format && !formats.of(input.format, lang)) return unknownFormat();
	const rows = await listAgendaParts(db, actor.organisationId, meetingId);
	const row = rows.find((r) => r.id === partId);
	if (!row) return fail('notFound');
	const saved = await withTransaction(db, async (tx) => {
		if ((await updateAgendaPartForCheckedMeeting(tx, meetingId, partId, based.version, changedValues(row, input, lang, formats))) === null) return false;
		await bumpAgendaVersionForCheckedMeeting(tx, meetingId);
		await recordEvent(tx, { ...about(actor, meetingId), type: event, payload: { partId } });
		return true;
	});
	if (saved) return ok({});
	const current = (await listAgendaParts(db, actor.organisationId, meetingId)).find((r) => r.id === partId);
	if (!current) return fail('notFound');
	const now = partSnapshot(current, lang, formats);
	const submitted = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === null ? '' : String(v)]));
	return afterConflict(based, now, { ...now, ...submitted });
}

export async function saveAgendaPart(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	partId: string,
	based: Based,
	input: PartInput,
	lang: Language
): Promise<Saved | NotFound | AgendaRefusal> {
	if (input.shortest > input.minutes || input.minutes > input.longest) return fail('range', { field: 'minutes' as const });
	return savePart(db, actor, seriesId, meetingId, partId, based, input, lang, 'agenda.partEdited');
}

/** The check-in or check-out question: one of the template's, or typed by the facilitator. */
export function chooseAgendaQuestion(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	partId: string,
	based: Based,
	question: string,
	lang: Language
): Promise<Saved | NotFound | AgendaRefusal> {
	return savePart(db, actor, seriesId, meetingId, partId, based, { question }, lang, 'agenda.questionChosen');
}

/**
 * Runs `work` on the agenda's current order under the meeting's row lock, so two changes at once
 * both apply, each to the order the other left. `work` returns null when the part is not there (any
 * more: someone removed it), which is `partGone`.
 */
async function withAgendaLocked<T>(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	work: (tx: Db, rows: AgendaPartRow[], context: Context) => Promise<T | null>
): Promise<Result<T> | NotFound | Fail<'partGone'>> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	await ensureAgenda(db, actor, loaded.value);
	const done = await withTransaction(db, async (tx) => {
		await lockAgendaForCheckedMeeting(tx, meetingId);
		const result = await work(tx, await listAgendaParts(tx, actor.organisationId, meetingId), loaded.value);
		if (result !== null) await bumpAgendaVersionForCheckedMeeting(tx, meetingId);
		return result;
	});
	return done === null ? fail('partGone') : ok(done);
}

/** Moves a part one place up or down, by its id in the order as it is now. */
export function moveAgendaPart(db: Db, actor: Actor, seriesId: string, meetingId: string, partId: string, direction: 'up' | 'down') {
	return withAgendaLocked(db, actor, seriesId, meetingId, async (tx, rows) => {
		const order = rows.map((r) => r.id);
		if (!order.includes(partId)) return null;
		const moved = direction === 'up' ? moveUp(order, partId) : moveDown(order, partId);
		await setOrderForCheckedMeeting(tx, meetingId, moved);
		await recordEvent(tx, { ...about(actor, meetingId), type: 'agenda.partMoved', payload: { partId, position: moved.indexOf(partId) } });
		return { position: moved.indexOf(partId) };
	});
}

export type NewPartInput = { kind: AgendaPartKind; format: string | null; title: string | null; minutes: number | null };

/**
 * Adds a part at the end: blank with a title, or from a format with its name, minutes and group
 * form. Its kind is the facilitators' choice: a check-in or check-out part offers the template's
 * questions, and the group agreements part puts the agreements on the room's screen.
 */
export async function addAgendaPart(db: Db, actor: Actor, seriesId: string, meetingId: string, input: NewPartInput) {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const format = loaded.value.formats.of(input.format, 'nl');
	if (input.format !== null && !format) return unknownFormat();
	if (input.format === null && !input.title) return fail('titleNeeded', { field: 'title' as const });
	const minutes = input.minutes ?? format?.minutes ?? 10;
	return withAgendaLocked(db, actor, seriesId, meetingId, async (tx, rows) => {
		const partId = await insertAgendaPartForCheckedMeeting(tx, meetingId, rows.length, {
			templateId: null,
			templateKey: null,
			kind: input.kind,
			title: input.title,
			yields: null,
			notes: null,
			question: null,
			minutes,
			shortest: Math.min(minutes, Math.ceil(minutes / 2)),
			longest: minutes * 2,
			format: input.format
		});
		await recordEvent(tx, { ...about(actor, meetingId), type: 'agenda.partAdded', payload: { partId } });
		return { partId };
	});
}

/** Removes a part; the page asks first. */
export function removeAgendaPart(db: Db, actor: Actor, seriesId: string, meetingId: string, partId: string) {
	return withAgendaLocked(db, actor, seriesId, meetingId, async (tx, rows) => {
		if (!(await deleteAgendaPartForCheckedMeeting(tx, meetingId, partId))) return null;
		await setOrderForCheckedMeeting(tx, meetingId, rows.map((r) => r.id).filter((id) => id !== partId));
		await recordEvent(tx, { ...about(actor, meetingId), type: 'agenda.partRemoved', payload: { partId } });
		return {};
	});
}

/**
 * What fitting the agenda to `target` minutes would do, part by part, without saving: or that it
 * cannot, with the shortest or longest total the parts allow. `version` is what applying it is
 * based on.
 */
export async function agendaFitProposal(db: Db, actor: Actor, seriesId: string, meetingId: string, target: number, lang: Language) {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	await ensureAgenda(db, actor, loaded.value);
	const meeting = (await findMeetingForAgenda(db, actor.organisationId, seriesId, meetingId))!;
	const rows = await listAgendaParts(db, actor.organisationId, meetingId);
	const fitted = retime(rows, target);
	return ok({
		target,
		reachable: fitted.ok,
		reason: fitted.ok ? null : fitted.reason,
		total: fitted.total,
		before: agendaTotal(rows),
		parts: rows.map((row, index) => ({ id: row.id, title: resolve(row, lang, loaded.value.formats).title, before: row.minutes, after: fitted.minutes[index]! })),
		version: meeting.agendaVersion
	});
}

export type FitRefusal = Fail<'changed'> | Fail<'unreachable'>;

/** Applies the proposal for `target`, only while the agenda is as it was when the proposal was shown. */
export async function applyAgendaFit(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	input: { target: number; version: number }
): Promise<Result<{ total: number }> | NotFound | FitRefusal> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	return withTransaction(db, async (tx): Promise<Result<{ total: number }> | FitRefusal> => {
		if ((await claimAgendaVersionForCheckedMeeting(tx, meetingId, input.version)) === null) return fail('changed');
		const rows = await listAgendaParts(tx, actor.organisationId, meetingId);
		const fitted = retime(rows, input.target);
		if (!fitted.ok) throw new Unreachable();
		await setMinutesForCheckedMeeting(
			tx,
			meetingId,
			rows.map((row, index) => ({ id: row.id, minutes: fitted.minutes[index]! })).filter((p, index) => p.minutes !== rows[index]!.minutes)
		);
		await recordEvent(tx, { ...about(actor, meetingId), type: 'agenda.fitted', payload: { target: input.target, total: fitted.total } });
		return ok({ total: fitted.total });
	}).catch((error: unknown) => {
		if (error instanceof Unreachable) return fail('unreachable');
		throw error;
	});
}

/** Thrown inside the transaction so the claimed version rolls back with it. */
class Unreachable extends Error {}

/** Keeps the agenda as the organisation's own version of this meeting's template. */
export async function saveAgendaAsTemplate(db: Db, actor: Actor, seriesId: string, meetingId: string, name: string) {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	await ensureAgenda(db, actor, loaded.value);
	const basedOn = isMeetingTemplateId(loaded.value.meeting.agendaTemplateId) ? loaded.value.meeting.agendaTemplateId : loaded.value.templateId;
	const rows = await listAgendaParts(db, actor.organisationId, meetingId);
	const parts: OwnTemplatePart[] = rows.map((row) => ({
		templateKey: row.templateId === basedOn ? row.templateKey : null,
		kind: row.kind,
		title: row.title,
		yields: row.yields,
		notes: row.notes,
		question: row.question,
		minutes: row.minutes,
		shortest: row.shortest,
		longest: row.longest,
		format: row.format
	}));
	await withTransaction(db, async (tx) => {
		await saveOwnTemplate(tx, actor.organisationId, { basedOn, name, parts, createdBy: actor.userId });
		await recordEvent(tx, { ...about(actor, meetingId), type: 'agenda.templateSaved', payload: { parts: parts.length } });
	});
	return ok({});
}

/** Replaces the agenda with the standard template or the organisation's own, if still as it was shown. */
export async function restartAgenda(
	db: Db,
	actor: Actor,
	seriesId: string,
	meetingId: string,
	input: { source: 'standard' | 'own'; version: number }
): Promise<Result<object> | NotFound | Fail<'changed'> | Fail<'noOwnTemplate'>> {
	const loaded = await load(db, actor, seriesId, meetingId);
	if (!loaded.ok) return loaded;
	const { templateId } = loaded.value;
	const [own] = input.source === 'own' ? await listOwnTemplates(db, actor.organisationId, [templateId]) : [];
	if (input.source === 'own' && !own) return fail('noOwnTemplate');
	const parts = own ? ownParts(templateId, own) : standardParts(templateId);
	return withTransaction(db, async (tx) => {
		if ((await claimAgendaVersionForCheckedMeeting(tx, meetingId, input.version, templateId)) === null) return fail('changed');
		await replaceAgendaForCheckedMeeting(tx, meetingId, templateId, parts);
		const payload: EventMap['agenda.restarted'] = { parts: parts.length, own: Boolean(own) };
		await recordEvent(tx, { ...about(actor, meetingId), type: 'agenda.restarted', payload });
		return ok({});
	});
}

/**
 * The agenda as the room sees it (the screen, the phones), for a meeting the caller checked: each
 * part's title, question, minutes, kind and group form in the reader's language — never the
 * facilitators' notes or what a part should yield.
 */
export async function roomAgendaForCheckedMeeting(db: Db, organisationId: string, meetingId: string, lang: Language) {
	const [rows, own] = await Promise.all([listAgendaParts(db, organisationId, meetingId), listActivityFormats(db, organisationId)]);
	const formats = formatsOf(own);
	return rows.map((row) => {
		const { title, question, groupForm } = resolve(row, lang, formats);
		return { id: row.id, title, question, minutes: row.minutes, kind: row.kind, groupForm };
	});
}
