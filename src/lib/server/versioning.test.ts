import { describe, expect, it } from 'vitest';
import { afterConflict, readVersionToken, stale, versionToken } from './versioning';

describe('version tokens', () => {
	it('carry the version and the snapshot the form was loaded with', () => {
		expect(readVersionToken(versionToken(7, { name: 'Ans', phone: '' }))).toEqual({ version: 7, snapshot: { name: 'Ans', phone: '' } });
	});

	it.each(['', '0', '-1', '01', 'abc', '1e3', '99999999999', '2147483648', '.e30'])('refuse %j as a version', (token) => {
		expect(readVersionToken(token)).toBeNull();
	});

	it.each([
		['no snapshot', '3'],
		['a snapshot that is not base64 JSON', '3.%%%'],
		['a snapshot that is a list', `3.${Buffer.from('["a"]').toString('base64url')}`],
		['a snapshot with a value that is not text', `3.${Buffer.from('{"a":1}').toString('base64url')}`]
	])('keep the version of a token with %s, without its snapshot', (_, token) => {
		expect(readVersionToken(token)).toEqual({ version: 3, snapshot: null });
	});
});

describe('a stale save', () => {
	it('names what differs between the loaded snapshot and the current one', () => {
		expect(stale({ version: 1, snapshot: { name: 'Ans', phone: '' } }, { name: 'Anna', phone: '' })).toEqual({
			ok: false,
			code: 'stale',
			changed: ['name']
		});
	});

	it('names nothing when the snapshot could not be read', () => {
		expect(stale({ version: 1, snapshot: null }, { name: 'Anna' }).changed).toEqual([]);
	});
});

describe('a save whose version no longer matches', () => {
	const based = { version: 1, snapshot: { name: 'Ans', phone: '' } };

	it('counts as saved when the thing already is what was submitted', () => {
		expect(afterConflict(based, { name: 'Anna', phone: '' }, { name: 'Anna', phone: '' })).toEqual({ ok: true, value: {} });
	});

	it('is stale when anything differs, named against what the form was loaded with', () => {
		expect(afterConflict(based, { name: 'Anna', phone: '' }, { name: 'Ans', phone: '06' })).toEqual({ ok: false, code: 'stale', changed: ['name'] });
	});
});
