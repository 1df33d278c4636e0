import pg from 'pg';

export interface Listening {
	stop(): Promise<void>;
}

/**
 * One dedicated connection that LISTENs on `channel` (a pooled connection cannot: it goes back to
 * the pool). When it drops, it reconnects with a growing pause and calls `onReconnect`, because
 * notifications sent while it was away are lost and subscribers must catch up from the table.
 */
export async function listenPostgres(
	url: string,
	channel: string,
	onMessage: (payload: string) => void,
	onReconnect: () => void
): Promise<Listening> {
	let stopped = false;
	let client: pg.Client | null = null;
	let timer: NodeJS.Timeout | null = null;
	let pause = 250;

	const connect = async () => {
		const next = new pg.Client({ connectionString: url });
		next.on('notification', (message) => {
			if (message.channel === channel && message.payload) onMessage(message.payload);
		});
		// Both fire when the server or the network goes away; one reconnect is enough.
		let up = false;
		let lost = false;
		const onLost = () => {
			if (!up || lost || stopped) return;
			lost = true;
			void next.end().catch(() => undefined);
			schedule();
		};
		next.on('error', onLost);
		next.on('end', onLost);
		try {
			await next.connect();
			await next.query(`listen ${pg.escapeIdentifier(channel)}`);
		} catch (error) {
			await next.end().catch(() => undefined);
			throw error;
		}
		up = true;
		client = next;
		pause = 250;
	};

	const schedule = () => {
		client = null;
		timer = setTimeout(() => {
			timer = null;
			connect().then(onReconnect, () => {
				pause = Math.min(pause * 2, 10_000);
				if (!stopped) schedule();
			});
		}, pause).unref();
	};

	await connect();
	return {
		stop: async () => {
			stopped = true;
			if (timer) clearTimeout(timer);
			await client?.end().catch(() => undefined);
		}
	};
}
