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

const DOMAINS = ['zorg', 'onderwijs', 'gemeente', 'wonen', 'schuldhulp', 'welzijn', 'inwoner'];

interface Shape {
	people: number;
	experts: number;
	rounds: number;
	min: number;
	max: number;
	/** Absentees per round. */
	absent: number;
	domains: boolean;
}

function generated(name: string, shape: Shape, goalMs: number, seed: number): BenchInstance {
	const random = createRandom(seed);
	const participants = Array.from({ length: shape.people }, (_, i) => ({
		id: `p${i + 1}`,
		expert: i < shape.experts,
		domain: shape.domains ? DOMAINS[random.below(DOMAINS.length)]! : null
	}));
	const rounds = Array.from({ length: shape.rounds }, () => ({
		absent: random.shuffle(participants.map((p) => p.id)).slice(0, shape.absent)
	}));
	return {
		name,
		input: { participants, rounds, history: [], groupSize: { min: shape.min, max: shape.max } },
		goalMs
	};
}

/** The Social Golfer Problem g-s-w: g groups of s over w rounds, every pair at most once. */
function golfers(groups: number, size: number, weeks: number, goalMs: number): BenchInstance {
	const people = groups * size;
	return {
		name: `golfers ${groups}-${size}-${weeks} (${people} in ${size}s, ${weeks} rounds)`,
		input: {
			participants: Array.from({ length: people }, (_, i) => ({ id: `g${i + 1}`, expert: false, domain: null })),
			rounds: Array.from({ length: weeks }, () => ({ absent: [] })),
			history: [],
			groupSize: { min: size, max: size }
		},
		goalMs,
		goalPairs: weeks * groups * ((size * (size - 1)) / 2)
	};
}

export function benchInstances(): BenchInstance[] {
	const meeting = 200;
	return [
		generated('8 in pairs, 4 rounds, 4 experts', { people: 8, experts: 4, rounds: 4, min: 2, max: 2, absent: 0, domains: true }, meeting, 1),
		generated('8 in pairs/threes, 6 rounds, 1 absent, 2 experts', { people: 8, experts: 2, rounds: 6, min: 2, max: 3, absent: 1, domains: true }, meeting, 2),
		generated('10 in threes, 6 rounds, 2 absent, 3 experts', { people: 10, experts: 3, rounds: 6, min: 3, max: 3, absent: 2, domains: true }, meeting, 3),
		generated('12 in pairs, 8 rounds, 6 experts', { people: 12, experts: 6, rounds: 8, min: 2, max: 2, absent: 0, domains: true }, meeting, 4),
		generated('12 in threes, 8 rounds, 1 absent, 4 experts', { people: 12, experts: 4, rounds: 8, min: 2, max: 3, absent: 1, domains: true }, meeting, 5),
		generated('12 in ≤5, 4 rounds, 2 absent, no experts', { people: 12, experts: 0, rounds: 4, min: 3, max: 5, absent: 2, domains: true }, meeting, 6),
		generated('12 in ≤5, 5 rounds, 3 experts', { people: 12, experts: 3, rounds: 5, min: 3, max: 5, absent: 0, domains: true }, meeting, 7),
		generated('network 30 in ≤5, 5 rounds, 3 absent, 6 experts', { people: 30, experts: 6, rounds: 5, min: 3, max: 5, absent: 3, domains: true }, 2000, 8),
		generated('network 45 in ≤5, 4 rounds, 4 absent, 9 experts', { people: 45, experts: 9, rounds: 4, min: 3, max: 5, absent: 4, domains: true }, 2000, 9),
		generated('network 60 in ≤5, 5 rounds, 12 experts', { people: 60, experts: 12, rounds: 5, min: 3, max: 5, absent: 0, domains: true }, 2000, 10),
		generated('network 60 in ≤5, 5 rounds, 6 absent, 10 experts', { people: 60, experts: 10, rounds: 5, min: 3, max: 5, absent: 6, domains: true }, 2000, 11),
		golfers(3, 3, 4, 1000),
		golfers(5, 3, 7, 1000),
		golfers(4, 4, 5, 1000),
		{ ...golfers(8, 4, 10, 10_000), goalPairs: 470 }
	];
}
