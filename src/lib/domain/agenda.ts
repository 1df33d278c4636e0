/**
 * A meeting's agenda as plain numbers (issue #10): fitting it to a length with the proportional
 * trim (kaasschaafmethode, seed 002: take a few minutes off everywhere), the running total against
 * the planned length, clock times from the start, and moving parts by id.
 *
 * Bad input here is a programmer's error, since the forms check it first: a length that is not a
 * whole number of minutes from 0 to a week, or a part whose shortest is above its longest, throws a
 * RangeError. A part's planned minutes may lie outside its range (a facilitator typed them); they
 * only set its share, and the answer keeps every part within its range.
 */

export type TimedPart = { minutes: number; shortest: number; longest: number };

export type Retiming =
	| { ok: true; minutes: number[]; total: number }
	| { ok: false; reason: 'belowShortest' | 'aboveLongest'; minutes: number[]; total: number };

/** The longest a single part (or its range) may be: a week, far above any meeting. */
export const maxPartMinutes = 7 * 24 * 60;

const minutesPerDay = 24 * 60;

/**
 * Fits the parts to `target` minutes. Every part is scaled by the same factor, so each gives up (or
 * gains) time in proportion to its planned length; a part that reaches its shortest or longest stays
 * there and the others share the rest. A part planned at 0 minutes has no share in the scaling: it
 * stays at its shortest unless every other part is at its longest; then those parts fill up as if
 * each had been planned at one minute. Whole minutes: each part gets its share rounded down, and
 * the minutes still missing go to the largest remainders, earlier parts first on a tie, so the
 * total is exactly the target and the same input always gives the same answer. When the target is out of reach, every
 * part is at its shortest (or longest) and `total` says how close that comes.
 */
export function retime(parts: readonly TimedPart[], target: number): Retiming {
	checkMinutes(target, 'target', Number.MAX_SAFE_INTEGER);
	for (const part of parts) checkPart(part);

	const shortest = parts.map((p) => p.shortest);
	const longest = parts.map((p) => p.longest);
	if (target < sum(shortest)) return { ok: false, reason: 'belowShortest', minutes: shortest, total: sum(shortest) };
	if (target > sum(longest)) return { ok: false, reason: 'aboveLongest', minutes: longest, total: sum(longest) };

	// A part planned at 0 minutes counts as fixed at its shortest while the others can still grow;
	// once they cannot, they are fixed at their longest and the unplanned parts grow, weighted equally.
	const unplannedFloor = sum(parts.map((p) => (p.minutes === 0 ? p.shortest : 0)));
	const plannedRoom = sum(parts.map((p) => (p.minutes > 0 ? p.longest : 0)));
	const plannedGrow = target - unplannedFloor <= plannedRoom;
	const shares = fill(
		parts.map((p): Weighted => {
			if (plannedGrow) return p.minutes > 0 ? { weight: p.minutes, low: p.shortest, high: p.longest } : fixed(p.shortest);
			return p.minutes > 0 ? fixed(p.longest) : { weight: 1, low: p.shortest, high: p.longest };
		}),
		target
	);

	const missing = target - sum(shares.map((s) => s.whole));
	const roundedUp = new Set(
		shares
			.map((s, i) => ({ i, remainder: s.remainder }))
			.filter((s) => s.remainder > 0)
			.sort((a, b) => b.remainder - a.remainder || a.i - b.i)
			.slice(0, missing)
			.map((s) => s.i)
	);
	return { ok: true, minutes: shares.map((s, i) => s.whole + (roundedUp.has(i) ? 1 : 0)), total: target };
}

/** A part's exact share: `whole` minutes plus `remainder` over the common denominator. */
type Share = { whole: number; remainder: number };
/** Weight 0: the item is fixed at `low`, which then equals `high`. */
type Weighted = { weight: number; low: number; high: number };
/** A non-negative fraction `num / den`, den > 0; whole numbers throughout, so the answer is exact. */
type Fraction = { num: number; den: number };

const fixed = (minutes: number): Weighted => ({ weight: 0, low: minutes, high: minutes });
const compare = (a: Fraction, b: Fraction) => a.num * b.den - b.num * a.den;
const lowBend = (item: Weighted): Fraction => ({ num: item.low, den: item.weight });
const highBend = (item: Weighted): Fraction => ({ num: item.high, den: item.weight });

/**
 * Water-filling: finds the factor λ with Σ clamp(λ·weight, low, high) = target (given
 * Σ low ≤ target ≤ Σ high) and returns each item's exact share. The sum is piecewise linear in λ,
 * bending where an item meets a bound, so λ lies on or between two neighbouring bends. All shares
 * come from one λ, so their remainders share its denominator and compare directly.
 */
