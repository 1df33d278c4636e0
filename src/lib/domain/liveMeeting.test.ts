import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	applyLiveCommand,
	bestClockOffset,
	clock,
	clockOffset,
	initialLiveState,
	liveCommandTypes,
	partElapsedMs,
	serverTime,
	type LiveCommand,
	type LiveState
} from './liveMeeting';

/** The Ontmoeting after the first: welcome, check-in, look-back, agreements, deep dive, round-off, check-out. */
const parts = [10, 10, 5, 5, 75, 5, 10];
const start = Date.UTC(2027, 2, 9, 18, 30);
const minute = 60_000;
const second = 1000;

/** Applies the command, failing the test on a refusal. */
function run(state: LiveState, command: LiveCommand, now: number): LiveState {
	const outcome = applyLiveCommand(state, command, now, parts.length);
	if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.code}`);
	return outcome.state;
}

function refused(state: LiveState, command: LiveCommand, now = start, partCount = parts.length) {
	const outcome = applyLiveCommand(state, command, now, partCount);
	return outcome.ok ? null : outcome.code;
}

describe('a meeting run from start to end', () => {
	it('keeps time through seven parts with pauses, an extension and a pause moment', () => {
		let s = initialLiveState;
		expect(clock(s, parts, start)).toMatchObject({
			status: 'notStarted',
			current: 0,
			next: 1,
			elapsedSeconds: 0,
			remainingSeconds: 600,
			meetingRemainingSeconds: 120 * 60
		});

		// Welcome: a 3-minute pause in the middle; the part still has 10 minutes of its own.
		s = run(s, { type: 'start' }, start);
		expect(s).toMatchObject({ status: 'running', partIndex: 0, startedAt: start, partStartedAt: start });
		s = run(s, { type: 'pause' }, start + 4 * minute);
		expect(clock(s, parts, start + 6 * minute)).toMatchObject({ status: 'paused', elapsedSeconds: 240, remainingSeconds: 360 });
		s = run(s, { type: 'resume' }, start + 7 * minute);
		expect(clock(s, parts, start + 9 * minute)).toMatchObject({ elapsedSeconds: 360, remainingSeconds: 240 });
		expect(clock(s, parts, start + 13 * minute)).toMatchObject({ elapsedSeconds: 600, remainingSeconds: 0, overTime: false });
		expect(clock(s, parts, start + 13 * minute + 500)).toMatchObject({ remainingSeconds: 0, overTime: false });
		expect(clock(s, parts, start + 13 * minute + second)).toMatchObject({ remainingSeconds: -1, overTime: true });

		// Check-in runs 2 minutes over.
		let t = start + 13 * minute;
		s = run(s, { type: 'next' }, t);
		expect(clock(s, parts, t)).toMatchObject({ current: 1, next: 2, elapsedSeconds: 0, remainingSeconds: 600, meetingRemainingSeconds: 110 * 60 });
		t += 12 * minute;
		expect(clock(s, parts, t)).toMatchObject({ remainingSeconds: -120, overTime: true, meetingRemainingSeconds: 98 * 60 });

		// Look-back and agreements on time; the deep dive gets a pause moment and 10 extra minutes.
		s = run(s, { type: 'next' }, t);
		t += 5 * minute;
		s = run(s, { type: 'next' }, t);
		t += 5 * minute;
		s = run(s, { type: 'next' }, t);
		expect(clock(s, parts, t)).toMatchObject({ current: 4, remainingSeconds: 75 * 60 });
		s = run(s, { type: 'startMoment', seconds: 60 }, t + 20 * minute);
		expect(clock(s, parts, t + 20 * minute)).toMatchObject({ momentRemainingSeconds: 60 });
		expect(clock(s, parts, t + 20 * minute + 59_500)).toMatchObject({ momentRemainingSeconds: 1 });
		expect(clock(s, parts, t + 22 * minute)).toMatchObject({ momentRemainingSeconds: 0, elapsedSeconds: 22 * 60 });
		s = run(s, { type: 'stopMoment' }, t + 22 * minute);
		expect(clock(s, parts, t + 22 * minute).momentRemainingSeconds).toBeNull();
		s = run(s, { type: 'extend', minutes: 10 }, t + 70 * minute);
		expect(clock(s, parts, t + 80 * minute)).toMatchObject({ remainingSeconds: 5 * 60, overTime: false, meetingRemainingSeconds: 20 * 60 });
		t += 85 * minute;

		// Round-off paused for a minute, then the last part; next on it ends the meeting.
		s = run(s, { type: 'next' }, t);
		expect(s.extraMinutes).toBe(0);
		s = run(s, { type: 'pause' }, t + minute);
		s = run(s, { type: 'next' }, t + 2 * minute);
		expect(s).toMatchObject({ status: 'paused', partIndex: 6, pausedAt: t + 2 * minute });
		expect(clock(s, parts, t + 10 * minute)).toMatchObject({ current: 6, next: null, elapsedSeconds: 0, remainingSeconds: 600 });
		s = run(s, { type: 'resume' }, t + 3 * minute);
		expect(clock(s, parts, t + 8 * minute)).toMatchObject({ elapsedSeconds: 300, meetingRemainingSeconds: 300 });
		s = run(s, { type: 'next' }, t + 13 * minute);
		expect(s).toMatchObject({ status: 'ended', endedAt: t + 13 * minute });
		expect(clock(s, parts, t + 20 * minute)).toEqual({
			status: 'ended',
			current: null,
			next: null,
			elapsedSeconds: 0,
			remainingSeconds: 0,
			overTime: false,
			momentRemainingSeconds: null,
			meetingRemainingSeconds: 0
		});
		expect(JSON.parse(JSON.stringify(s))).toEqual(s);
	});

	it('goes back and to any part, starting its time afresh', () => {
		let s = run(initialLiveState, { type: 'start' }, start);
		s = run(s, { type: 'goTo', index: 4 }, start + minute);
		s = run(s, { type: 'extend', minutes: 5 }, start + 2 * minute);
		expect(clock(s, parts, start + 3 * minute)).toMatchObject({ current: 4, elapsedSeconds: 120, remainingSeconds: 78 * 60 });
		s = run(s, { type: 'previous' }, start + 4 * minute);
		expect(s).toMatchObject({ partIndex: 3, partStartedAt: start + 4 * minute, extraMinutes: 0, pausedMs: 0 });
		s = run(s, { type: 'end' }, start + 5 * minute);
		expect(s.status).toBe('ended');
	});

	it('may start at a later part chosen beforehand', () => {
		const s = run(run(initialLiveState, { type: 'goTo', index: 2 }, start), { type: 'start' }, start + minute);
		expect(s).toMatchObject({ status: 'running', partIndex: 2, partStartedAt: start + minute });
	});

	it('copes with parts removed from the agenda while it runs', () => {
		let s = run(initialLiveState, { type: 'start' }, start);
		s = run(s, { type: 'goTo', index: 6 }, start);
		expect(clock(s, [10, 10], start + minute)).toMatchObject({ current: null, next: null, remainingSeconds: -60 });
		expect(applyLiveCommand(s, { type: 'previous' }, start, 2)).toMatchObject({ ok: true, state: { partIndex: 1 } });
		expect(applyLiveCommand(s, { type: 'next' }, start, 2)).toMatchObject({ ok: true, state: { status: 'ended' } });
	});
});

describe('refused commands', () => {
	const running = run(initialLiveState, { type: 'start' }, start);
	const paused = run(running, { type: 'pause' }, start + minute);
	const ended = run(running, { type: 'end' }, start + minute);
	const withMoment = run(running, { type: 'startMoment', seconds: 30 }, start);

	it('says why, for every command in every state that cannot take it', () => {
		expect(refused(initialLiveState, { type: 'start' }, start, 0)).toBe('noParts');
		expect(refused(running, { type: 'start' })).toBe('alreadyStarted');
		expect(refused(paused, { type: 'start' })).toBe('alreadyStarted');
		expect(refused(ended, { type: 'start' })).toBe('ended');

		for (const command of [
			{ type: 'pause' },
			{ type: 'resume' },
			{ type: 'next' },
			{ type: 'previous' },
			{ type: 'extend', minutes: 5 },
			{ type: 'end' },
			{ type: 'startMoment', seconds: 30 },
			{ type: 'stopMoment' }
		] as LiveCommand[]) {
			expect(refused(initialLiveState, command)).toBe('notStarted');
			expect(refused(ended, command)).toBe('ended');
		}
		expect(refused(ended, { type: 'goTo', index: 1 })).toBe('ended');

		expect(refused(paused, { type: 'pause' })).toBe('notRunning');
		expect(refused(running, { type: 'resume' })).toBe('notPaused');
		expect(refused(running, { type: 'previous' })).toBe('atFirstPart');
		expect(refused(running, { type: 'goTo', index: 0 })).toBe('samePart');
		for (const index of [-1, 7, 1.5, Number.NaN]) {
			expect(refused(running, { type: 'goTo', index })).toBe('noSuchPart');
			expect(refused(initialLiveState, { type: 'goTo', index })).toBe('noSuchPart');
		}
		for (const minutes of [0, -5, 61, 2.5]) expect(refused(running, { type: 'extend', minutes })).toBe('invalidMinutes');
		for (const seconds of [9, 601, 30.5]) expect(refused(running, { type: 'startMoment', seconds })).toBe('invalidSeconds');
		expect(refused(paused, { type: 'startMoment', seconds: 30 })).toBe('notRunning');
		expect(refused(withMoment, { type: 'startMoment', seconds: 30 }, start + 29 * second)).toBe('momentRunning');
		expect(refused(running, { type: 'stopMoment' })).toBe('noMoment');
	});

	it('takes every command type in some state', () => {
		const accepted = new Set<string>();
		for (const state of [initialLiveState, running, paused, withMoment, run(running, { type: 'next' }, start)]) {
			for (const command of [
				...(['start', 'pause', 'resume', 'next', 'previous', 'end', 'stopMoment'] as const).map((type) => ({ type })),
				{ type: 'goTo', index: 3 } as const,
				{ type: 'extend', minutes: 5 } as const,
				{ type: 'startMoment', seconds: 30 } as const
			]) {
				if (applyLiveCommand(state, command, start + 2 * minute, parts.length).ok) accepted.add(command.type);
			}
		}
		expect([...accepted].sort()).toEqual([...liveCommandTypes].sort());
	});
});

describe('the pause moment', () => {
	const running = run(initialLiveState, { type: 'start' }, start);

	it('counts down in whole seconds from its full length to 0', () => {
		const s = run(running, { type: 'startMoment', seconds: 10 }, start);
		expect(s.moment).toEqual({ seconds: 10, startedAt: start, endsAt: start + 10 * second });
		const shown = (ms: number) => clock(s, parts, start + ms).momentRemainingSeconds;
		expect([0, 1, 999, 1000, 9001, 10_000, 60_000].map(shown)).toEqual([10, 10, 10, 9, 1, 0, 0]);
	});

	it('may start again once it has run out, and stops with a pause or a change of part', () => {
		const s = run(running, { type: 'startMoment', seconds: 10 }, start);
		expect(run(s, { type: 'startMoment', seconds: 20 }, start + 10 * second).moment?.seconds).toBe(20);
		expect(run(s, { type: 'pause' }, start + second).moment).toBeNull();
		expect(run(s, { type: 'next' }, start + second).moment).toBeNull();
		expect(run(s, { type: 'extend', minutes: 1 }, start + second).moment).toEqual(s.moment);
	});

	it('does not stop the part’s own time', () => {
		const s = run(running, { type: 'startMoment', seconds: 120 }, start + minute);
		expect(clock(s, parts, start + 2 * minute).elapsedSeconds).toBe(120);
	});
});

describe('the server’s clock', () => {
	it('estimates the offset from the middle of the round trip', () => {
		// Sent at 1000 local, answered 200 ms later: the server said 5100 at local 1100.
		expect(clockOffset({ sentAt: 1000, serverNow: 5100, receivedAt: 1200 })).toBe(4000);
		expect(clockOffset({ sentAt: 1000, serverNow: 900, receivedAt: 1200 })).toBe(-200);
		expect(clockOffset({ sentAt: 1000, serverNow: 1000, receivedAt: 1001 })).toBe(0);
		expect(serverTime(1100, 4000)).toBe(5100);
		expect(serverTime(1100, -200)).toBe(900);
	});

	it('trusts the sample with the shortest round trip', () => {
		expect(bestClockOffset([])).toBe(0);
		expect(
			bestClockOffset([
				{ sentAt: 0, serverNow: 900, receivedAt: 1000 },
				{ sentAt: 2000, serverNow: 3020, receivedAt: 2040 },
				{ sentAt: 4000, serverNow: 5000, receivedAt: 4600 }
			])
		).toBe(1000);
	});

	it('makes two screens with different clocks show the same second', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -3_600_000, max: 3_600_000 }),
				fc.integer({ min: -3_600_000, max: 3_600_000 }),
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 0, max: 3_600_000 }),
				(skewA, skewB, latency, later) => {
					const s = run(initialLiveState, { type: 'start' }, start);
					// Each screen asks the server once, the answer taking the same time both ways.
					const offsetFor = (skew: number) =>
						clockOffset({ sentAt: start + skew, serverNow: start + latency, receivedAt: start + skew + 2 * latency });
					const shown = (skew: number) => clock(s, parts, serverTime(start + later + skew, offsetFor(skew)));
					expect(shown(skewA)).toEqual(shown(skewB));
					expect(shown(skewA)).toEqual(clock(s, parts, start + later));
				}
			)
		);
	});
});

describe('its properties', () => {
	const command: fc.Arbitrary<LiveCommand> = fc.oneof(
		fc.constantFrom<LiveCommand>(
			{ type: 'start' },
			{ type: 'pause' },
			{ type: 'resume' },
			{ type: 'next' },
			{ type: 'previous' },
			{ type: 'end' },
			{ type: 'stopMoment' }
		),
		fc.record({ type: fc.constant('goTo' as const), index: fc.integer({ min: -1, max: 8 }) }),
		fc.record({ type: fc.constant('extend' as const), minutes: fc.integer({ min: -1, max: 61 }) }),
		fc.record({ type: fc.constant('startMoment' as const), seconds: fc.integer({ min: 5, max: 700 }) })
	);
	/** Steps forward in time, now and then a step back (a server whose clock was corrected). */
	const steps = fc.array(fc.tuple(command, fc.integer({ min: -5_000, max: 600_000 })), { maxLength: 40 });

	it('never shows a negative elapsed time and keeps the state within its bounds', () => {
		fc.assert(
			fc.property(steps, fc.integer({ min: -5_000, max: 600_000 }), (sequence, lookAfter) => {
				let s = initialLiveState;
				let now = start;
				for (const [c, step] of sequence) {
					now += step;
					const outcome = applyLiveCommand(s, c, now, parts.length);
					if (outcome.ok) s = outcome.state;
					const view = clock(s, parts, now + lookAfter);
					expect(view.elapsedSeconds).toBeGreaterThanOrEqual(0);
					expect(view.elapsedSeconds + view.remainingSeconds).toBe(view.status === 'ended' ? 0 : (parts[s.partIndex]! + s.extraMinutes) * 60);
					expect(s.pausedMs).toBeGreaterThanOrEqual(0);
					expect(s.partIndex).toBeGreaterThanOrEqual(0);
					expect(s.partIndex).toBeLessThan(parts.length);
					expect(s.status === 'paused').toBe(s.pausedAt !== null);
					if (view.momentRemainingSeconds !== null) expect(view.momentRemainingSeconds).toBeGreaterThanOrEqual(0);
				}
			})
		);
	});

	it('does not count paused time', () => {
		// A model: the part's time is the sum of the stretches it was running.
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 300_000 }), { maxLength: 20 }), fc.integer({ min: 0, max: 300_000 }), (stretches, tail) => {
				let s = run(initialLiveState, { type: 'start' }, start);
				let now = start;
				let running = 0;
				stretches.forEach((ms, k) => {
					const wasRunning = s.status === 'running';
					now += ms;
					if (wasRunning) running += ms;
					s = run(s, { type: k % 2 === 0 ? 'pause' : 'resume' }, now);
				});
				if (s.status === 'running') running += tail;
				expect(partElapsedMs(s, now + tail)).toBe(running);
				expect(clock(s, parts, now + tail).elapsedSeconds).toBe(Math.floor(running / 1000));
			})
		);
	});

	it('gives the same state for the same commands, without changing the old one', () => {
		fc.assert(
			fc.property(steps, (sequence) => {
				const replay = () => {
					let s = initialLiveState;
					let now = start;
					for (const [c, step] of sequence) {
						now += step;
						const before = JSON.stringify(s);
						const outcome = applyLiveCommand(s, c, now, parts.length);
						expect(JSON.stringify(s)).toBe(before);
						if (outcome.ok) s = outcome.state;
					}
					return s;
				};
				expect(replay()).toEqual(replay());
			})
		);
	});
});
