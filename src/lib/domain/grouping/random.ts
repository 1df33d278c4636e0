export interface Random {
	/** Uniform in [0, 2^32). */
	next(): number;
	/** Uniform integer in [0, bound); bound ≥ 1. */
	below(bound: number): number;
	shuffle<T>(items: T[]): T[];
}

/**
 * Seeded PRNG (mulberry32 after a splitmix32 scramble of the seed), so the same seed gives the
 * same groups on every platform; Math.random cannot be seeded.
 */
export function createRandom(seed: number): Random {
	let state = splitmix32(seed >>> 0);
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	};
	const below = (bound: number): number => Math.floor((next() / 0x100000000) * bound);
	const shuffle = <T>(items: T[]): T[] => {
		for (let i = items.length - 1; i > 0; i--) {
			const j = below(i + 1);
			const item = items[i] as T;
			items[i] = items[j] as T;
			items[j] = item;
		}
		return items;
	};
	return { next, below, shuffle };
}

function splitmix32(seed: number): number {
	let z = (seed + 0x9e3779b9) >>> 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
	return (z ^ (z >>> 16)) >>> 0;
}
