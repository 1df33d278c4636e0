import type { Problem } from './problem';
import type { Random } from './random';
import type { Clock } from './types';

/**
 * The shape of a plan that can be turned: `rounds` rounds of the same people, `groups` groups
 * of `size`, people as points `type × rounds + position` (k = `types` rows of `rounds`
 * positions) plus `fixed` points that never move.
 */
interface Shape {
	people: readonly number[];
	rounds: number;
	groups: number;
	size: number;
	types: number;
	fixed: number;
}

export interface RotationalLimits {
	/** Swap evaluations allowed over all attempts; counted, so a seed always gives the same plan. */
	evaluations: number;
	/** Repeated pair slots no plan avoids (pair slots minus the bound on distinct pairs). */
	floor: number;
	/** Optional wall-clock cap, as in the local search. */
	clock?: Clock;
	timeLimitMs: number;
}

export interface RotationalStart {
	groups: number[][][];
	timedOut: boolean;
}

/** Base rounds tried, each from a fresh shuffle, while the best is more than one orbit above the floor. */
const ATTEMPTS = 8;
/** Steps without a better base round before an attempt ends, per person count squared (32 people: 10,240). */
const PATIENCE_PER_N_SQUARED = 10;
/** Steps without a better base round before three random swaps shake it. */
const STALL = 500;

/**
 * A start for uniform plans (the same people in every round, equal groups, no history and no
 * experts to spread) built the way design theory builds resolvable designs: one base round is
 * searched, and round i is the base round with every position turned by i (a cyclic
 * development, as in difference families). Two points then meet in round i exactly when a pair
 * of the base round with the same "orbit" (types and position difference) does, so the search
 * only has to give every pair of the base round its own orbit: a space the size of one round
 * instead of all of them, where tabu search gets much further (the 32-person, 10-round
 * instance: 10 repeats, where the whole-plan search stalls at 20–24).
 * An attempt stops when no plan could have fewer repeats; fresh attempts stop once a base round
 * is within one orbit (`rounds` pair slots) of that: on the instances we measured, more
 * attempts never did better than that.
 * Returns null when the plan is not uniform.
 */
export function rotationalStart(
	problem: Problem,
	random: Random,
	limits: RotationalLimits
): RotationalStart | null {
	const shape = rotationalShape(problem);
	if (!shape) return null;
	const startedAt = limits.clock?.() ?? 0;
	const table = orbits(shape);
	const budget = {
		evaluations: limits.evaluations,
		outOfTime: (): boolean => !!limits.clock && limits.clock() - startedAt > limits.timeLimitMs
	};
	const search = (): BaseRound => searchBaseRound(shape, table, limits.floor, random, budget);
	let best = search();
	let timedOut = best.timedOut;
	const goodEnough = limits.floor + shape.rounds;
	for (let k = 1; k < ATTEMPTS && best.cost > goodEnough && !timedOut && budget.evaluations > 0; k++) {
		const next = search();
		if (next.cost < best.cost) best = next;
		timedOut = next.timedOut;
	}
	return { groups: develop(shape, best.base), timedOut };
}

/** What is left of the evaluations, shared by the attempts. */
interface Budget {
	evaluations: number;
	outOfTime: () => boolean;
}

interface BaseRound {
	base: number[][];
	cost: number;
	timedOut: boolean;
}

function rotationalShape(problem: Problem): Shape | null {
	const rounds = problem.rounds;
	const first = rounds[0];
	if (!first || rounds.length < 2 || first.sizes.length < 2) return null;
	const size = first.sizes[0]!;
	const groups = first.sizes.length;
	if (size < 2 || first.sizes.some((s) => s !== size) || first.expertsPresent > 0) return null;
	if (problem.history.some((met) => met > 0)) return null;
	const sameAsFirst = (present: number[]): boolean =>
		present.length === first.present.length && present.every((p, i) => p === first.present[i]);
	if (!rounds.every((round) => sameAsFirst(round.present) && round.sizes.length === groups)) return null;
	const types = Math.floor(first.present.length / rounds.length);
	const fixed = first.present.length - types * rounds.length;
	if (types < 1 || fixed > groups) return null;
	return { people: first.present, rounds: rounds.length, groups, size, types, fixed };
}

/**
 * Orbit numbers of point pairs (both ways), and the repeats an orbit's first use costs: a full
 * orbit holds `rounds` different pairs, so its first use costs nothing and every further use
 * repeats all of them; a half orbit (one type, positions half the cycle apart) holds
 * `rounds / 2` pairs that each use meets twice.
 */
interface Orbits {
	of: Int32Array;
	firstUse: Int32Array;
}

function orbits(shape: Shape): Orbits {
	const n = shape.people.length;
	const w = shape.rounds;
	const finite = shape.types * w;
	const numbers = new Map<string, number>();
	const firstUse: number[] = [];
	const of = new Int32Array(n * n).fill(-1);
	const number = (key: string, half: boolean): number => {
		let found = numbers.get(key);
		if (found === undefined) {
			found = numbers.size;
			numbers.set(key, found);
			firstUse.push(half ? w / 2 : 0);
		}
		return found;
	};
	for (let a = 0; a < n; a++) {
		for (let b = a + 1; b < n; b++) {
			if (b >= finite) {
				if (a < finite) of[a * n + b] = of[b * n + a] = number(`f${b}:${Math.floor(a / w)}`, false);
				continue;
			}
			const ta = Math.floor(a / w);
			const tb = Math.floor(b / w);
			let d = (((b % w) - (a % w)) % w + w) % w;
			if (ta === tb) d = Math.min(d, w - d);
			of[a * n + b] = of[b * n + a] = number(`${ta}:${tb}:${d}`, ta === tb && 2 * d === w);
		}
	}
	return { of, firstUse: Int32Array.from(firstUse) };
}

