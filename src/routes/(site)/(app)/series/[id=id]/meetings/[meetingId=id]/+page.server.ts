import * as m from '$lib/paraglide/messages.js';
import { groupingRefusalText } from '$lib/presentation/groupingText';
import { parseForm, replyFor } from '$lib/server/forms';
import type { FormValues } from '$lib/forms';
import { agendaPartForGroups } from '$lib/server/agenda';
import { lockGroups, makeMeetingGroups, meetingGrouping, saveMeetingAttendance, swapInGroups } from '$lib/server/grouping';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { meetingCaptureSummary } from '$lib/server/capture';
import type { GroupingRefusal } from '$lib/domain/groupingSession';
import { getLocale } from '$lib/paraglide/runtime';
import { attendanceFromForm, attendanceSchema, makeGroupsSchema, readGroupsFor, swapSchema, type AttendanceFields } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const grouping = found(await meetingGrouping(locals.db, actor, params.id, params.meetingId));
	const asked = readGroupsFor(url);
	// A part of another meeting (or one removed since) names nothing; the groups are made all the same.
	const part = asked.part ? await agendaPartForGroups(locals.db, actor, params.id, params.meetingId, asked.part, getLocale()) : null;
	const groupsFor = part?.ok ? part.value : null;
	return {
		...grouping,
		startSize: asked.size ?? grouping.sizeChoice,
		groupsFor,
		/** What the checklist's actions keep of the address, so the page after a save without JavaScript still says it. */
		groupsQuery: new URLSearchParams([...(asked.size ? [['size', asked.size]] : []), ...(groupsFor ? [['part', groupsFor.id]] : [])]).toString(),
		capture: found(await meetingCaptureSummary(locals.db, actor, { seriesId: params.id, meetingId: params.meetingId }))
	};
};

/** The checklist's fields come back under the page's names (`person`, not the schema's `listed`). */
const checklistReply = (values: FormValues<AttendanceFields>) => replyFor('attendance', values);

/** Only the group size has a field of its own; any other mistake means a stale or tampered form. */
const invalidChecklist = (errors: { size?: string }) => (errors.size ? { size: errors.size } : { form: m.grouping_invalid() });

/** A refusal of the grouping rules, in words for the form as a whole. */
const refusalWords = (refused: { refusal: GroupingRefusal }) => ({ form: groupingRefusalText(refused.refusal) });

function makeAction(scope: 'meeting' | 'remaining'): Actions[string] {
	return async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, makeGroupsSchema, { id: 'attendance', shape: attendanceFromForm });
		const reply = checklistReply(form.values);
		if (!form.ok) return reply.fail(invalidChecklist(form.failure.data.errors));
		const done = unlessNotFound(await makeMeetingGroups(locals.db, actor, params.id, params.meetingId, { ...form.data, scope }));
		if (!done.ok) return reply.refused(done, refusalWords);
		const { notes, meetings, score } = done.value;
		const slow = notes.some((note) => note.code === 'timeLimitReached');
		return scope === 'meeting'
			? { done: 'made' as const, slow }
			: { done: 'madeRemaining' as const, slow, meetings, pairs: score.distinctPairs, bound: score.upperBound };
	};
}

/** The lock has no fields: its failure is about the form as a whole. */
const lockReply = () => replyFor<Record<never, string>, 'lock'>('lock', {});

export const actions: Actions = {
	attendance: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, attendanceSchema, { id: 'attendance', shape: attendanceFromForm });
		const reply = checklistReply(form.values);
		if (!form.ok) return reply.fail(invalidChecklist(form.failure.data.errors));
		const done = unlessNotFound(await saveMeetingAttendance(locals.db, actor, params.id, params.meetingId, form.data));
		return done.ok ? { done: 'attendance' as const } : reply.refused(done, refusalWords);
	},
	make: makeAction('meeting'),
	makeRemaining: makeAction('remaining'),
	swap: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, swapSchema, { id: 'swap' });
		if (!form.ok) return form.fail({ form: m.grouping_refusal_notGrouped() });
		const done = unlessNotFound(await swapInGroups(locals.db, actor, params.id, params.meetingId, form.data.first, form.data.second));
		return done.ok ? { done: 'swapped' as const, names: done.value.names } : form.fail({ form: groupingRefusalText(done.refusal) });
	},
	lock: async ({ locals, params }) => {
		const done = unlessNotFound(await lockGroups(locals.db, requireActor(locals), params.id, params.meetingId, true));
		return done.ok ? { done: 'locked' as const } : lockReply().fail({ form: groupingRefusalText(done.refusal) });
	},
	unlock: async ({ locals, params }) => {
		const done = unlessNotFound(await lockGroups(locals.db, requireActor(locals), params.id, params.meetingId, false));
		return done.ok ? { done: 'unlocked' as const } : lockReply().fail({ form: groupingRefusalText(done.refusal) });
	}
};
