/**
 * A meeting run live (issue #10): the facilitator's start, pause, skip and extend, and the pause
 * moment (momentje), as a small state machine over plain data. The server keeps the state and
 * sends it to every screen; each screen works out its own clock from it with `clock`, using the
 * server's time (`clockOffset`, `serverTime`), so all of them show the same second.
 *
 * Times are epoch milliseconds passed in; the state holds only numbers, strings and nulls, so it
 * can be stored as JSON and sent as it is. The part's own length comes from the agenda, which may
 * change while the meeting runs: commands take the current number of parts, `clock` the minutes.
 */

export const liveStatuses = ['notStarted', 'running', 'paused', 'ended'] as const;
export type LiveStatus = (typeof liveStatuses)[number];

/** A short silent countdown shown calmly on the projector, within the current part. */
export type PauseMoment = { seconds: number; startedAt: number; endsAt: number };

export type LiveState = {
	status: LiveStatus;
	/** The part being run; before the start, the part the meeting will start with. */
	partIndex: number;
	startedAt: number | null;
	endedAt: number | null;
	/** When the current part began (or was begun again by going back to it). */
	partStartedAt: number | null;
	/** Time in the current part spent in pauses that are over. */
	pausedMs: number;
	/** When the running pause began, while paused. */
	pausedAt: number | null;
	/** Minutes given to the current part on top of its planned length. */
	extraMinutes: number;
	moment: PauseMoment | null;
};

export const initialLiveState: LiveState = {
	status: 'notStarted',
	partIndex: 0,
	startedAt: null,
	endedAt: null,
	partStartedAt: null,
	pausedMs: 0,
	pausedAt: null,
	extraMinutes: 0,
	moment: null
};

/** Ranges the facilitator's controls offer and the server checks. */
export const liveLimits = {
	extendMinutesMin: 1,
	extendMinutesMax: 60,
	momentSecondsMin: 10,
	momentSecondsMax: 600
} as const;

export const liveCommandTypes = [
	'start',
	'pause',
	'resume',
	'next',
	'previous',
	'goTo',
	'extend',
	'end',
	'startMoment',
	'stopMoment'
] as const;
export type LiveCommandType = (typeof liveCommandTypes)[number];

export type LiveCommand =
	| { type: 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'end' | 'stopMoment' }
	| { type: 'goTo'; index: number }
	| { type: 'extend'; minutes: number }
	| { type: 'startMoment'; seconds: number };

export type LiveRefusal =
	| 'noParts'
	| 'alreadyStarted'
	| 'notStarted'
	| 'ended'
	| 'notRunning'
	| 'notPaused'
	| 'atFirstPart'
	| 'noSuchPart'
	| 'samePart'
	| 'invalidMinutes'
	| 'invalidSeconds'
	| 'momentRunning'
	| 'noMoment';

export type LiveOutcome = { ok: true; state: LiveState } | { ok: false; code: LiveRefusal };

const refuse = (code: LiveRefusal): LiveOutcome => ({ ok: false, code });
const accept = (state: LiveState): LiveOutcome => ({ ok: true, state });

/**
 * Applies one of the facilitator's commands. Moving to another part (next, previous, goTo) starts
 * that part's time afresh, drops any extra minutes and the pause moment, and keeps a paused meeting
 * paused, so the time only runs again when the facilitator says so. Next on the last part ends the
 * meeting. Pausing stops a pause moment: it is short, and starting it again is one press.
 */
export function applyLiveCommand(state: LiveState, command: LiveCommand, now: number, partCount: number): LiveOutcome {
	const { status } = state;
	if (command.type === 'start') {
		if (status === 'ended') return refuse('ended');
		if (status !== 'notStarted') return refuse('alreadyStarted');
		if (partCount <= 0) return refuse('noParts');
		const partIndex = state.partIndex < partCount ? state.partIndex : 0;
		return accept({ ...freshPart(state, partIndex, now), status: 'running', startedAt: now });
	}
	if (command.type === 'goTo' && status === 'notStarted') {
		if (!isPart(command.index, partCount)) return refuse('noSuchPart');
		return accept({ ...state, partIndex: command.index });
	}
	if (status === 'notStarted') return refuse('notStarted');
	if (status === 'ended') return refuse('ended');

	switch (command.type) {
		case 'pause':
			if (status !== 'running') return refuse('notRunning');
			return accept({ ...state, status: 'paused', pausedAt: now, moment: null });
		case 'resume':
			if (status !== 'paused') return refuse('notPaused');
			return accept({ ...state, status: 'running', pausedMs: state.pausedMs + sinceOrZero(state.pausedAt, now), pausedAt: null });
		case 'next':
			if (state.partIndex + 1 >= partCount) return accept(ended(state, now));
			return accept(freshPart(state, state.partIndex + 1, now));
		case 'previous': {
			const previous = Math.min(state.partIndex, partCount) - 1;
			if (previous < 0) return refuse('atFirstPart');
			return accept(freshPart(state, previous, now));
		}
		case 'goTo':
			if (!isPart(command.index, partCount)) return refuse('noSuchPart');
			if (command.index === state.partIndex) return refuse('samePart');
			return accept(freshPart(state, command.index, now));
		case 'extend':
			if (!within(command.minutes, liveLimits.extendMinutesMin, liveLimits.extendMinutesMax)) return refuse('invalidMinutes');
			return accept({ ...state, extraMinutes: state.extraMinutes + command.minutes });
		case 'end':
			return accept(ended(state, now));
		case 'startMoment':
			if (status !== 'running') return refuse('notRunning');
			if (!within(command.seconds, liveLimits.momentSecondsMin, liveLimits.momentSecondsMax)) return refuse('invalidSeconds');
			if (state.moment && state.moment.endsAt > now) return refuse('momentRunning');
			return accept({ ...state, moment: { seconds: command.seconds, startedAt: now, endsAt: now + command.seconds * 1000 } });
		case 'stopMoment':
			if (!state.moment) return refuse('noMoment');
			return accept({ ...state, moment: null });
	}
}

