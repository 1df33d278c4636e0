import type { PlannedRound, Problem } from './problem';

/**
 * Two experts never share a group in a round with no more experts than groups: the expert
 * rule then gives every expert a group of their own (issue 3: "make the bound know that").
 */
function expertsApart(round: PlannedRound): boolean {
	return round.expertsPresent <= round.sizes.length;
}

/** With an expert in every group, a pair (or smaller) has no room for two others. */
function othersApart(round: PlannedRound): boolean {
	return round.expertsPresent >= round.sizes.length && (round.sizes[0] ?? 0) <= 2;
}

/**
 * An upper bound on distinct pairs. A pair can meet in a round when both are present and the
 * expert rule does not keep them apart. The bound is the pairs met in history plus the smaller of
 * - the counting bound per person: new partners are limited both by the people they could
 *   still meet and by their seats (largest group − 1 in each round they attend), halved;
 * - the counting bound per round: new pairs are limited by the pairs its groups hold and by
 *   the unmet pairs present, and in total by the unmet pairs that share any round.
 */
export function upperBound(problem: Problem): number {
	const n = problem.ids.length;
	const { history, expert, rounds } = problem;
	const presentIn = rounds.map((round) => {
		const flags = new Uint8Array(n);
		for (const p of round.present) flags[p] = 1;
		return flags;
	});
	const canMeetIn = (r: number, a: number, b: number): boolean => {
		if (presentIn[r]![a] !== 1 || presentIn[r]![b] !== 1) return false;
		if (expert[a] === 1 && expert[b] === 1) return !expertsApart(rounds[r]!);
		if (expert[a] === 0 && expert[b] === 0) return !othersApart(rounds[r]!);
		return true;
	};

	let historyPairs = 0;
	let meetablePairs = 0;
	const newPerRound = new Array<number>(rounds.length).fill(0);
	const reachable = new Int32Array(n);
	const seatsPerRound = new Int32Array(n * rounds.length);
	for (let a = 0; a < n; a++) {
		for (let b = a + 1; b < n; b++) {
			if (history[a * n + b]! > 0) {
				historyPairs++;
				continue;
			}
			let meetable = false;
			for (let r = 0; r < rounds.length; r++) {
				if (!canMeetIn(r, a, b)) continue;
				meetable = true;
				newPerRound[r]! += 1;
				seatsPerRound[a * rounds.length + r]! += 1;
				seatsPerRound[b * rounds.length + r]! += 1;
			}
			if (meetable) {
				meetablePairs++;
				reachable[a]! += 1;
				reachable[b]! += 1;
			}
		}
	}

	let perRound = 0;
	for (const [r, round] of rounds.entries()) {
		perRound += Math.min(pairSlots(round.sizes), newPerRound[r]!);
	}

	let personEnds = 0;
	for (let a = 0; a < n; a++) {
		let seats = 0;
		for (let r = 0; r < rounds.length; r++) {
			if (presentIn[r]![a] !== 1) continue;
			const largest = rounds[r]!.sizes[0] ?? 1;
			seats += Math.min(largest - 1, seatsPerRound[a * rounds.length + r]!);
		}
		personEnds += Math.min(reachable[a]!, seats);
	}

	return historyPairs + Math.min(Math.floor(personEnds / 2), perRound, meetablePairs);
}

export function pairSlots(sizes: readonly number[]): number {
	return sizes.reduce((sum, size) => sum + (size * (size - 1)) / 2, 0);
}

/**
 * A lower bound on same-work-field pairs: each work field spread as evenly as possible over the
 * groups of each round. Lets the search stop early once it is reached.
 */
export function workFieldClashFloor(problem: Problem): number {
	let floor = 0;
	for (const { present, sizes } of problem.rounds) {
		const perWorkField = new Map<number, number>();
		for (const p of present) {
			const d = problem.workField[p]!;
			if (d >= 0) perWorkField.set(d, (perWorkField.get(d) ?? 0) + 1);
		}
		const groups = Math.max(sizes.length, 1);
		for (const count of perWorkField.values()) {
			const base = Math.floor(count / groups);
			const larger = count % groups;
			floor += larger * ((base + 1) * base) / 2 + (groups - larger) * (base * (base - 1)) / 2;
		}
	}
	return floor;
}
