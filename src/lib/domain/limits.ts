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
	photoLongSide: 2000,
	/**
	 * A region's budget (issue #12): what a field may hold before it is surely a typing slip. Money
	 * in whole cents, hours in hundredths of an hour (`domain/money.ts`).
	 */
	budgetSeriesPerYearMax: 12,
	budgetParticipantsMax: 100,
	budgetFacilitatorsMax: 10,
	/** An hourly rate: € 500,00. */
	budgetRateMaxCents: 50_000,
	/** Hours for one meeting per facilitator, preparation and debrief included: a long day. */
	budgetHoursPerMeetingMax: 2_400,
	/** Training, reading or coordination hours per series: a year's work. */
	budgetHoursMax: 200_000,
	/** One amount of the budget: € 1.000.000,00. */
	budgetAmountMaxCents: 100_000_000,
	/** One funding source: € 10.000.000,00. */
	fundingAmountMaxCents: 1_000_000_000,
	/** A funder's name, and the notes on a source. */
	funderNameMax: 120
} as const;
