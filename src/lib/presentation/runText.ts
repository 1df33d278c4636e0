import * as m from '$lib/paraglide/messages.js';
import type { LiveRefusal } from '$lib/domain/liveMeeting';

/** Why a control of the run did nothing, in the facilitator's words. */
export function runRefusalText(code: LiveRefusal | 'moved'): string {
	switch (code) {
		case 'moved':
			return m.run_refused_moved();
		case 'noParts':
			return m.run_refused_noParts();
		case 'ended':
			return m.run_refused_ended();
		case 'momentRunning':
			return m.run_refused_momentRunning();
		default:
			return m.run_refused_other();
	}
}
