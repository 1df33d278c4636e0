/** A logo small enough to load quickly on an old phone over a slow connection. */
export const logoMaxBytes = 200_000;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
	signature.every((b, i) => bytes[offset + i] === b);

/**
 * The image type read from the file's first bytes, never from its name or the browser's claim.
 * SVG is refused: it can carry script, and the logo is served from our own origin.
 */
export function logoType(bytes: Uint8Array): LogoType | null {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
	return null;
}

export type LogoCheck = { ok: true; type: LogoType } | { ok: false; reason: 'empty' | 'tooLarge' | 'notAnImage' };

export function checkLogo(bytes: Uint8Array): LogoCheck {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes.length > logoMaxBytes) return { ok: false, reason: 'tooLarge' };
	const type = logoType(bytes);
	return type ? { ok: true, type } : { ok: false, reason: 'notAnImage' };
}