/**
 * Tabu search on the base round: each step takes the best swap of two moving points in
 * different groups, by the change in repeats over the developed plan; swapped points may not
 * swap back for a random tenure; after a long stall three random swaps shake the round.
 * The round is one flat array, group g in slots g × size … g × size + size − 1.
 */
function searchBaseRound(
	shape: Shape,
	table: Orbits,
	floor: number,
	random: Random,
	budget: Budget
): BaseRound {
	const n = shape.people.length;
	const w = shape.rounds;
	const finite = shape.types * w;
	const s = shape.size;
	const slots = shape.groups * s;
	const { of, firstUse } = table;
	const used = new Int32Array(firstUse.length);
	const points = random.shuffle(Array.from({ length: finite }, (_, p) => p));
	const base = new Int32Array(slots);
	for (let g = 0; g < shape.groups; g++) {
		for (let i = 0; i < s; i++) base[g * s + i] = i === 0 && g < shape.fixed ? finite + g : points.pop()!;
	}
	let cost = 0;
	for (let g = 0; g < slots; g += s) {
		for (let i = g; i < g + s; i++) for (let j = i + 1; j < g + s; j++) cost += use(of[base[i]! * n + base[j]!]!, 1);
	}

	/** Changes one orbit's count by ±1 and returns the change in repeats. */
	function use(orbit: number, by: 1 | -1): number {
		const before = used[orbit]!;
		used[orbit] = before + by;
		if (by === 1) return before === 0 ? firstUse[orbit]! : w;
		return before === 1 ? -firstUse[orbit]! : -w;
	}
	/** Adds (1) or removes (−1) the pairs of p with the group starting at slot g, but slot `skip`. */
	function pairs(p: number, g: number, skip: number, by: 1 | -1): number {
		let sum = 0;
		for (let j = g; j < g + s; j++) if (j !== skip) sum += use(of[p * n + base[j]!]!, by);
		return sum;
	}
	/** Counts the swap of slots a and b in `used` (1), or takes it back (−1); returns the change. */
	function exchange(a: number, b: number, by: 1 | -1): number {
		const p = base[a]!;
		const q = base[b]!;
		const ga = a - (a % s);
		const gb = b - (b % s);
		const back = by === 1 ? -1 : 1;
		return pairs(p, ga, a, back) + pairs(q, gb, b, back) + pairs(q, ga, a, by) + pairs(p, gb, b, by);
	}
	function delta(a: number, b: number): number {
		const d = exchange(a, b, 1);
		exchange(a, b, -1);
		return d;
	}
	function swap(a: number, b: number): void {
		cost += exchange(a, b, 1);
		const p = base[a]!;
		base[a] = base[b]!;
		base[b] = p;
	}

	const tabu = new Int32Array(n * n);
	const conflicted = new Uint8Array(slots);
	let best = Int32Array.from(base);
	let bestCost = cost;
	let step = 0;
	let timedOut = false;
	let lastBest = 0;
	let lastShake = 0;

	while (bestCost > floor && budget.evaluations > 0 && step - lastBest <= PATIENCE_PER_N_SQUARED * n * n) {
		if (step % 64 === 0 && budget.outOfTime()) {
			timedOut = true;
			break;
		}
		step++;
		let chosenDelta = Infinity;
		let chosenA = -1;
		let chosenB = -1;
		let ties = 0;
		conflicted.fill(0);
		for (let g = 0; g < slots; g += s) {
			for (let i = g; i < g + s; i++) {
				for (let j = i + 1; j < g + s; j++) {
					const o = of[base[i]! * n + base[j]!]!;
					if (used[o]! > 1 || firstUse[o]! > 0) conflicted[i] = conflicted[j] = 1;
				}
			}
		}
		for (let a = 0; a < slots; a++) {
			const p = base[a]!;
			if (p >= finite || !conflicted[a]) continue;
			for (let b = 0; b < slots; b++) {
				if (b - (b % s) === a - (a % s) || (conflicted[b] && b < a)) continue;
				const q = base[b]!;
				if (q >= finite) continue;
				budget.evaluations--;
				const d = delta(a, b);
				if (tabu[p * n + q]! > step && cost + d >= bestCost) continue;
				if (d < chosenDelta) {
					chosenDelta = d;
					ties = 1;
				} else if (d > chosenDelta || random.below(++ties) !== 0) continue;
				chosenA = a;
				chosenB = b;
			}
		}
		if (chosenA < 0) break;
		const p = base[chosenA]!;
		const q = base[chosenB]!;
		swap(chosenA, chosenB);
		tabu[p * n + q] = tabu[q * n + p] = step + 5 + random.below(30);
		if (cost < bestCost) {
			bestCost = cost;
			best = Int32Array.from(base);
			lastBest = lastShake = step;
		} else if (step - lastShake > STALL) {
			lastShake = step;
			for (let k = 0; k < 3; k++) {
				const a = random.below(slots);
				const b = random.below(slots);
				if (a - (a % s) !== b - (b % s) && base[a]! < finite && base[b]! < finite) swap(a, b);
			}
		}
	}
	const groups = Array.from({ length: shape.groups }, (_, g) => Array.from(best.subarray(g * s, g * s + s)));
	return { base: groups, cost: bestCost, timedOut };
}

/** Round i: every moving point turned i positions along its row; people in the shape's order. */
function develop(shape: Shape, base: number[][]): number[][][] {
	const w = shape.rounds;
	const finite = shape.types * w;
	const turn = (p: number, i: number): number =>
		p >= finite ? p : Math.floor(p / w) * w + ((p % w) + i) % w;
	return Array.from({ length: w }, (_, i) =>
		base.map((group) => group.map((p) => shape.people[turn(p, i)]!))
	);
}
