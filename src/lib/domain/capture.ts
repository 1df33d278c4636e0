import { limits } from './limits';

/*
 * Rules for what a group produces during a meeting (issue #10 item 7), shared by the forms and the
 * use-cases, so a live view that calls a use-case directly gets the same checks as a form.
 */

export type TextRefusal = 'empty' | 'tooLong' | 'noLetterOrDigit';

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * What is written down to come back to later (an agreement, a change wish, homework, a signal, a
 * note) must say something in words: a letter or a digit somewhere. An emoji alone is fine as a
 * live answer, but a wish of only "👍" cannot be taken up in the deciding meeting.
 */
export function checkCapturedText(text: string, max: number = limits.textMax): { ok: true; text: string } | { ok: false; refusal: TextRefusal } {
	const trimmed = text.trim();
	if (!trimmed) return { ok: false, refusal: 'empty' };
	if (trimmed.length > max) return { ok: false, refusal: 'tooLong' };
	if (!letterOrDigit.test(trimmed)) return { ok: false, refusal: 'noLetterOrDigit' };
	return { ok: true, text: trimmed };
}

export type ImageKind = 'jpeg' | 'png' | 'heic';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** HEIF brands of still photos as iPhones and Android phones write them. */
const heicBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** What a file is by its first bytes (never by its name or the type the browser claims); null when none of ours. */
export function imageKindOf(bytes: Uint8Array): ImageKind | null {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && heicBrands.has(ascii(bytes, 8, 12))) return 'heic';
	return null;
}

/** The meeting before `number` among a series' meetings: where homework and the debrief come from. */
export function previousMeeting<M extends { number: number }>(meetings: readonly M[], number: number): M | null {
	return meetings.filter((m) => m.number < number).reduce<M | null>((best, m) => (!best || m.number > best.number ? m : best), null);
}
