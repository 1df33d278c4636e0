import { createHash } from 'node:crypto';
import type { Snapshot } from '../domain/changes';
import { meetingTemplateIds, type MeetingTemplateId } from '../content/meetingScript';
import { isMeetingTemplateId, meetingTemplates, templateUses } from '../content/meetingTemplates';
import { formatsOf, resolve, type Formats, type Language } from './agenda';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { listActivityFormats } from './db/repositories/activityFormats';
import { findOwnTemplate, listOrganisationTemplates, removeOwnTemplate } from './db/repositories/agenda';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { fail, ok, type NotFound } from './result';
import { stale, versionToken, type Based, type Saved } from './versioning';

/*
 * The organisation's own agenda templates (issue #10 item 3): "save as our template" on an agenda
 * keeps one per built-in template, and new series are planned from it. Here they are listed and
 * removed; removing one means new series start from the built-in template again.
 */

type TemplateRow = NonNullable<Awaited<ReturnType<typeof findOwnTemplate>>>;

/**
 * What a removal is based on: the name and the parts. The parts go in as a digest, so the hidden
 * field stays small however long the notes are; the version decides, the snapshot only words it.
 */
const templateSnapshot = (row: TemplateRow): Snapshot => ({
	name: row.name,
	parts: createHash('sha256').update(JSON.stringify(row.parts)).digest('base64url').slice(0, 16)
});

/** An own template as its pages show it, in the reader's language. */
function shown(row: TemplateRow, lang: Language, formats: Formats) {
	const basedOn: MeetingTemplateId | null = isMeetingTemplateId(row.basedOn) ? row.basedOn : null;
	const parts = row.parts.map((part) => ({
		kind: part.kind,
		title: resolve({ ...part, templateId: row.basedOn }, lang, formats).title,
		minutes: part.minutes
	}));
	return {
		id: row.id,
		name: row.name,
		basedOn: basedOn ? meetingTemplates[basedOn].title[lang] : row.basedOn,
		use: basedOn ? templateUses[basedOn] : null,
		parts,
		total: parts.reduce((sum, part) => sum + part.minutes, 0),
		savedBy: row.savedBy,
		savedAt: row.savedAt,
		version: versionToken(row.version, templateSnapshot(row))
	};
}

/** In the order of the built-in templates, so a series' meetings follow each other. */
const order = (basedOn: string) => meetingTemplateIds.findIndex((id) => id === basedOn);

/** The list page: every own template of the organisation. */
export async function ownAgendaTemplates(db: Db, actor: Actor, lang: Language) {
	if (!can.viewAgendaTemplates(actor)) return fail('notFound');
	const [rows, own] = await Promise.all([listOrganisationTemplates(db, actor.organisationId), listActivityFormats(db, actor.organisationId)]);
	const formats = formatsOf(own);
	return ok([...rows].sort((a, b) => order(a.basedOn) - order(b.basedOn)).map((row) => shown(row, lang, formats)));
}

/** One own template with the version its removal is based on; another organisation's id is not there. */
export async function ownAgendaTemplate(db: Db, actor: Actor, id: string, lang: Language) {
	if (!can.viewAgendaTemplates(actor)) return fail('notFound');
	const row = await findOwnTemplate(db, actor.organisationId, id);
	if (!row) return fail('notFound');
	return ok(shown(row, lang, formatsOf(await listActivityFormats(db, actor.organisationId))));
}

/**
 * Removes an own template, only as it was shown: saved again since (from an agenda), it stays and
 * the removal is stale. Removed already in between (the other facilitator) is what was asked for.
 */
export async function removeOwnAgendaTemplate(db: Db, actor: Actor, id: string, based: Based): Promise<Saved | NotFound> {
	const row = await findOwnTemplate(db, actor.organisationId, id);
	if (!row || !can.removeAgendaTemplate(actor, row)) return fail('notFound');
	const outcome = await withTransaction(db, async (tx) => {
		const outcome = await removeOwnTemplate(tx, actor.organisationId, id, based.version);
		if (outcome === 'removed') {
			await recordEvent(tx, { organisationId: actor.organisationId, actorId: actor.userId, type: 'agenda.templateRemoved', subject: id, payload: { parts: row.parts.length } });
		}
		return outcome;
	});
	if (outcome !== 'stale') return ok({});
	const current = await findOwnTemplate(db, actor.organisationId, id);
	return current ? stale(based, templateSnapshot(current)) : ok({});
}
