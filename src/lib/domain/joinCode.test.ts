import { describe, expect, it } from 'vitest';
import {
	formatJoinCode,
	joinCodeAlphabet,
	joinCodeBytesUsable,
	joinCodeExpiry,
	joinCodeFrom,
	joinCodeRefusal,
	normaliseJoinCode
} from './joinCode';

describe('normaliseJoinCode', () => {
	it('accepts a code however it is typed', () => {
		expect(normaliseJoinCode('k7m-q2x')).toBe('K7MQ2X');
		expect(normaliseJoinCode(' K7M Q2X ')).toBe('K7MQ2X');
		expect(normaliseJoinCode('ｋ７ｍｑ２ｘ')).toBe('K7MQ2X');
	});

	it('refuses what cannot be a code, so it is never looked up', () => {
		for (const typed of ['', 'K7MQ2', 'K7MQ2XX', 'K0MQ2X', 'K1MQ2X', 'KIMQ2X', 'KOMQ2X', 'K7MQ2X;', '<script>']) {
			expect(normaliseJoinCode(typed)).toBe(null);
		}
	});
});

describe('joinCodeFrom', () => {
	it('makes six characters of the alphabet', () => {
		const code = joinCodeFrom(new Uint8Array([0, 1, 30, 31, 100, 247]));
		expect(code).toHaveLength(6);
		expect([...code].every((c) => joinCodeAlphabet.includes(c))).toBe(true);
		expect(normaliseJoinCode(code)).toBe(code);
	});

	it('uses only bytes that keep every character equally likely', () => {
		expect(joinCodeBytesUsable(new Uint8Array([0, 247, 10, 10, 10, 10]))).toBe(true);
		expect(joinCodeBytesUsable(new Uint8Array([0, 248, 10, 10, 10, 10]))).toBe(false);
	});

	it('is shown in two halves', () => {
		expect(formatJoinCode('K7MQ2X')).toBe('K7M-Q2X');
	});
});

describe('joinCodeExpiry', () => {
	const now = new Date('2026-12-07T09:00:00Z');

	it('ends a few hours after the meeting', () => {
		expect(joinCodeExpiry(now, new Date('2026-12-07T11:00:00Z')).toISOString()).toBe('2026-12-07T14:00:00.000Z');
	});

	it('never lasts more than a day, however far off the meeting is', () => {
		expect(joinCodeExpiry(now, new Date('2026-12-20T11:00:00Z')).toISOString()).toBe('2026-12-08T09:00:00.000Z');
	});

	it('says why a code no longer works', () => {
		const expiresAt = new Date('2026-12-07T14:00:00Z');
		expect(joinCodeRefusal({ expiresAt, closedAt: null }, now)).toBe(null);
		expect(joinCodeRefusal({ expiresAt, closedAt: null }, expiresAt)).toBe('expired');
		expect(joinCodeRefusal({ expiresAt, closedAt: now }, now)).toBe('closed');
	});
});