function freshPart(state: LiveState, partIndex: number, now: number): LiveState {
	return {
		...state,
		partIndex,
		partStartedAt: now,
		pausedMs: 0,
		pausedAt: state.status === 'paused' ? now : null,
		extraMinutes: 0,
		moment: null
	};
}

function ended(state: LiveState, now: number): LiveState {
	return { ...state, status: 'ended', endedAt: now, pausedAt: null, moment: null };
}

const isPart = (index: number, partCount: number) => Number.isInteger(index) && index >= 0 && index < partCount;
const within = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
const sinceOrZero = (from: number | null, now: number) => (from === null ? 0 : Math.max(0, now - from));

export type LiveClock = {
	status: LiveStatus;
	/** The part running (or to start with); null once the meeting has ended or has no such part. */
	current: number | null;
	next: number | null;
	/** Time spent in the current part, pauses not counted. */
	elapsedSeconds: number;
	/** The planned length plus extra minutes, minus the elapsed time; negative when over time. */
	remainingSeconds: number;
	overTime: boolean;
	/** The pause moment's countdown, 0 when it has run out, null when there is none. */
	momentRemainingSeconds: number | null;
	/** The rest of the current part plus every part after it, as planned. */
	meetingRemainingSeconds: number;
};

/**
 * What every screen shows, in whole seconds, at `now` on the server's clock. The elapsed time is
 * rounded down and the remaining time is the rest of the part, so the two always add up to it and
 * a countdown shows its full length at the first moment.
 */
export function clock(state: LiveState, partMinutes: readonly number[], now: number): LiveClock {
	if (state.status === 'ended') {
		return {
			status: 'ended',
			current: null,
			next: null,
			elapsedSeconds: 0,
			remainingSeconds: 0,
			overTime: false,
			momentRemainingSeconds: null,
			meetingRemainingSeconds: 0
		};
	}
	const index = state.partIndex;
	const partSeconds = ((partMinutes[index] ?? 0) + state.extraMinutes) * 60;
	const elapsedSeconds = Math.floor(partElapsedMs(state, now) / 1000);
	const remainingSeconds = partSeconds - elapsedSeconds;
	const laterSeconds = partMinutes.slice(index + 1).reduce((total, m) => total + m * 60, 0);
	return {
		status: state.status,
		current: index < partMinutes.length ? index : null,
		next: index + 1 < partMinutes.length ? index + 1 : null,
		elapsedSeconds,
		remainingSeconds,
		overTime: remainingSeconds < 0,
		momentRemainingSeconds: state.moment ? Math.ceil(Math.max(0, state.moment.endsAt - now) / 1000) : null,
		meetingRemainingSeconds: remainingSeconds + laterSeconds
	};
}

/** Time in the current part, pauses left out; never negative, even when a clock went back. */
export function partElapsedMs(state: LiveState, now: number): number {
	if (state.partStartedAt === null) return 0;
	const until = state.pausedAt ?? now;
	return Math.max(0, until - state.partStartedAt - state.pausedMs);
}

/** One exchange with the server: the local time it was sent and received, and the server's time. */
export type ClockSample = { sentAt: number; serverNow: number; receivedAt: number };

/**
 * How far the server's clock is ahead of this one, in milliseconds (NTP's estimate): the server
 * read its clock about halfway through the round trip.
 */
export function clockOffset({ sentAt, serverNow, receivedAt }: ClockSample): number {
	// `|| 0` turns the -0 that rounding -0.5 gives into a plain 0.
	return Math.round(serverNow - (sentAt + receivedAt) / 2) || 0;
}

/** The offset from the sample with the shortest round trip, whose halfway guess is the best; 0 without samples. */
export function bestClockOffset(samples: readonly ClockSample[]): number {
	const roundTrip = (sample: ClockSample) => sample.receivedAt - sample.sentAt;
	const best = samples.reduce<ClockSample | null>(
		(chosen, sample) => (chosen === null || roundTrip(sample) < roundTrip(chosen) ? sample : chosen),
		null
	);
	return best ? clockOffset(best) : 0;
}

/** The server's time now, by this clock and its offset. */
export function serverTime(localNow: number, offset: number): number {
	return localNow + offset;
}
