import { database, type Database } from '../db';
import { eventChannel } from '../events/types';
import { Hub, parseNotification } from './hub';

/** Connects a hub to the database's notifications: the one LISTEN of this instance. */
export async function connectHub(db: Database): Promise<Hub> {
	const hub = new Hub();
	await db.listen(
		eventChannel,
		(payload) => {
			const event = parseNotification(payload);
			if (event) hub.publish(event);
		},
		() => hub.resync()
	);
	return hub;
}

let hub: Promise<Hub> | null = null;

/** This process's hub, listening from its first subscriber on. */
export function liveHub(): Promise<Hub> {
	hub ??= database()
		.then(connectHub)
		.catch((error: unknown) => {
			hub = null;
			throw error;
		});
	return hub;
}

// adapter-node waits for open responses before it exits; a live stream never ends by itself.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, () => void hub?.then((h) => h.closeAll(), () => undefined));
}
