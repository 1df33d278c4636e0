import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safeRedirect';

const origin = 'https://app.example.org';
const fallback = '/series';

/** Where a browser would go when it follows this Location header from a page on `origin`. */
const followed = (location: string) => new URL(location, `${origin}/login`);

describe('safeLocalPath', () => {
	it.each([
		['/people', '/people'],
		['/people?q=Amira#list', '/people?q=Amira#list'],
		['/series/1/schedule', '/series/1/schedule'],
		[`${origin}/people`, '/people'],
		['/%5Cevil.example', '/%5Cevil.example'],
		['/%09/evil.example', '/%09/evil.example']
	])('keeps the local path %s', (target, expected) => {
		expect(safeLocalPath(target, origin, fallback)).toBe(expected);
	});

	it.each([
		null,
		'',
		'/\\evil.example',
		'/\\/evil.example',
		'\\\\evil.example',
		'/\t/evil.example',
		'//evil.example',
		'///evil.example',
		'/.//evil.example',
		'https://evil.example',
		'http://app.example.org/people',
		'https://app.example.org:8443/people',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'mailto:someone@evil.example',
		'http://[::1',
		' //evil.example'
	])('falls back for %j', (target) => {
		expect(safeLocalPath(target, origin, fallback)).toBe(fallback);
	});

	it.each(['/a\nb', '/a\r\nLocation: https://evil.example', '/€', '€', '/a b', '/a\0b', '/\u2028', '/?q=€#€', '/a"<>`'])(
		'always answers something valid in a header and on this site for %j',
		(target) => {
			const path = safeLocalPath(target, origin, fallback);
			expect(path).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
			expect(() => new Headers({ location: path })).not.toThrow();
			expect(followed(path).origin).toBe(origin);
		}
	);
});
