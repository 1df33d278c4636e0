import { bestClockOffset, serverTime, type ClockSample } from '$lib/domain/liveMeeting';

/**
 * The server's time on this screen, ticking once a second: the state of every live view counts from
 * it. Until the round trips to `/time` have answered, the server's time at the page's load stands
 * in (`serverNow` minus the time since), which is off only by the page's own delay.
 */
export function serverClock(serverNowAtLoad: () => number) {
	const loadedAt = Date.now();
	let offset = $state(serverNowAtLoad() - loadedAt);
	let now = $state(loadedAt + offset);

	$effect(() => {
		let stopped = false;
		const samples: ClockSample[] = [];
		(async () => {
			for (let i = 0; i < 3 && !stopped; i++) {
				const sentAt = Date.now();
				try {
					const response = await fetch('/time', { cache: 'no-store' });
					const serverNow = Number(await response.text());
					if (Number.isFinite(serverNow)) samples.push({ sentAt, serverNow, receivedAt: Date.now() });
				} catch {
					// offline: keep the estimate from the page's load
				}
			}
			if (!stopped && samples.length) offset = bestClockOffset(samples);
		})();
		const tick = setInterval(() => (now = serverTime(Date.now(), offset)), 250);
		return () => {
			stopped = true;
			clearInterval(tick);
		};
	});

	return {
		get now() {
			return now;
		}
	};
}
