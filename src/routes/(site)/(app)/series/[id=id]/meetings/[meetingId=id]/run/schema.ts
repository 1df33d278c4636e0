import { z } from 'zod';
import { liveCommandTypes, liveLimits } from '$lib/domain/liveMeeting';
import { field } from '$lib/server/forms';

/**
 * One form for every control of the run: the button pressed names the command; `at` is the part
 * the facilitator saw, `minutes` and `seconds` belong to extend and the pause moment.
 */
export const commandSchema = z.object({
	command: z.enum(liveCommandTypes),
	at: field.int(0, 500).optional(),
	index: field.int(0, 500).optional(),
	minutes: field.int(liveLimits.extendMinutesMin, liveLimits.extendMinutesMax).optional(),
	seconds: field.int(liveLimits.momentSecondsMin, liveLimits.momentSecondsMax).optional()
});
export type CommandFields = z.input<typeof commandSchema>;
