import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	againstPlan,
	agendaTotal,
	clockTimes,
	moveBefore,
	moveDown,
	moveUp,
	retime,
	type TimedPart
} from './agenda';

/** The Ontmoeting after the first (seed 000 §4), with ranges a facilitator might allow. */
const ontmoeting: TimedPart[] = [
	{ minutes: 10, shortest: 5, longest: 15 }, // welcome
	{ minutes: 10, shortest: 5, longest: 10 }, // check-in
	{ minutes: 5, shortest: 5, longest: 5 }, // look-back
	{ minutes: 5, shortest: 2, longest: 5 }, // group agreements
	{ minutes: 75, shortest: 45, longest: 90 }, // deep dive
	{ minutes: 5, shortest: 5, longest: 5 }, // round-off
	{ minutes: 10, shortest: 5, longest: 10 } // check-out
];
const free = (minutes: number): TimedPart => ({ minutes, shortest: 0, longest: 1000 });

describe('retime, by example', () => {
	it('fits the 120-minute Ontmoeting into 90, the fixed parts untouched', () => {
		// The five free parts share 80 minutes by 80/110: 7.27, 7.27, 3.64, 54.55, 7.27; the two
		// minutes still missing go to the largest remainders (group agreements, then the deep dive).
		expect(retime(ontmoeting, 90)).toEqual({ ok: true, minutes: [7, 7, 5, 4, 55, 5, 7], total: 90 });
	});

	it('trims by three quarters without ranges, spare minutes to the largest remainders then the earliest', () => {
		const parts = [10, 10, 5, 5, 75, 5, 10].map(free);
		expect(retime(parts, 90).minutes).toEqual([8, 7, 4, 4, 56, 4, 7]);
	});

	it('lets a part that meets its shortest stay there and the others share the rest', () => {
		const parts = [
			{ minutes: 20, shortest: 18, longest: 20 },
			{ minutes: 20, shortest: 0, longest: 20 }
		];
		expect(retime(parts, 30).minutes).toEqual([18, 12]);
	});

	it('lengthens in proportion too, up to the longest', () => {
		// Only the welcome and the deep dive may grow: 100 minutes between them by 100/85.
		expect(retime(ontmoeting, 135)).toEqual({ ok: true, minutes: [12, 10, 5, 5, 88, 5, 10], total: 135 });
		expect(retime([free(10), free(20)], 60).minutes).toEqual([20, 40]);
	});

	it('leaves the agenda as it is when the target is its total', () => {
		expect(retime(ontmoeting, 120)).toEqual({ ok: true, minutes: [10, 10, 5, 5, 75, 5, 10], total: 120 });
	});

	it('says when the target is too short, with every part at its shortest', () => {
		expect(retime(ontmoeting, 60)).toEqual({
			ok: false,
			reason: 'belowShortest',
			minutes: [5, 5, 5, 2, 45, 5, 5],
			total: 72
		});
		expect(retime(ontmoeting, 72)).toEqual({ ok: true, minutes: [5, 5, 5, 2, 45, 5, 5], total: 72 });
	});

	it('says when the target is too long, with every part at its longest', () => {
		expect(retime(ontmoeting, 180)).toEqual({
			ok: false,
			reason: 'aboveLongest',
			minutes: [15, 10, 5, 5, 90, 5, 10],
			total: 140
		});
	});

	it('handles an empty agenda', () => {
		expect(retime([], 0)).toEqual({ ok: true, minutes: [], total: 0 });
		expect(retime([], 30)).toEqual({ ok: false, reason: 'aboveLongest', minutes: [], total: 0 });
	});

	it('keeps a part planned at 0 minutes at its shortest until the others are at their longest', () => {
		const parts = [
			{ minutes: 0, shortest: 0, longest: 10 },
			{ minutes: 10, shortest: 5, longest: 20 },
			{ minutes: 0, shortest: 2, longest: 10 }
		];
		expect(retime(parts, 14).minutes).toEqual([0, 12, 2]);
		expect(retime(parts, 22).minutes).toEqual([0, 20, 2]);
		// 7 minutes left for the two: 3.5 each, the earlier part rounded up.
		expect(retime(parts, 27).minutes).toEqual([4, 20, 3]);
		expect(retime(parts, 40).minutes).toEqual([10, 20, 10]);
	});

	it('brings a part planned outside its range within it', () => {
		expect(retime([{ minutes: 30, shortest: 5, longest: 20 }, free(10)], 40).minutes).toEqual([20, 20]);
		expect(retime([{ minutes: 2, shortest: 5, longest: 20 }, free(10)], 12).minutes).toEqual([5, 7]);
	});

	it('refuses input the forms should have stopped', () => {
		expect(() => retime(ontmoeting, -1)).toThrow(RangeError);
		expect(() => retime(ontmoeting, 90.5)).toThrow(RangeError);
		expect(() => retime(ontmoeting, Number.NaN)).toThrow(RangeError);
		expect(() => retime([{ minutes: 10, shortest: 12, longest: 11 }], 10)).toThrow(RangeError);
		expect(() => retime([{ minutes: -5, shortest: 0, longest: 10 }], 10)).toThrow(RangeError);
		expect(() => retime([{ minutes: 5, shortest: 0, longest: 1.5 }], 1)).toThrow(RangeError);
		expect(() => retime([{ minutes: 5, shortest: 0, longest: 20_000 }], 1)).toThrow(RangeError);
	});
});

