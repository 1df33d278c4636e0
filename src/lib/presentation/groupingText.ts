import type { GroupingNote } from '$lib/domain/grouping';
import type { GroupingRefusal, GroupSizeChoice } from '$lib/domain/groupingSession';
import * as m from '$lib/paraglide/messages.js';

export const groupSizeLabel = (choice: GroupSizeChoice): string =>
	({
		pairsOrThrees: m.grouping_size_pairsOrThrees(),
		threeToFive: m.grouping_size_threeToFive(),
		pairs: m.grouping_size_pairs()
	})[choice];

/**
 * The engine's notes in the reader's language. Notes about duplicate or unknown ids cannot come
 * from the app's own data, so they are not shown.
 */
export function groupingNoteText(note: GroupingNote): string | null {
	switch (note.code) {
		case 'nobodyPresent':
			return m.grouping_note_nobodyPresent();
		case 'belowMinimum':
			return m.grouping_note_belowMinimum({ present: note.present, min: note.min });
		case 'groupsBelowMinimum':
			return m.grouping_note_groupsBelowMinimum({ size: note.size, min: note.min });
		case 'noExperts':
			return m.grouping_note_noExperts();
		case 'notEnoughExperts':
			return m.grouping_note_notEnoughExperts({ experts: note.experts, groups: note.groups });
		case 'timeLimitReached':
			return m.grouping_note_timeLimitReached();
		case 'duplicateAbsent':
		case 'unknownInHistory':
		case 'duplicateInHistory':
			return null;
	}
}

export function groupingRefusalText(refusal: GroupingRefusal): string {
	switch (refusal.code) {
		case 'unknownPerson':
			return m.grouping_refusal_unknownPerson();
		case 'locked':
			return m.grouping_refusal_locked();
		case 'noGroups':
			return m.grouping_refusal_noGroups();
		case 'nothingToPlan':
			return m.grouping_refusal_nothingToPlan();
		case 'samePerson':
			return m.grouping_refusal_samePerson();
		case 'notGrouped':
			return m.grouping_refusal_notGrouped();
		case 'sameGroup':
			return m.grouping_refusal_sameGroup();
		case 'engine': {
			const { error } = refusal;
			if (error.code === 'tooManyParticipants' || error.code === 'tooManyRounds') {
				return m.grouping_refusal_tooMany({ max: error.max });
			}
			// The other engine errors are about sizes, seeds and limits the app always sets itself.
			return m.grouping_refusal_engine();
		}
	}
}
