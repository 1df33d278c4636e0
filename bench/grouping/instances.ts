import { createRandom } from '../../src/lib/domain/grouping/random';
import type { GroupingInput } from '../../src/lib/domain/grouping/types';

export interface BenchInstance {
	name: string;
	input: GroupingInput;
	/** Wall-clock goal from issue 3, in milliseconds. */
	goalMs: number;
	/** Distinct pairs the issue asks for, when it names a figure. */
	goalPairs?: number;
}

const WORK_FIELDS = ['zorg', 'onderwijs', 'gemeente', 'wonen', 'schuldhulp', 'welzijn', 'inwoner'];

/** name, people, experts, rounds, min size, max size, absentees per round. */
type Shape = [string, number, number, number, number, number, number];

const MEETINGS: Shape[] = [
	['8 in pairs, 4 rounds, 4 experts', 8, 4, 4, 2, 2, 0],
	['8 in pairs/threes, 6 rounds, 1 absent, 2 experts', 8, 2, 6, 2, 3, 1],
	['10 in threes, 6 rounds, 2 absent, 3 experts', 10, 3, 6, 3, 3, 2],
	['12 in pairs, 8 rounds, 6 experts', 12, 6, 8, 2, 2, 0],
	['12 in threes, 8 rounds, 1 absent, 4 experts', 12, 4, 8, 2, 3, 1],
	['12 in ≤5, 4 rounds, 2 absent, no experts', 12, 0, 4, 3, 5, 2],
	['12 in ≤5, 5 rounds, 3 experts', 12, 3, 5, 3, 5, 0]
];

/** Seed 002: a professional network of 30–60 in groups of at most five over 4–5 sessions. */
const NETWORKS: Shape[] = [
	['network 30 in ≤5, 5 rounds, 3 absent, 6 experts', 30, 6, 5, 3, 5, 3],
	['network 45 in ≤5, 4 rounds, 4 absent, 9 experts', 45, 9, 4, 3, 5, 4],
	['network 60 in ≤5, 5 rounds, 12 experts', 60, 12, 5, 3, 5, 0],
	['network 60 in ≤5, 5 rounds, 6 absent, 10 experts', 60, 10, 5, 3, 5, 6]
];

function generated(shape: Shape, goalMs: number, seed: number): BenchInstance {
	const [name, count, experts, rounds, min, max, absent] = shape;
	const random = createRandom(seed);
	const participants = Array.from({ length: count }, (_, i) => ({
		id: `p${i + 1}`,
		expert: i < experts,
		workField: WORK_FIELDS[random.below(WORK_FIELDS.length)]!
	}));
	const planned = Array.from({ length: rounds }, () => ({
		absent: random.shuffle(participants.map((p) => p.id)).slice(0, absent)
	}));
	return { name, input: { participants, rounds: planned, history: [], groupSize: { min, max } }, goalMs };
}

/** The Social Golfer Problem g-s-w: g groups of s over w rounds, every pair at most once. */
function golfers(groups: number, size: number, weeks: number, goalMs: number): BenchInstance {
	const people = groups * size;
	return {
		name: `golfers ${groups}-${size}-${weeks} (${people} in ${size}s, ${weeks} rounds)`,
		input: {
			participants: Array.from({ length: people }, (_, i) => ({
				id: `g${i + 1}`,
				expert: false,
				workField: null
			})),
			rounds: Array.from({ length: weeks }, () => ({ absent: [] })),
			history: [],
			groupSize: { min: size, max: size }
		},
		goalMs,
		goalPairs: weeks * groups * ((size * (size - 1)) / 2)
	};
}

/** Goals from issue 3: a meeting < 200 ms, a network < 2 s, classics perfect in 1 s, 470 in 10 s. */
export function benchInstances(): BenchInstance[] {
	return [
		...MEETINGS.map((shape, i) => generated(shape, 200, i + 1)),
		...NETWORKS.map((shape, i) => generated(shape, 2000, i + 20)),
		golfers(3, 3, 4, 1000),
		golfers(5, 3, 7, 1000),
		golfers(4, 4, 5, 1000),
		{ ...golfers(8, 4, 10, 10_000), goalPairs: 470 }
	];
}
