/**
 * Join codes (deelnamecode, issue #10): a short code that opens one meeting's projector or phone
 * view without an account. Typed on a phone or a borrowed laptop, read off a screen at the back
 * of a room: so no characters that look alike (0/O, 1/I/L), no case, and dashes or spaces ignored.
 */

export const joinCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/**
 * A code stays open until a few hours after the meeting's planned end, so a meeting that runs
 * late or a group that stays on still works, and a code on a photo of the screen dies that day.
 */
export const JOIN_CODE_GRACE_HOURS = 3;
/** Opened long before the meeting (a facilitator preparing the room): never more than a day. */
export const JOIN_CODE_MAX_HOURS = 24;

/** The code in its one written form, or null when it cannot be a code at all (not looked up). */
export function normaliseJoinCode(typed: string): string | null {
	const code = typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== JOIN_CODE_LENGTH) return null;
	for (const character of code) if (!joinCodeAlphabet.includes(character)) return null;
	return code;
}

/** A code from random bytes (one per character; passed in, so this stays pure and testable). */
export function joinCodeFrom(bytes: Uint8Array): string {
	if (bytes.length < JOIN_CODE_LENGTH) throw new RangeError(`need ${JOIN_CODE_LENGTH} random bytes`);
	// 31 characters: 256 % 31 = 8, so bytes ≥ 248 would favour the first eight; the caller's bytes
	// are rejection-sampled by `joinCodeBytesUsable`.
	return Array.from(bytes.subarray(0, JOIN_CODE_LENGTH), (byte) => joinCodeAlphabet[byte % joinCodeAlphabet.length]).join('');
}

/** Whether every byte is below the largest multiple of the alphabet's size, so each character is equally likely. */
export const joinCodeBytesUsable = (bytes: Uint8Array) =>
	bytes.subarray(0, JOIN_CODE_LENGTH).every((byte) => byte < 256 - (256 % joinCodeAlphabet.length));

/** Shown as `ABC-DEF`: two halves are easier to read out and to type. */
export const formatJoinCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/** When a code opened now for a meeting that ends at `meetingEndsAt` stops working. */
export function joinCodeExpiry(now: Date, meetingEndsAt: Date): Date {
	const afterMeeting = meetingEndsAt.getTime() + JOIN_CODE_GRACE_HOURS * 3_600_000;
	const latest = now.getTime() + JOIN_CODE_MAX_HOURS * 3_600_000;
	return new Date(Math.min(afterMeeting, latest));
}

export type JoinCodeState = { expiresAt: Date; closedAt: Date | null };

/** Why a found code does not open anything (any longer), or null when it does. */
export function joinCodeRefusal(code: JoinCodeState, now: Date): 'closed' | 'expired' | null {
	if (code.closedAt) return 'closed';
	return code.expiresAt.getTime() <= now.getTime() ? 'expired' : null;
}