const part = fc
	.tuple(fc.nat(120), fc.nat(120), fc.nat(120))
	.map(([a, b, c]) => {
		const [shortest, minutes, longest] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
		return { minutes, shortest, longest };
	});
/** Some parts planned outside their range, as a facilitator may type them. */
const loosePart = fc.record({ minutes: fc.nat(120), shortest: fc.nat(60), extra: fc.nat(60) }).map(({ minutes, shortest, extra }) => ({
	minutes,
	shortest,
	longest: shortest + extra
}));
const agenda = fc.array(fc.oneof(part, part, loosePart), { maxLength: 12 });
const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('retime, its properties', () => {
	it('keeps every part within its range, in whole minutes', () => {
		fc.assert(
			fc.property(agenda, fc.nat(1500), (parts, target) => {
				const { minutes } = retime(parts, target);
				expect(minutes).toHaveLength(parts.length);
				parts.forEach((p, i) => {
					const m = minutes[i]!;
					expect(Number.isInteger(m)).toBe(true);
					expect(m).toBeGreaterThanOrEqual(p.shortest);
					expect(m).toBeLessThanOrEqual(p.longest);
				});
			})
		);
	});

	it('reaches the target exactly whenever it lies between the shortest and the longest total', () => {
		fc.assert(
			fc.property(agenda, fc.double({ min: 0, max: 1, noNaN: true }), (parts, at) => {
				const low = sumOf(parts.map((p) => p.shortest));
				const high = sumOf(parts.map((p) => p.longest));
				const target = low + Math.round(at * (high - low));
				const result = retime(parts, target);
				expect(result.ok).toBe(true);
				expect(result.total).toBe(target);
				expect(sumOf(result.minutes)).toBe(target);
			})
		);
	});

	it('says why when the target is out of reach, and comes as close as it can', () => {
		fc.assert(
			fc.property(agenda, fc.integer({ min: 1, max: 500 }), fc.boolean(), (parts, beyond, below) => {
				const low = sumOf(parts.map((p) => p.shortest));
				const high = sumOf(parts.map((p) => p.longest));
				fc.pre(!below || low - beyond >= 0);
				const result = retime(parts, below ? low - beyond : high + beyond);
				expect(result).toEqual({
					ok: false,
					reason: below ? 'belowShortest' : 'aboveLongest',
					minutes: parts.map((p) => (below ? p.shortest : p.longest)),
					total: below ? low : high
				});
				expect(sumOf(result.minutes)).toBe(result.total);
			})
		);
	});

	it('gives the same answer for the same input, whatever came before', () => {
		fc.assert(
			fc.property(agenda, fc.nat(1500), (parts, target) => {
				const copy = parts.map((p) => ({ ...p }));
				expect(retime(copy, target)).toEqual(retime(parts, target));
				expect(copy).toEqual(parts);
			})
		);
	});

	it('leaves the agenda unchanged when the target is its total', () => {
		fc.assert(
			fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
				const total = agendaTotal(parts);
				expect(retime(parts, total)).toEqual({ ok: true, minutes: parts.map((p) => p.minutes), total });
			})
		);
	});

	/**
	 * "Unbounded" parts are those the answer leaves strictly inside their range. When shortening, a
	 * longer one gives up at least as many minutes as a shorter one, give or take the one minute of
	 * rounding; when lengthening, it gains at least as many. And no part moves the wrong way.
	 */
	for (const direction of ['shortening', 'lengthening'] as const) {
		it(`is proportional when ${direction}`, () => {
			fc.assert(
				fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (parts, at) => {
					const total = agendaTotal(parts);
					const bound = sumOf(parts.map((p) => (direction === 'shortening' ? p.shortest : p.longest)));
					const target = Math.round(total + at * (bound - total));
					const { minutes } = retime(parts, target);
					const moved = parts.map((p, i) => {
						const m = minutes[i]!;
						const change = direction === 'shortening' ? p.minutes - m : m - p.minutes;
						return { planned: p.minutes, change, unbounded: p.minutes > 0 && m > p.shortest && m < p.longest };
					});
					moved.forEach(({ change }) => expect(change).toBeGreaterThanOrEqual(0));
					const unbounded = moved.filter((m) => m.unbounded);
					for (const longer of unbounded) {
						for (const shorter of unbounded) {
							if (longer.planned > shorter.planned) expect(longer.change).toBeGreaterThanOrEqual(shorter.change - 1);
						}
					}
				})
			);
		});
	}

	it('scales the unbounded parts by one factor, each within a minute of its exact share', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 12 }), fc.nat(1000), (planned, target) => {
				const parts = planned.map(free);
				const { minutes } = retime(parts, target);
				const factor = target / sumOf(planned);
				planned.forEach((p, i) => expect(Math.abs(minutes[i]! - p * factor)).toBeLessThan(1));
			})
		);
	});
});

