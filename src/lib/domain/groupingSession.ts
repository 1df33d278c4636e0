// The engine's index offers no bound for groups made earlier; these two give it without a search.
import { upperBound } from './grouping/bound';
import { buildProblem } from './grouping/problem';
import {
	scoreGrouping,
	type GroupingError,
	type GroupingNote,
	type GroupingParticipant,
	type GroupingScore,
	type GroupSizeBounds
} from './grouping';
import type { GroupForm, SeriesKind } from './vocabularies';

/**
 * The group sizes a facilitator picks from: pairs or threes for the Ontmoetingen (seed 000 §4.3),
 * groups of at most five for introductions in a professional network (seed 002), or plain pairs.
 */
export const groupSizeChoices = {
	pairsOrThrees: { min: 2, max: 3 },
	threeToFive: { min: 3, max: 5 },
	pairs: { min: 2, max: 2 }
} as const satisfies Record<string, GroupSizeBounds>;

export type GroupSizeChoice = keyof typeof groupSizeChoices;
export const groupSizeChoiceKeys = Object.keys(groupSizeChoices) as [GroupSizeChoice, ...GroupSizeChoice[]];

/** The choice a meeting was grouped with, else the usual one for the kind of series. */
export function groupSizeChoiceFor(kind: SeriesKind, min: number | null, max: number | null): GroupSizeChoice {
	const saved = groupSizeChoiceKeys.find((key) => groupSizeChoices[key].min === min && groupSizeChoices[key].max === max);
	return saved ?? (kind === 'professionalNetwork' ? 'threeToFive' : 'pairsOrThrees');
}

/**
 * The group size that fits a part's activity format: pairs or threes as they are, groups of at most
 * five as three to five. A format done all together or alone needs no groups (null).
 */
export function groupSizeChoiceForForm(groupForm: GroupForm): GroupSizeChoice | null {
	switch (groupForm) {
		case 'pairsOrThrees':
			return 'pairsOrThrees';
		case 'smallGroups':
			return 'threeToFive';
		case 'plenary':
		case 'individual':
			return null;
	}
}

/** A stable seed from a meeting id, so making groups twice for the same situation gives the same groups. */
export function seedFor(meetingId: string): number {
	return Number.parseInt(meetingId.replace(/-/g, '').slice(0, 12), 16) || 1;
}

export interface GroupMember {
	personId: string;
	groupNumber: number;
}

/** Rows to groups of ids, in group-number order; numbers need not be consecutive. */
export function groupsOf(members: readonly GroupMember[]): string[][] {
	const byNumber = new Map<number, string[]>();
	for (const { personId, groupNumber } of members) {
		const group = byNumber.get(groupNumber) ?? [];
		group.push(personId);
		byNumber.set(groupNumber, group);
	}
	return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/** Groups of ids to rows, numbered from 1 as the facilitator reads them out. */
export function membersOf(groups: readonly (readonly string[])[]): GroupMember[] {
	return groups.flatMap((group, index) => group.map((personId) => ({ personId, groupNumber: index + 1 })));
}

export type SwapRefusal = 'samePerson' | 'notGrouped' | 'sameGroup';

/** Why a grouping action was refused, as a code the pages turn into words. */
export type GroupingRefusal =
	| { code: 'unknownPerson' | 'locked' | 'noGroups' | 'nothingToPlan' | SwapRefusal }
	| { code: 'engine'; error: GroupingError };

/** Exchanges the groups of two people; the other members stay where they are. */
export function planSwap(
	members: readonly GroupMember[],
	a: string,
	b: string
): { ok: true; changes: [GroupMember, GroupMember] } | { ok: false; code: SwapRefusal } {
	if (a === b) return { ok: false, code: 'samePerson' };
	const first = members.find((m) => m.personId === a);
	const second = members.find((m) => m.personId === b);
	if (!first || !second) return { ok: false, code: 'notGrouped' };
	if (first.groupNumber === second.groupNumber) return { ok: false, code: 'sameGroup' };
	return {
		ok: true,
		changes: [
			{ personId: a, groupNumber: second.groupNumber },
			{ personId: b, groupNumber: first.groupNumber }
		]
	};
}

/**
 * Who the groups no longer fit: present but in no group, or in a group while absent or gone.
 * Without groups there is nothing to fit, so nobody is named.
 */
export function attendanceMismatch(groups: readonly (readonly string[])[], presentIds: readonly string[]) {
	if (!groups.some((group) => group.length)) return { ungrouped: [], notPresent: [] };
	const grouped = new Set(groups.flat());
	const present = new Set(presentIds);
	return {
		ungrouped: presentIds.filter((id) => !grouped.has(id)),
		notPresent: [...grouped].filter((id) => !present.has(id))
	};
}

/**
 * Locked groups as they were held: someone marked absent afterwards did not talk with their group,
 * so their pairs do not count as met. Groups left empty are dropped.
 */
export function heldGroups(groups: readonly (readonly string[])[], absent: ReadonlySet<string>): string[][] {
	return groups.map((group) => group.filter((id) => !absent.has(id))).filter((group) => group.length > 0);
}

export interface MeetingScoreInput {
	participants: readonly GroupingParticipant[];
	/** Groups of the meetings already held (locked), one entry per meeting. */
	history: readonly (readonly (readonly string[])[])[];
	groups: readonly (readonly string[])[];
	absent: readonly string[];
	groupSize: GroupSizeBounds;
}

/**
 * The score of one meeting's groups as they stand (after swaps too), with the engine's bound for
 * that meeting and its notes about the situation, without running the search again.
 */
export function meetingScore(input: MeetingScoreInput): { score: GroupingScore; notes: GroupingNote[] } {
	const known = new Set(input.participants.map((p) => p.id));
	const { problem, notes } = buildProblem({
		participants: input.participants,
		rounds: [{ absent: input.absent.filter((id) => known.has(id)) }],
		history: input.history.map((round) => round.map((group) => group.filter((id) => known.has(id)))),
		groupSize: input.groupSize
	});
	const planned = scoreGrouping(input.participants, input.history, [input.groups]);
	// Groups made before attendance changed can hold pairs the bound for today's attendance leaves out.
	return { score: { ...planned, upperBound: Math.max(upperBound(problem), planned.distinctPairs) }, notes };
}

/**
 * Short names for the projector: the first name, with the next initial when two people present
 * share one, so nobody has to guess which Fatima is meant.
 */
export function shortNames(people: readonly { id: string; name: string }[]): Map<string, string> {
	const parts = new Map(people.map((p) => [p.id, p.name.trim().split(/\s+/)]));
	const first = (id: string) => parts.get(id)?.[0] ?? '';
	const count = new Map<string, number>();
	for (const p of people) count.set(first(p.id), (count.get(first(p.id)) ?? 0) + 1);
	return new Map(
		people.map((p) => {
			const words = parts.get(p.id) ?? [];
			const last = words.at(-1);
			const shared = (count.get(first(p.id)) ?? 0) > 1 && words.length > 1 && last;
			return [p.id, shared ? `${first(p.id)} ${last[0]}.` : first(p.id) || p.name];
		})
	);
}
