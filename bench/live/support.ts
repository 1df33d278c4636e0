/**
 * What the live benchmarks share: a plain-socket EventSource that times each message, the app's
 * memory after a full collection, a signed-in cookie, percentiles.
 */
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { password } from '../../tests/support/factories';

const here = path.dirname(fileURLToPath(import.meta.url));

export const now = () => performance.timeOrigin + performance.now();

export const scratch = mkdtempSync(path.join(tmpdir(), 'sd-bench-live-'));
const memoryFile = path.join(scratch, 'memory');
/** Lets the app's process report its memory after a full garbage collection (memoryProbe.js). */
export const probeEnv = {
	NODE_OPTIONS: `--expose-gc --import ${pathToFileURL(path.join(here, 'memoryProbe.js')).href}`,
	BENCH_MEMORY_FILE: memoryFile
};

export interface Memory {
	rss: number;
	heapUsed: number;
	external: number;
}

/** The app's memory right after a full collection, in KB. */
export async function memoryOf(pid: number): Promise<Memory> {
	const file = `${memoryFile}.${pid}`;
	rmSync(file, { force: true });
	process.kill(pid, 'SIGUSR2');
	for (let i = 0; i < 100; i++) {
		await new Promise((r) => setTimeout(r, 100));
		try {
			const m = JSON.parse(readFileSync(file, 'utf8')) as Memory;
			return { rss: m.rss / 1024, heapUsed: m.heapUsed / 1024, external: m.external / 1024 };
		} catch {
			// not written yet
		}
	}
	throw new Error('the app did not report its memory');
}

export interface Follower {
	latencies: number[];
	ready: Promise<void>;
	close(): void;
}

/** One EventSource-like client on a plain socket: cheap enough that 750 of them fit in this process. */
export function follow(url: string, cookie: string, onMessage?: (at: number, data: { type: string; occurredAt: string }) => void): Follower {
	const latencies: number[] = [];
	let resolveReady: () => void;
	const ready = new Promise<void>((resolve) => (resolveReady = resolve));
	const req = http.get(url, { headers: { cookie, accept: 'text/event-stream' }, agent: false }, (res) => {
		if (res.statusCode !== 200) throw new Error(`live channel answered ${res.statusCode}`);
		res.setEncoding('utf8');
		let buffer = '';
		res.on('data', (chunk: string) => {
			const at = now();
			buffer += chunk;
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				if (block.startsWith('id:') && !block.includes('data:')) resolveReady();
				const data = block.split('\n').find((line) => line.startsWith('data:'));
				if (!data) continue;
				const parsed = JSON.parse(data.slice(5)) as { type: string; occurredAt: string };
				if (onMessage) onMessage(at, parsed);
				else latencies.push(at - Date.parse(parsed.occurredAt));
			}
		});
		res.on('error', () => undefined);
	});
	req.on('error', () => undefined);
	return { latencies, ready, close: () => req.destroy() };
}

export async function signedInCookie(url: string, email: string): Promise<string> {
	const res = await fetch(`${url}/login`, {
		method: 'POST',
		redirect: 'manual',
		body: new URLSearchParams({ email, password }),
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' }
	});
	return res.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.join('; ');
}

// The table and percentiles moved to tests/support so the short load run in the tests prints the same way.
export { ms, percentile, printTable } from '../../tests/support/figures';
