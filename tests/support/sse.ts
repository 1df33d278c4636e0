/** One message of a text/event-stream; `id` is null when the message set none. */
export interface SseMessage {
	id: string | null;
	data: string;
	/** performance.timeOrigin + performance.now() when its last byte arrived. */
	at: number;
}

/**
 * Reads a server-sent event stream the way EventSource does (messages, ids, comment lines), and
 * lets a test wait for the message it expects.
 */
export class SseReader {
	readonly messages: SseMessage[] = [];
	comments = 0;
	/** The last id the stream set, as the browser would send it back in Last-Event-ID. */
	lastId: string | null = null;
	ended = false;
	private waiters: (() => void)[] = [];
	private reader: ReadableStreamDefaultReader<Uint8Array>;

	constructor(body: ReadableStream<Uint8Array>) {
		this.reader = body.getReader();
		void this.read();
	}

	/** The client goes away, as a closed tab does. */
	cancel(): Promise<void> {
		return this.reader.cancel().catch(() => undefined);
	}

	private async read() {
		const decoder = new TextDecoder();
		let buffer = '';
		try {
			for (;;) {
				const { done, value } = await this.reader.read();
				if (done) break;
				buffer += decoder.decode(value, { stream: true });
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					this.take(buffer.slice(0, end));
					buffer = buffer.slice(end + 2);
				}
			}
		} catch {
			// aborted by the test
		}
		this.ended = true;
		this.wake();
	}

	private take(block: string) {
		let id: string | null = null;
		const data: string[] = [];
		for (const line of block.split('\n')) {
			if (line.startsWith(':')) this.comments++;
			else if (line.startsWith('id:')) id = line.slice(3).trim();
			else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
		}
		if (id !== null) this.lastId = id;
		if (data.length) this.messages.push({ id, data: data.join('\n'), at: performance.timeOrigin + performance.now() });
		this.wake();
	}

	private wake() {
		for (const waiter of this.waiters.splice(0)) waiter();
	}

	/** The parsed data of every message so far. */
	get events(): { type: string; subject: string; occurredAt: string; payload: Record<string, unknown> }[] {
		return this.messages.map((m) => JSON.parse(m.data));
	}

	/** Resolves once `ready` holds, or rejects after `timeoutMs`. */
	async until(ready: () => boolean, timeoutMs = 5000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!ready()) {
			if (this.ended) throw new Error('stream ended');
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`timed out; got ${JSON.stringify(this.messages.map((m) => m.data))}`);
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, left);
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
	}
}
