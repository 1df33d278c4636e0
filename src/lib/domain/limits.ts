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
	formatLinesMax: 30,
	/** A theme of a change wish: a few words. */
	themeMax: 80,
	/** A photo of a flipover as sent; a phone's camera stays well below it. */
	photoBytesMax: 10 * 1024 * 1024,
	/** The long side of a stored photo: a flipover stays readable, the row stays small. */
	photoLongSide: 2000
} as const;
