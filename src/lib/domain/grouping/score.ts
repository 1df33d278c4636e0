import type { GroupingParticipant, GroupingScore } from './types';

export type PlanScore = Omit<GroupingScore, 'upperBound'>;

/**
 * Scores planned rounds from scratch, e.g. after a facilitator swapped two people by hand.
 * Ids that are not participants are left out; a person twice in one group counts once.
 */
export function scoreGrouping(
	participants: readonly GroupingParticipant[],
	history: readonly (readonly (readonly string[])[])[],
	rounds: readonly (readonly (readonly string[])[])[]
): PlanScore {
	const n = participants.length;
	const index = new Map(participants.map((p, i) => [p.id, i]));
	const met = new Uint8Array(n * n);
	let distinctPairs = 0;
	let groupsWithoutExpert = 0;
	let workFieldClashes = 0;
	const members = (group: readonly string[]): number[] => [
		...new Set(group.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])))
	];
	const meet = (group: number[]): void => {
		for (const a of group) {
			for (const b of group) {
				if (a < b && met[a * n + b] === 0) {
					met[a * n + b] = 1;
					distinctPairs++;
				}
			}
		}
	};
	for (const round of history) for (const group of round) meet(members(group));
	for (const round of rounds) {
		for (const group of round) {
			const people = members(group);
			meet(people);
			if (!people.some((i) => participants[i]!.expert)) groupsWithoutExpert++;
			for (const a of people) {
				const workField = participants[a]!.workField;
				if (workField === null) continue;
				for (const b of people) if (a < b && participants[b]!.workField === workField) workFieldClashes++;
			}
		}
	}
	return { distinctPairs, groupsWithoutExpert, workFieldClashes };
}
