import { describe, expect, it } from 'vitest';
import { changedKeys } from './changes';

describe('changedKeys', () => {
	it.each([
		['nothing changed', { name: 'Ans', phone: '' }, { name: 'Ans', phone: '' }, []],
		['one value changed', { name: 'Ans', phone: '' }, { name: 'Ans', phone: '0612345678' }, ['phone']],
		['a key was added', { a: 'participant' }, { a: 'participant', b: 'facilitator' }, ['b']],
		['a key was removed', { a: 'participant', b: 'facilitator' }, { a: 'participant' }, ['b']],
		['several, in a stable order', { z: '1', a: '1', m: '1' }, { z: '2', a: '2', m: '1' }, ['a', 'z']],
		['an empty value is a value', { note: '' }, {}, ['note']]
	])('%s', (_, before, after, expected) => {
		expect(changedKeys(before, after)).toEqual(expected);
	});
});
