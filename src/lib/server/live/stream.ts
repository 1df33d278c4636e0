import type { Db } from '../db';
import { eventsSince, latestEventId } from '../db/repositories/events';
import { toRecorded } from '../events/record';
import type { RecordedEvent } from '../events/types';
import type { Hub, Subscriber } from './hub';

/** A client away longer than this many events reloads the page anyway; more would only cost. */
export const REPLAY_LIMIT = 100;
/** Comment lines keep proxies from closing a quiet connection; most close after 30–60 s. */
export const HEARTBEAT_MS = 20_000;
/**
 * A stream ends after this long; the browser reconnects with its Last-Event-ID and passes the
 * policy again, so a revoked session or a changed role does not keep a channel open for hours.
 */
export const MAX_AGE_MS = 5 * 60_000;
/** How many sent ids a stream remembers; far more than arrive out of order at once. */
const RECENT_IDS = 256;

export interface LiveStreamOptions {
	db: Db;
	hub: Hub;
	/** Checked by the caller with the same policy as the page. */
	organisationId: string;
	topic: string;
	/**
	 * The newest event the client has: a reconnecting EventSource's `Last-Event-ID`, or on a first
	 * connection the id its page was loaded at. Null: from now on, no history.
	 */
	lastEventId: number | null;
	/**
	 * Which events this audience gets; the others are skipped (not even their ids): a screen in the
	 * room does not learn that a facilitator wrote a note. Everything when absent.
	 */
	audience?: (type: RecordedEvent['type']) => boolean;
	signal: AbortSignal;
	heartbeatMs?: number;
	maxAgeMs?: number;
}

/** `Last-Event-ID` as sent by the browser, or `?after=`; anything that is not a plain count is ignored. */
export function parseLastEventId(value: string | null): number | null {
	return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/** A reconnect's `Last-Event-ID` wins over the `?after=` its first request was made with. */
export function lastEventIdOf(request: Request, url: URL): number | null {
	return parseLastEventId(request.headers.get('last-event-id')) ?? parseLastEventId(url.searchParams.get('after'));
}

const encoder = new TextEncoder();

const message = (event: RecordedEvent) =>
	`id: ${event.id}\ndata: ${JSON.stringify({ type: event.type, subject: event.subject, occurredAt: event.occurredAt, payload: event.payload })}\n\n`;

/**
 * A text/event-stream of one topic's events. A reconnecting client first gets what it missed
 * from the event table, then the live ones; an event is never sent twice. Everything it holds is
 * released when the client goes away.
 */
export function liveStream(options: LiveStreamOptions): Response {
	const { db, hub, organisationId, topic, signal } = options;
	/** What the client had when it connected: nothing up to here is sent. */
	let floor = 0;
	let lastSent = 0;
	/**
	 * Ids are taken at insert but arrive in commit order, so on PostgreSQL a change that commits
	 * just after a later-numbered one arrives second. Remembering what was sent, rather than only
	 * the highest id, still sends it — and never anything twice.
	 */
	const sent = new Set<number>();
	let ready = false;
	let closed = false;
	const early: RecordedEvent[] = [];
	let controller: ReadableStreamDefaultController<Uint8Array>;
	let heartbeat: NodeJS.Timeout | undefined;
	let expiry: NodeJS.Timeout | undefined;
	let unsubscribe = () => {};
	// Catch-ups run one after another, so events keep their order.
	let catchingUp: Promise<void> = Promise.resolve();

	const write = (text: string) => {
		if (closed) return;
		try {
			controller.enqueue(encoder.encode(text));
		} catch {
			close();
		}
	};
	const send = (event: RecordedEvent) => {
		if (event.id <= floor || sent.has(event.id) || event.organisationId !== organisationId) return;
		sent.add(event.id);
		if (sent.size > RECENT_IDS) sent.delete(sent.values().next().value!);
		lastSent = Math.max(lastSent, event.id);
		if (options.audience && !options.audience(event.type)) return;
		write(message(event));
	};
	const catchUp = () => {
		catchingUp = catchingUp
			.then(async () => {
				if (closed) return;
				for (const row of await eventsSince(db, organisationId, topic, lastSent, REPLAY_LIMIT)) send(toRecorded(row));
			})
			.catch(() => close());
	};
	const close = () => {
		if (closed) return;
		closed = true;
		clearInterval(heartbeat);
		clearTimeout(expiry);
		unsubscribe();
		signal.removeEventListener('abort', close);
		try {
			controller.close();
		} catch {
			// already closed by the client
		}
	};

	const subscriber: Subscriber = {
		deliver: (event) => (ready ? send(event) : early.push(event)),
		resync: catchUp,
		close: () => close()
	};

	const stream = new ReadableStream<Uint8Array>({
		async start(c) {
			controller = c;
			if (signal.aborted) return close();
			signal.addEventListener('abort', close);
			unsubscribe = hub.subscribe(topic, subscriber);
			write('retry: 3000\n\n');
			try {
				const newest = await latestEventId(db, organisationId, topic);
				// An id beyond the topic's newest never came from us: counted from the newest, so it cannot mute the stream.
				floor = lastSent = Math.min(options.lastEventId ?? newest, newest);
				if (options.lastEventId !== null) for (const row of await eventsSince(db, organisationId, topic, lastSent, REPLAY_LIMIT)) send(toRecorded(row));
				// An id without data sets the browser's Last-Event-ID without firing an event.
				write(`id: ${lastSent}\n\n`);
			} catch {
				return close();
			}
			ready = true;
			for (const event of early.splice(0)) send(event);
			// The connection keeps the process alive while it is open, never these timers: a stream whose
			// socket was closed without a word must not hold up a shutdown.
			heartbeat = setInterval(() => write(':\n\n'), options.heartbeatMs ?? HEARTBEAT_MS).unref();
			expiry = setTimeout(close, options.maxAgeMs ?? MAX_AGE_MS).unref();
		},
		cancel: close
	});

	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}