function fill(items: readonly Weighted[], target: number): Share[] {
	const scaled = items.filter((item) => item.weight > 0);
	const clamped = (lambda: Fraction) => items.map((item) => share(item, lambda));
	const bends = scaled
		.flatMap((item) => [lowBend(item), highBend(item)])
		.sort(compare)
		.filter((bend, k, all) => k === 0 || compare(bend, all[k - 1] ?? bend) !== 0);

	let below: Fraction | undefined;
	for (const bend of bends) {
		const exact = clamped(bend);
		// Σ shares at this bend, minus the target, times the denominator: compared without division.
		const reached = (sum(exact.map((s) => s.whole)) - target) * bend.den + sum(exact.map((s) => s.remainder));
		if (reached === 0) return exact;
		if (reached > 0 && below) {
			const lower = below;
			const free = scaled.filter((item) => compare(lowBend(item), lower) <= 0 && compare(highBend(item), bend) >= 0);
			const atBound = items
				.filter((item) => !free.includes(item))
				.map((item) => (item.weight > 0 && compare(highBend(item), lower) <= 0 ? item.high : item.low));
			return clamped({ num: target - sum(atBound), den: sum(free.map((item) => item.weight)) });
		}
		below = bend;
	}
	// Only items fixed by weight 0 (or none at all): their sum is the target, as the caller checked.
	return clamped({ num: 0, den: 1 });
}

function share(item: Weighted, lambda: Fraction): Share {
	const scaled = lambda.num * item.weight;
	if (scaled <= item.low * lambda.den) return { whole: item.low, remainder: 0 };
	if (scaled >= item.high * lambda.den) return { whole: item.high, remainder: 0 };
	return { whole: Math.floor(scaled / lambda.den), remainder: scaled % lambda.den };
}

export function agendaTotal(parts: readonly { minutes: number }[]): number {
	return sum(parts.map((p) => p.minutes));
}

export type AgainstPlan = {
	total: number;
	planned: number;
	/** `exact` when the parts fill the planned length, else over or under it `by` that many minutes. */
	status: 'exact' | 'over' | 'under';
	by: number;
};

/** The running total beside the meeting's planned length, for the editor's "10 minutes too long". */
export function againstPlan(parts: readonly { minutes: number }[], planned: number): AgainstPlan {
	const total = agendaTotal(parts);
	const difference = total - planned;
	const status = difference === 0 ? 'exact' : difference > 0 ? 'over' : 'under';
	return { total, planned, status, by: Math.abs(difference) };
}

/**
 * When each part starts and ends, as 'HH:MM' from the meeting's start time; a meeting that runs
 * past midnight continues at 00:00.
 */
export function clockTimes(start: string, minutes: readonly number[]): { starts: string; ends: string }[] {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(start);
	if (!match) throw new RangeError(`start must be 'HH:MM', not '${start}'`);
	for (const m of minutes) checkMinutes(m, 'minutes', maxPartMinutes);
	let at = Number(match[1]) * 60 + Number(match[2]);
	return minutes.map((m) => {
		const starts = at;
		at += m;
		return { starts: formatClock(starts), ends: formatClock(at) };
	});
}

function formatClock(minutesSinceMidnight: number): string {
	const inDay = minutesSinceMidnight % minutesPerDay;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

/*
 * Reordering by id rather than by position: the move names the part and its new neighbour, so two
 * facilitators moving different parts at once both keep their move. A move whose part (or
 * neighbour) is gone by now changes nothing, and every move returns a new array.
 */

/** Moves `id` to just before `beforeId`, or to the end when `beforeId` is null. */
export function moveBefore(order: readonly string[], id: string, beforeId: string | null): string[] {
	if (!order.includes(id) || id === beforeId) return [...order];
	if (beforeId !== null && !order.includes(beforeId)) return [...order];
	const rest = order.filter((other) => other !== id);
	const at = beforeId === null ? rest.length : rest.indexOf(beforeId);
	return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** One place earlier; the first part stays first. */
export function moveUp(order: readonly string[], id: string): string[] {
	const previous = order[order.indexOf(id) - 1];
	return previous === undefined ? [...order] : moveBefore(order, id, previous);
}

/** One place later; the last part stays last. */
export function moveDown(order: readonly string[], id: string): string[] {
	const at = order.indexOf(id);
	if (at < 0 || at === order.length - 1) return [...order];
	return moveBefore(order, id, order[at + 2] ?? null);
}

function checkPart(part: TimedPart) {
	checkMinutes(part.minutes, 'minutes', maxPartMinutes);
	checkMinutes(part.shortest, 'shortest', maxPartMinutes);
	checkMinutes(part.longest, 'longest', maxPartMinutes);
	if (part.shortest > part.longest) {
		throw new RangeError(`shortest (${part.shortest}) is above longest (${part.longest})`);
	}
}

function checkMinutes(value: number, name: string, max: number) {
	if (!Number.isInteger(value) || value < 0 || value > max) {
		throw new RangeError(`${name} must be a whole number of minutes from 0 to ${max}, not ${value}`);
	}
}

function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
