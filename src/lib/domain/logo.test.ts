import { describe, expect, it } from 'vitest';
import { checkLogo, logoHeader, logoMaxBytes, logoMaxSide } from './logo';

const base64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

// 3 × 2 images as Chromium's canvas writes them; the WebP files carry an ICC profile (VP8X).
const png = base64('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWKK1mr7D8NMDEgAAAAA///47RgBAAAABklEQVQDAHRFBiPQU8V6AAAAAElFTkSuQmCC');
const jpeg = base64(
	'/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCXAKsm/9k='
);

/** A RIFF/WEBP file around the given chunks, each padded to an even length. */
function riff(...chunks: [string, number[]][]): Uint8Array {
	const body = chunks.flatMap(([fourCC, data]) => {
		const size = data.length;
		return [...fourCC].map((c) => c.charCodeAt(0)).concat([size & 0xff, (size >> 8) & 0xff, 0, 0], data, size % 2 ? [0] : []);
	});
	const size = body.length + 4;
	return Uint8Array.from([0x52, 0x49, 0x46, 0x46, size & 0xff, (size >> 8) & 0xff, 0, 0, 0x57, 0x45, 0x42, 0x50, ...body]);
}
// Lossless: signature 0x2f, then width − 1 and height − 1 in 14 bits each (here 3 × 2).
const vp8l = riff(['VP8L', [0x2f, 0x02, 0x40, 0x00, 0x00, 0x07, 0x50]]);
// Lossy key frame: frame tag, start code 9d 01 2a, then 14-bit width and height (here 3 × 2).
const vp8 = riff(['VP8 ', [0x90, 0x01, 0x00, 0x9d, 0x01, 0x2a, 0x03, 0x00, 0x02, 0x00, 0x01, 0x40]]);
const vp8x = riff(['VP8X', [0x20, 0, 0, 0, 0x02, 0, 0, 0x01, 0, 0]], ['VP8L', [0x2f, 0x02, 0x40, 0x00, 0x00, 0x07, 0x50]]);

describe('logoHeader', () => {
	it('reads type and size from real PNG, JPEG and WebP files', () => {
		expect(logoHeader(png)).toEqual({ type: 'image/png', width: 3, height: 2 });
		expect(logoHeader(jpeg)).toEqual({ type: 'image/jpeg', width: 3, height: 2 });
		for (const file of [vp8l, vp8, vp8x]) expect(logoHeader(file)).toEqual({ type: 'image/webp', width: 3, height: 2 });
	});

	it('refuses a file that only starts like an image', () => {
		const tail = new TextEncoder().encode('<script>alert(1)</script>');
		for (const file of [png, jpeg, vp8l]) {
			expect(logoHeader(Uint8Array.from([...file.subarray(0, 16), ...tail]))).toBeNull();
			expect(logoHeader(file.subarray(0, file.length - 4))).toBeNull();
		}
		expect(logoHeader(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...tail]))).toBeNull();
	});

	it('refuses a PNG whose header was changed after it was written', () => {
		const tampered = png.slice();
		tampered[19] = 0x40; // the width, without fixing the checksum
		expect(logoHeader(tampered)).toBeNull();
	});

	it('refuses an image without pixels', () => {
		const empty = vp8.slice();
		empty[26] = 0;
		empty[27] = 0;
		expect(logoHeader(empty)).toBeNull();
	});
});

describe('checkLogo', () => {
	it('accepts PNG, JPEG and WebP', () => {
		expect(checkLogo(png)).toEqual({ ok: true, type: 'image/png' });
		expect(checkLogo(jpeg)).toEqual({ ok: true, type: 'image/jpeg' });
		expect(checkLogo(vp8x)).toEqual({ ok: true, type: 'image/webp' });
	});

	it('refuses SVG, other files, empty files, files over the limit and images too wide to unpack', () => {
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		expect(checkLogo(svg)).toEqual({ ok: false, reason: 'notAnImage' });
		expect(checkLogo(new TextEncoder().encode('%PDF-1.7'))).toEqual({ ok: false, reason: 'notAnImage' });
		expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
		const big = new Uint8Array(logoMaxBytes + 1);
		big.set(png);
		expect(checkLogo(big)).toEqual({ ok: false, reason: 'tooLarge' });
		const side = logoMaxSide + 1;
		const wide = riff(['VP8 ', [0x90, 0x01, 0x00, 0x9d, 0x01, 0x2a, side & 0xff, side >> 8, 0x02, 0x00, 0x01, 0x40]]);
		expect(checkLogo(wide)).toEqual({ ok: false, reason: 'tooManyPixels' });
	});
});
