/** A logo small enough to load quickly on an old phone over a slow connection. */
export const logoMaxBytes = 200_000;

/**
 * The header shows the logo 2.5rem high; a larger image only costs memory. 200 kB of compressed
 * PNG can unpack into gigabytes, so the sides are limited, not only the file size.
 */
export const logoMaxSide = 2048;

/** Where the logo is served; the version makes a new logo a new URL, so it may be cached for good. */
export const logoPath = (version: string) => `/organisation/logo?v=${encodeURIComponent(version)}`;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';

type Header = { type: LogoType; width: number; height: number };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
	signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32le = (b: Uint8Array, at: number) => (u24le(b, at) | (b[at + 3]! << 24)) >>> 0;

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** Bit depths allowed per PNG colour type (PNG spec §11.2.2). */
const pngDepths: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Every chunk whole and with a correct checksum, IHDR first and valid, image data, IEND last. */
function png(bytes: Uint8Array): Header | null {
	if (!startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return null;
	let at = 8;
	let header: Header | null = null;
	let hasData = false;
	while (at + 12 <= bytes.length) {
		const length = u32be(bytes, at);
		const type = ascii(bytes, at + 4, 4);
		const end = at + 12 + length;
		if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return null;
		if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32be(bytes, at + 8 + length)) return null;
		const data = bytes.subarray(at + 8, at + 8 + length);
		if ((at === 8) !== (type === 'IHDR')) return null;
		if (type === 'IHDR') {
			const [depth = 0, colour = 0, compression, filter, interlace = 0] = data.subarray(8);
			const valid = length === 13 && pngDepths[colour]?.includes(depth) && compression === 0 && filter === 0 && interlace <= 1;
			if (!valid) return null;
			header = { type: 'image/png', width: u32be(data, 0), height: u32be(data, 4) };
		}
		if (type === 'IDAT') hasData = true;
		if (type === 'IEND') return length === 0 && end === bytes.length && hasData ? header : null;
		at = end;
	}
	return null;
}

/** The markers that start a frame (SOF0–SOF15) and give its size; C4, C8 and CC are other tables. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function hasEndOfImage(bytes: Uint8Array, after: number): boolean {
	for (let at = bytes.length - 2; at >= after; at--) if (bytes[at] === 0xff && bytes[at + 1] === 0xd9) return true;
	return false;
}

/** Segments whole up to the scan, a frame header with a size, and an end-of-image marker after the scan. */
function jpeg(bytes: Uint8Array): Header | null {
	if (!startsWith(bytes, [0xff, 0xd8])) return null;
	let at = 2;
	let header: Header | null = null;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) return null;
		while (bytes[at + 1] === 0xff) at++;
		const marker = bytes[at + 1]!;
		if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			at += 2;
			continue;
		}
		if (marker === 0xd8 || marker === 0xd9 || marker === 0x00) return null;
		const length = u16be(bytes, at + 2);
		if (length < 2 || at + 2 + length > bytes.length) return null;
		if (isStartOfFrame(marker)) {
			const components = bytes[at + 9] ?? 0;
			if (length !== 8 + 3 * components || components < 1 || components > 4) return null;
			header = { type: 'image/jpeg', height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
		}
		if (marker === 0xda) return hasEndOfImage(bytes, at + 2 + length) ? header : null;
		at += 2 + length;
	}
	return null;
}

/** The RIFF size matches the file, every chunk is whole, and an image chunk gives the size. */
function webp(bytes: Uint8Array): Header | null {
	if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP' || u32le(bytes, 4) + 8 !== bytes.length) return null;
	let at = 12;
	let canvas: Header | null = null;
	let image: Header | null = null;
	while (at + 8 <= bytes.length) {
		const fourCC = ascii(bytes, at, 4);
		const size = u32le(bytes, at + 4);
		const data = bytes.subarray(at + 8, at + 8 + size);
		if (data.length !== size) return null;
		if (fourCC === 'VP8X' && at === 12 && size >= 10) {
			canvas = { type: 'image/webp', width: u24le(data, 4) + 1, height: u24le(data, 7) + 1 };
		} else if (fourCC === 'VP8 ' && size >= 10 && startsWith(data, [0x9d, 0x01, 0x2a], 3) && (data[0]! & 1) === 0) {
			image ??= { type: 'image/webp', width: (data[6]! | (data[7]! << 8)) & 0x3fff, height: (data[8]! | (data[9]! << 8)) & 0x3fff };
		} else if (fourCC === 'VP8L' && size >= 5 && data[0] === 0x2f) {
			const bits = u32le(data, 1);
			image ??= { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
		} else if (fourCC === 'ANMF' && canvas) {
			image ??= canvas;
		}
		at += 8 + size + (size % 2);
	}
	if (at !== bytes.length || !image) return null;
	return canvas ?? image;
}

/**
 * The image type and size read from the file's own structure, never from its name or the browser's
 * claim: a file that only starts like an image is refused. SVG is refused: it can carry script, and
 * the logo is served from our own origin.
 */
export function logoHeader(bytes: Uint8Array): Header | null {
	const header = png(bytes) ?? jpeg(bytes) ?? webp(bytes);
	return header && header.width > 0 && header.height > 0 ? header : null;
}

export type LogoCheck =
	| { ok: true; type: LogoType }
	| { ok: false; reason: 'empty' | 'tooLarge' | 'notAnImage' | 'tooManyPixels' };

export function checkLogo(bytes: Uint8Array): LogoCheck {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes.length > logoMaxBytes) return { ok: false, reason: 'tooLarge' };
	const header = logoHeader(bytes);
	if (!header) return { ok: false, reason: 'notAnImage' };
	if (header.width > logoMaxSide || header.height > logoMaxSide) return { ok: false, reason: 'tooManyPixels' };
	return { ok: true, type: header.type };
}
