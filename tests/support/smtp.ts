import { SMTPServer } from 'smtp-server';
import { freePort } from './app';

export interface ReceivedMail {
	to: string[];
	raw: string;
}

/**
 * A real SMTP listener on loopback that keeps what it receives, for tests where mail matters.
 * `hold(true)` keeps each message unanswered until `hold(false)`: a message counts as received only
 * when it is accepted while its sender is still connected, as with a real server.
 */
export async function startSmtp(options: { port?: number } = {}) {
	const received: ReceivedMail[] = [];
	const waiting: (() => void)[] = [];
	const gone = new Set<string>();
	let holding = false;
	let connected = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onConnect(_session, callback) {
			connected += 1;
			callback();
		},
		onClose(session) {
			connected -= 1;
			gone.add(session.id);
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const accept = () => {
					if (gone.has(session.id)) return callback(new Error('sender went away'));
					received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
					callback();
				};
				if (holding) waiting.push(accept);
				else accept();
			});
		}
	});
	const port = options.port ?? (await freePort());
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		/** How many messages wait for an answer while holding. */
		held: () => waiting.length,
		/** How many senders are connected right now. */
		connections: () => connected,
		hold(on: boolean) {
			holding = on;
			if (!on) for (const accept of waiting.splice(0)) accept();
		},
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The text of a quoted-printable mail body, so links split over lines can be read back. */
export function decodeQuotedPrintable(raw: string): string {
	return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
