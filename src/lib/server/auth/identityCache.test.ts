import { describe, expect, it } from 'vitest';
import { createIdentityCache, type Identity } from './identityCache';

const identity: Identity = { user: { id: 'u', name: 'Sam', email: 'sam@example.org' }, member: null, organisations: [], chosen: null };

describe('identity cache', () => {
	it('remembers a session for a few seconds only', () => {
		let clock = 0;
		const cache = createIdentityCache(10_000, 10, () => clock);
		cache.set('token', identity);
		clock = 9_999;
		expect(cache.get('token')).toBe(identity);
		clock = 10_001;
		expect(cache.get('token')).toBeNull();
	});

	it('drops the oldest session when full, and forgets on request', () => {
		const cache = createIdentityCache(10_000, 2, () => 0);
		cache.set('a', identity);
		cache.set('b', identity);
		cache.set('c', identity);
		expect(cache.get('a')).toBeNull();
		expect(cache.get('c')).toBe(identity);
		cache.forget('c');
		expect(cache.get('c')).toBeNull();
		cache.clear();
		expect(cache.get('b')).toBeNull();
	});

	it('forgets every session of one account, and only those', () => {
		const cache = createIdentityCache(10_000, 10, () => 0);
		const other: Identity = { ...identity, user: { ...identity.user, id: 'v' } };
		cache.set('phone', identity);
		cache.set('laptop', identity);
		cache.set('theirs', other);
		cache.forgetUser('u');
		expect(cache.get('phone')).toBeNull();
		expect(cache.get('laptop')).toBeNull();
		expect(cache.get('theirs')).toBe(other);
	});
});
