import { describe, expect, it } from 'vitest';
import { emailKey, fillCheck, phoneKey, reachable, signupsKeptSince } from './signup';

describe('the public sign-up', () => {
	const shown = new Date('2026-12-07T10:00:00Z');
	it('refuses a form sent back within seconds, and one older than a day', () => {
		expect(fillCheck(shown, new Date('2026-12-07T10:00:01Z'))).toBe('tooFast');
		expect(fillCheck(shown, new Date('2026-12-07T10:00:04Z'))).toBe('ok');
		expect(fillCheck(shown, new Date('2026-12-08T11:00:00Z'))).toBe('expired');
		expect(fillCheck(shown, new Date('2026-12-07T09:59:00Z'))).toBe('tooFast');
	});
	it('compares addresses without case and numbers by their digits', () => {
		expect(emailKey('  Anna@Voorbeeld.NL ')).toBe('anna@voorbeeld.nl');
		expect(emailKey('')).toBeNull();
		expect(phoneKey('06-1234 5678')).toBe('0612345678');
		expect(phoneKey('+31 6 12345678')).toBe('0612345678');
		expect(phoneKey('0031612345678')).toBe('0612345678');
		expect(phoneKey(' ')).toBeNull();
	});
	it('needs one way to reach the person', () => {
		expect(reachable({ email: null, phone: null })).toBe(false);
		expect(reachable({ email: 'a@b.nl', phone: null })).toBe(true);
		expect(reachable({ email: null, phone: '0612345678' })).toBe(true);
	});
	it('keeps unaccepted sign-ups sixty days', () => {
		expect(signupsKeptSince(shown).toISOString()).toBe('2026-10-08T10:00:00.000Z');
	});
});
