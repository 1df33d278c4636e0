/** Limits shared by the form schemas, the pages and the server (password length), so all agree. */
export const limits = {
	nameMax: 120,
	emailMax: 254,
	textMax: 2000,
	urlMax: 500,
	phoneMax: 30,
	passwordMin: 10,
	passwordMax: 128,
	durationMin: 30,
	durationMax: 480,
	intervalMin: 1,
	intervalMax: 120,
	meetingCountMax: 12,
	/** An activity format: how long it may take, and its lists (materials, steps, prompts) one item a line. */
	formatMinutesMax: 240,
	formatLineMax: 300,
	formatLinesMax: 30
} as const;
