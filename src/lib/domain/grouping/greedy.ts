import type { Problem } from './problem';
import type { Random } from './random';

/**
 * A start for the local search, round by round, after Triska & Musliu, "An effective greedy
 * heuristic for the Social Golfer Problem" (Annals of OR 194, 2012): groups are filled with
 * pairs who have not met, preferring pairs with the most common partners they both still have
 * to meet (their joint freedom), so the rounds to come keep room for new meetings.
 * Experts go first, one per group as far as they go, to keep the expert rule.
 */
export function greedyGroups(problem: Problem, random: Random): number[][][] {
	const n = problem.ids.length;
	const words = Math.ceil(n / 32);
	const met = Int32Array.from(problem.history);
	const unmet = new Uint32Array(n * words);
	for (let a = 0; a < n; a++) {
		for (let b = 0; b < n; b++) {
			if (a !== b && met[a * n + b] === 0) unmet[a * words + (b >>> 5)]! |= 1 << (b & 31);
		}
	}
	return problem.rounds.map(({ present, sizes }) => {
		const placed = new Uint8Array(n);
		const groups: number[][] = sizes.map(() => []);
		const experts = random.shuffle(present.filter((p) => problem.expert[p] === 1));
		for (let g = 0; g < Math.min(experts.length, groups.length); g++) {
			groups[g]!.push(experts[g]!);
			placed[experts[g]!] = 1;
		}
		const pairs = rankedPairs(problem, present, met, unmet, words, random);
		const repeats = (person: number, group: number[]): number =>
			group.reduce((sum, other) => sum + (met[person * n + other]! > 0 ? 1 : 0), 0);
		for (const [g, group] of groups.entries()) {
			while (sizes[g]! - group.length >= 2) {
				let chosen = -1;
				for (let k = 0; k < pairs.length; k += 2) {
					const a = pairs[k]!;
					const b = pairs[k + 1]!;
					if (placed[a] || placed[b]) continue;
					if (chosen < 0) chosen = k;
					if (repeats(a, group) + repeats(b, group) === 0) {
						chosen = k;
						break;
					}
				}
				for (const person of [pairs[chosen]!, pairs[chosen + 1]!]) {
					group.push(person);
					placed[person] = 1;
				}
			}
			if (group.length < sizes[g]!) {
				const person = fittest(problem, present, placed, group, repeats, random);
				group.push(person);
				placed[person] = 1;
			}
		}
		for (const group of groups) {
			for (const a of group) {
				for (const b of group) {
					if (a === b) continue;
					met[a * n + b]! += 1;
					unmet[a * words + (b >>> 5)]! &= ~(1 << (b & 31));
				}
			}
		}
		return groups;
	});
}

/** Pairs of present people, flattened, best first: unmet, most joint freedom, different work fields. */
function rankedPairs(
	problem: Problem,
	present: number[],
	met: Int32Array,
	unmet: Uint32Array,
	words: number,
	random: Random
): Int32Array {
	const n = problem.ids.length;
	const order = random.shuffle([...present]);
	const scored: { a: number; b: number; key: number }[] = [];
	for (let i = 0; i < order.length; i++) {
		for (let j = i + 1; j < order.length; j++) {
			const a = order[i]!;
			const b = order[j]!;
			let freedom = 0;
			for (let w = 0; w < words; w++) freedom += popcount(unmet[a * words + w]! & unmet[b * words + w]!);
			const sameWorkField = problem.workField[a]! >= 0 && problem.workField[a] === problem.workField[b];
			const key = (met[a * n + b]! > 0 ? 0 : 4 * n) + 2 * freedom + (sameWorkField ? 0 : 1);
			scored.push({ a, b, key });
		}
	}
	scored.sort((x, y) => y.key - x.key);
	return Int32Array.from(scored.flatMap(({ a, b }) => [a, b]));
}

/** The unplaced person with the fewest repeats in the group, then the fewest of its work field. */
function fittest(
	problem: Problem,
	present: number[],
	placed: Uint8Array,
	group: number[],
	repeats: (person: number, group: number[]) => number,
	random: Random
): number {
	let chosen = -1;
	let chosenCost = Infinity;
	let ties = 0;
	for (const person of present) {
		if (placed[person]) continue;
		const workField = problem.workField[person]!;
		const clashes = workField < 0 ? 0 : group.filter((other) => problem.workField[other] === workField).length;
		const cost = repeats(person, group) * (group.length + 1) + clashes;
		if (cost < chosenCost) {
			chosen = person;
			chosenCost = cost;
			ties = 1;
		} else if (cost === chosenCost && random.below(++ties) === 0) chosen = person;
	}
	return chosen;
}

function popcount(word: number): number {
	let v = word - ((word >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
