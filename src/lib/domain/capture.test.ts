import { describe, expect, it } from 'vitest';
import { checkCapturedText, imageKindOf, previousMeeting } from './capture';

describe('checkCapturedText', () => {
	it('trims and keeps text with a letter or digit, script tags included (they are shown escaped)', () => {
		expect(checkCapturedText('  Iedereen laat elkaar uitpraten ')).toEqual({ ok: true, text: 'Iedereen laat elkaar uitpraten' });
		expect(checkCapturedText('<script>alert(1)</script>')).toMatchObject({ ok: true });
		expect(checkCapturedText('🙂 5 minuten')).toMatchObject({ ok: true });
	});
	it('refuses empty, too long and emoji-only text', () => {
		expect(checkCapturedText('   ')).toEqual({ ok: false, refusal: 'empty' });
		expect(checkCapturedText('a'.repeat(10_000))).toEqual({ ok: false, refusal: 'tooLong' });
		expect(checkCapturedText('🙂🙂🎉')).toEqual({ ok: false, refusal: 'noLetterOrDigit' });
		expect(checkCapturedText('!!! ...')).toEqual({ ok: false, refusal: 'noLetterOrDigit' });
	});
});

describe('imageKindOf', () => {
	const bytes = (...values: number[]) => new Uint8Array(values);
	const text = (s: string) => new TextEncoder().encode(s);
	it('knows JPEG, PNG and HEIC by their first bytes', () => {
		expect(imageKindOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0))).toBe('jpeg');
		expect(imageKindOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
		expect(imageKindOf(new Uint8Array([0, 0, 0, 24, ...text('ftypheic')]))).toBe('heic');
	});
	it('refuses anything else, whatever its name would say', () => {
		expect(imageKindOf(text('hello, I am a .jpg'))).toBeNull();
		expect(imageKindOf(text('GIF89a'))).toBeNull();
		expect(imageKindOf(new Uint8Array(0))).toBeNull();
	});
});

describe('previousMeeting', () => {
	it('takes the nearest earlier meeting, or none for the first', () => {
		const meetings = [{ number: 3 }, { number: 1 }, { number: 2 }];
		expect(previousMeeting(meetings, 3)).toEqual({ number: 2 });
		expect(previousMeeting(meetings, 1)).toBeNull();
	});
});
