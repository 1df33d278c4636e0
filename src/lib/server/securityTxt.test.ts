import { describe, expect, it } from 'vitest';
import { placeholderContact, securityTxt } from './securityTxt';

const now = new Date('2026-12-07T06:00:00.000Z');
const origin = 'https://ontmoetingen.example.org';

describe('security.txt', () => {
	it('has the fields of RFC 9116, expiring a year after the request', () => {
		expect(securityTxt({ contact: 'https://example.org/melden', origin, now })).toBe(
			[
				'Contact: https://example.org/melden',
				'Expires: 2027-12-07T06:00:00.000Z',
				'Preferred-Languages: nl, en',
				`Canonical: ${origin}/.well-known/security.txt`,
				`Policy: ${origin}/.well-known/security-policy.md`,
				''
			].join('\n')
		);
	});

	it('falls back to the address of SECURITY.md, and makes a bare address an e-mail link', () => {
		expect(securityTxt({ contact: null, origin, now })).toContain(`Contact: ${placeholderContact}\n`);
		expect(securityTxt({ contact: '  ', origin, now })).toContain(`Contact: ${placeholderContact}\n`);
		expect(securityTxt({ contact: 'meldpunt@example.org', origin, now })).toContain('Contact: mailto:meldpunt@example.org\n');
	});
});
