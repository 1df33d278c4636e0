import * as m from '$lib/paraglide/messages.js';
import { groupingRefusalText } from '$lib/presentation/groupingText';
import { failWith, parseForm, type FieldErrors, type FormValues } from '$lib/server/forms';
import { lockGroups, makeMeetingGroups, meetingGrouping, saveMeetingAttendance, swapInGroups } from '$lib/server/grouping';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import type { GroupingRefusal } from '$lib/domain/groupingSession';
import { attendanceFromForm, attendanceSchema, makeGroupsSchema, swapSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	found(await meetingGrouping(locals.db, requireActor(locals, url), params.id, params.meetingId));

/** Only the group size has a field of its own; any other mistake means a stale or tampered form. */
function invalid(values: FormValues, errors: FieldErrors) {
	return failWith(values, errors.size ? { size: errors.size } : { form: m.grouping_invalid() });
}

const refused = (values: FormValues, refusal: GroupingRefusal) => failWith(values, { form: groupingRefusalText(refusal) });

function makeAction(scope: 'meeting' | 'remaining'): Actions[string] {
	return async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const parsed = await parseForm(request, makeGroupsSchema, attendanceFromForm);
		if (!parsed.ok) return invalid(parsed.values, parsed.failure.data.errors);
		const done = unlessNotFound(await makeMeetingGroups(locals.db, actor, params.id, params.meetingId, { ...parsed.data, scope }));
		if (!done.ok) return refused(parsed.values, done.refusal);
		const { notes, meetings, score } = done.value;
		const slow = notes.some((note) => note.code === 'timeLimitReached');
		return scope === 'meeting'
			? { done: 'made' as const, slow }
			: { done: 'madeRemaining' as const, slow, meetings, pairs: score.distinctPairs, bound: score.upperBound };
	};
}

export const actions: Actions = {
	attendance: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const parsed = await parseForm(request, attendanceSchema, attendanceFromForm);
		if (!parsed.ok) return invalid(parsed.values, parsed.failure.data.errors);
		const done = unlessNotFound(await saveMeetingAttendance(locals.db, actor, params.id, params.meetingId, parsed.data));
		return done.ok ? { done: 'attendance' as const } : refused(parsed.values, done.refusal);
	},
	make: makeAction('meeting'),
	makeRemaining: makeAction('remaining'),
	swap: async ({ request, locals, params }) => {
		const actor = requireActor(locals);
		const parsed = await parseForm(request, swapSchema);
		if (!parsed.ok) return failWith(parsed.values, { form: m.grouping_refusal_notGrouped() });
		const done = unlessNotFound(await swapInGroups(locals.db, actor, params.id, params.meetingId, parsed.data.first, parsed.data.second));
		return done.ok ? { done: 'swapped' as const, names: done.value.names } : refused(parsed.values, done.refusal);
	},
	lock: async ({ locals, params }) => {
		const done = unlessNotFound(await lockGroups(locals.db, requireActor(locals), params.id, params.meetingId, true));
		return done.ok ? { done: 'locked' as const } : refused({}, done.refusal);
	},
	unlock: async ({ locals, params }) => {
		const done = unlessNotFound(await lockGroups(locals.db, requireActor(locals), params.id, params.meetingId, false));
		return done.ok ? { done: 'unlocked' as const } : refused({}, done.refusal);
	}
};