describe('agendaTotal and againstPlan', () => {
	it('adds up the minutes and says how far from the planned length', () => {
		expect(agendaTotal([])).toBe(0);
		expect(agendaTotal(ontmoeting)).toBe(120);
		expect(againstPlan(ontmoeting, 120)).toEqual({ total: 120, planned: 120, status: 'exact', by: 0 });
		expect(againstPlan(ontmoeting, 90)).toEqual({ total: 120, planned: 90, status: 'over', by: 30 });
		expect(againstPlan(ontmoeting, 150)).toEqual({ total: 120, planned: 150, status: 'under', by: 30 });
	});
});

describe('clockTimes', () => {
	it('counts from the start, part after part', () => {
		expect(clockTimes('19:30', [10, 10, 5])).toEqual([
			{ starts: '19:30', ends: '19:40' },
			{ starts: '19:40', ends: '19:50' },
			{ starts: '19:50', ends: '19:55' }
		]);
		expect(clockTimes('10:00', [])).toEqual([]);
	});

	it('carries on past midnight', () => {
		expect(clockTimes('23:45', [10, 20, 0])).toEqual([
			{ starts: '23:45', ends: '23:55' },
			{ starts: '23:55', ends: '00:15' },
			{ starts: '00:15', ends: '00:15' }
		]);
	});

	it('ends where the total says, whatever the parts', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1439 }), fc.array(fc.nat(300), { minLength: 1, maxLength: 12 }), (start, minutes) => {
				const hhmm = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
				const times = clockTimes(hhmm(start), minutes);
				expect(times.at(-1)?.ends).toBe(hhmm(start + sumOf(minutes)));
				times.slice(1).forEach((t, i) => expect(t.starts).toBe(times[i]!.ends));
			})
		);
	});

	it('refuses a start that is not HH:MM', () => {
		for (const start of ['9:30', '24:00', '12:60', '', '12.30']) {
			expect(() => clockTimes(start, [10])).toThrow(RangeError);
		}
		expect(() => clockTimes('10:00', [-1])).toThrow(RangeError);
	});
});

describe('moving parts by id', () => {
	const order = ['a', 'b', 'c', 'd'];

	it('moves a part before another, or to the end', () => {
		expect(moveBefore(order, 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
		expect(moveBefore(order, 'a', 'c')).toEqual(['b', 'a', 'c', 'd']);
		expect(moveBefore(order, 'a', null)).toEqual(['b', 'c', 'd', 'a']);
		expect(moveBefore(order, 'b', 'b')).toEqual(order);
	});

	it('moves up and down one place, staying put at the ends', () => {
		expect(moveUp(order, 'c')).toEqual(['a', 'c', 'b', 'd']);
		expect(moveUp(order, 'a')).toEqual(order);
		expect(moveDown(order, 'b')).toEqual(['a', 'c', 'b', 'd']);
		expect(moveDown(order, 'c')).toEqual(['a', 'b', 'd', 'c']);
		expect(moveDown(order, 'd')).toEqual(order);
	});

	it('changes nothing when the part or its new neighbour is gone', () => {
		expect(moveBefore(order, 'x', 'a')).toEqual(order);
		expect(moveBefore(order, 'a', 'x')).toEqual(order);
		expect(moveUp(order, 'x')).toEqual(order);
		expect(moveDown(order, 'x')).toEqual(order);
	});

	it('keeps both moves when two people move different parts at once', () => {
		// Each person's move is applied to the order the other one saved.
		const first = moveUp(order, 'd');
		const both = moveBefore(first, 'a', null);
		expect(both).toEqual(['b', 'd', 'c', 'a']);
		expect(moveUp(moveBefore(order, 'a', null), 'd')).toEqual(['b', 'd', 'c', 'a']);
	});

	it('never loses or duplicates a part, and never changes its input', () => {
		const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
		const move = fc.oneof(
			fc.record({ kind: fc.constant('before' as const), id: fc.string({ maxLength: 1 }), before: fc.option(fc.string({ maxLength: 1 })) }),
			fc.record({ kind: fc.constantFrom('up' as const, 'down' as const), id: fc.constantFrom('a', 'b', 'c', 'x') })
		);
		fc.assert(
			fc.property(ids, fc.array(move, { maxLength: 8 }), (start, moves) => {
				const frozen = Object.freeze([...start]);
				let now: readonly string[] = frozen;
				for (const m of moves) {
					now = m.kind === 'before' ? moveBefore(now, m.id, m.before) : m.kind === 'up' ? moveUp(now, m.id) : moveDown(now, m.id);
				}
				expect([...now].sort()).toEqual([...start].sort());
				expect(frozen).toEqual(start);
			})
		);
	});
});
