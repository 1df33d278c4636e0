import type { RecordedEvent } from '../events/types';

export interface Subscriber {
	deliver(event: RecordedEvent): void;
	/** The instance's LISTEN connection came back: events may have been missed. */
	resync(): void;
	/** The instance is stopping: end the response, so the browser reconnects to another one. */
	close(): void;
}

/**
 * Routes each committed event to the clients of this instance that follow its topic. One hub per
 * process, fed by one LISTEN; a client costs a set entry, never a database connection.
 */
export class Hub {
	private topics = new Map<string, Set<Subscriber>>();
	/** This instance's own bookkeeping that hears every event, whatever its topic (the identity cache). */
	private observers = new Set<Pick<Subscriber, 'deliver' | 'resync'>>();

	observe(observer: Pick<Subscriber, 'deliver' | 'resync'>): () => void {
		this.observers.add(observer);
		return () => this.observers.delete(observer);
	}

	subscribe(topic: string, subscriber: Subscriber): () => void {
		let set = this.topics.get(topic);
		if (!set) this.topics.set(topic, (set = new Set()));
		set.add(subscriber);
		return () => {
			set.delete(subscriber);
			if (!set.size && this.topics.get(topic) === set) this.topics.delete(topic);
		};
	}

	publish(event: RecordedEvent): void {
		for (const observer of this.observers) observer.deliver(event);
		for (const subscriber of this.topics.get(event.subject) ?? []) subscriber.deliver(event);
	}

	resync(): void {
		for (const observer of this.observers) observer.resync();
		for (const set of this.topics.values()) for (const subscriber of set) subscriber.resync();
	}

	closeAll(): void {
		for (const set of [...this.topics.values()]) for (const subscriber of [...set]) subscriber.close();
	}

	/** Clients following `topic`, or every client of this instance. */
	count(topic?: string): number {
		if (topic) return this.topics.get(topic)?.size ?? 0;
		let total = 0;
		for (const set of this.topics.values()) total += set.size;
		return total;
	}
}

/** A NOTIFY payload as `recordEvent` wrote it; anything else is ignored rather than trusted. */
export function parseNotification(payload: string): RecordedEvent | null {
	try {
		const value: unknown = JSON.parse(payload);
		if (!value || typeof value !== 'object') return null;
		const e = value as Partial<RecordedEvent>;
		if (typeof e.id !== 'number' || typeof e.organisationId !== 'string' || typeof e.subject !== 'string' || typeof e.type !== 'string') return null;
		return e as RecordedEvent;
	} catch {
		return null;
	}
}
