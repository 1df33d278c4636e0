import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../events/types';
import { Hub, parseNotification } from './hub';

const event = (subject: string, id = 1): RecordedEvent => ({
	id,
	organisationId: 'org',
	type: 'meeting.groupsLocked',
	subject,
	occurredAt: '2031-01-01T00:00:00.000Z',
	payload: {}
});

function subscriber() {
	const got: number[] = [];
	let closed = false;
	return { got, closed: () => closed, deliver: (e: RecordedEvent) => got.push(e.id), resync: () => {}, close: () => (closed = true) };
}

describe('the live hub', () => {
	it('routes an event to the subscribers of its topic only', () => {
		const hub = new Hub();
		const [a, b] = [subscriber(), subscriber()];
		hub.subscribe('one', a);
		hub.subscribe('two', b);
		hub.publish(event('one', 7));
		expect(a.got).toEqual([7]);
		expect(b.got).toEqual([]);
	});

	it('lets an observer hear every topic, and every resync', () => {
		const hub = new Hub();
		const heard: number[] = [];
		let resyncs = 0;
		const stop = hub.observe({ deliver: (e) => heard.push(e.id), resync: () => (resyncs += 1) });
		hub.publish(event('one', 1));
		hub.publish(event('two', 2));
		hub.resync();
		stop();
		hub.publish(event('one', 3));
		expect(heard).toEqual([1, 2]);
		expect(resyncs).toBe(1);
		expect(hub.count()).toBe(0);
	});

	it('forgets a topic once its last subscriber leaves', () => {
		const hub = new Hub();
		const leave = [hub.subscribe('one', subscriber()), hub.subscribe('one', subscriber())];
		expect(hub.count('one')).toBe(2);
		for (const l of leave) l();
		expect(hub.count('one')).toBe(0);
		expect(hub.count()).toBe(0);
	});

	it('closes every subscriber when the instance stops', () => {
		const hub = new Hub();
		const [a, b] = [subscriber(), subscriber()];
		hub.subscribe('one', a);
		hub.subscribe('two', b);
		hub.closeAll();
		expect([a.closed(), b.closed()]).toEqual([true, true]);
	});

	it('ignores a notification it did not write', () => {
		expect(parseNotification('not json')).toBeNull();
		expect(parseNotification('null')).toBeNull();
		expect(parseNotification(JSON.stringify({ id: '1', organisationId: 'o', subject: 's', type: 't' }))).toBeNull();
		expect(parseNotification(JSON.stringify(event('s')))).toEqual(event('s'));
	});
});
