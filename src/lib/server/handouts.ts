import type { Localised } from '../content/localised';
import { activityFormat } from '../content/activityFormats';
import { isMeetingTemplateId, meetingTemplates, templateFor } from '../content/meetingTemplates';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { findMeetingForAgenda } from './db/repositories/agenda';
import { listAgreements, listHomework } from './db/repositories/capture';
import { findSeries } from './db/repositories/series';
import { fail, ok, type NotFound, type Result } from './result';

/**
 * What the facilitators print for the group (issue #10): the sentence-completion sheet, the group's
 * agreements as a page for the wall, and the homework card. Only what the whole group may hold:
 * never a note, a name or a debrief.
 */
export type Handouts = {
	series: { id: string; name: string };
	meeting: { id: string; number: number; date: string };
	sentenceStarters: string[];
	agreements: string[];
	homework: string[];
};

export async function meetingHandouts(db: Db, actor: Actor, seriesId: string, meetingId: string, lang: keyof Localised): Promise<Result<Handouts> | NotFound> {
	const found = await findSeries(db, actor.organisationId, seriesId);
	if (!found || !can.editSeries(actor, found)) return fail('notFound');
	const meeting = await findMeetingForAgenda(db, actor.organisationId, seriesId, meetingId);
	if (!meeting) return fail('notFound');
	const template = meetingTemplates[isMeetingTemplateId(meeting.agendaTemplateId) ? meeting.agendaTemplateId : templateFor(found.kind, meeting.number, meeting.deciding)];
	const [agreements, homework] = await Promise.all([listAgreements(db, actor.organisationId, seriesId), listHomework(db, actor.organisationId, meetingId)]);
	return ok({
		series: { id: found.id, name: found.name },
		meeting: { id: meeting.id, number: meeting.number, date: meeting.date },
		sentenceStarters: activityFormat('sentenceCompletion').prompts?.[lang] ?? [],
		agreements: agreements.map((a) => a.text),
		// What was given in the meeting comes first; the script's own homework follows.
		homework: [...homework.map((h) => h.text), ...(template.homework?.[lang] ?? [])]
	});
}
