import { describe, expect, it } from 'vitest';
import { checkLogo, logoMaxBytes } from './logo';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('logo check', () => {
	it('recognises PNG, JPEG and WebP by their first bytes', () => {
		expect(checkLogo(png)).toEqual({ ok: true, type: 'image/png' });
		expect(checkLogo(jpeg)).toEqual({ ok: true, type: 'image/jpeg' });
		expect(checkLogo(webp)).toEqual({ ok: true, type: 'image/webp' });
	});

	it('refuses SVG, other files, empty files and files over the limit', () => {
		expect(checkLogo(svg)).toEqual({ ok: false, reason: 'notAnImage' });
		expect(checkLogo(new TextEncoder().encode('%PDF-1.7'))).toEqual({ ok: false, reason: 'notAnImage' });
		expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
		const big = new Uint8Array(logoMaxBytes + 1);
		big.set(png);
		expect(checkLogo(big)).toEqual({ ok: false, reason: 'tooLarge' });
	});
});
