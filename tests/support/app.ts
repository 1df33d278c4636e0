import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/lib/server/db/client';
import type { Db } from '../../src/lib/server/db';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL points at one. */
export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface RunningApp<T> {
	url: string;
	seeded: T;
	logs: string[];
	/** The server's process id, for benchmarks that read its memory or CPU time (changes on restart). */
	readonly pid: number;
	/** Ends the server at once, as a crash or a power cut would: nothing gets to finish. */
	kill(): Promise<void>;
	/** Serves the same database again on the same address, as after a restart. */
	restart(): Promise<void>;
	/** Stops the server as an operator would (SIGTERM), keeping its database, e.g. to copy it. */
	halt(): Promise<void>;
	/** Where the served database lives: the embedded one's folder, or the PostgreSQL address. */
	readonly database: { dataDir: string; url: string | null };
	/**
	 * Opens the database the app serves and reads it directly. An embedded database has one owner
	 * at a time, so on PGlite the server must not be running (after `kill`, or stop it first).
	 */
	read<R>(look: (db: Db) => Promise<R>): Promise<R>;
	/** A second instance of the app on the same PostgreSQL database (not possible on PGlite). */
	another(): Promise<{ url: string; logs: string[]; pid: number }>;
	stop(): Promise<void>;
}

interface Served {
	url: string;
	logs: string[];
	pid: number;
	dataDir: string;
	/** Ends the process with `signal` and waits until it has exited. */
	end(signal: NodeJS.Signals): Promise<void>;
}

/** Serves the production build in a child process (on `port`, or a free one); resolves once it answers. */
async function serve(server: string, env: Record<string, string>, logs: string[] = [], port?: number): Promise<Served> {
	port ??= await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [server], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			AUTH_SECRET: 'test-secret-with-enough-length-0123456789',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => logs.push(String(d)));
	child.stderr?.on('data', (d) => logs.push(String(d)));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited early:\n${logs.join('')}`);
		try {
			const res = await fetch(`${url}/login`, { redirect: 'manual' });
			if (res.status < 500) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`server did not start:\n${logs.join('')}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		logs,
		pid: child.pid!,
		dataDir: env.DATA_DIR!,
		end: async (signal) => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = new Promise((r) => child.once('exit', r));
			child.kill(signal);
			// A server that has not exited well after adapter-node's own 30 s shutdown timeout is stuck:
			// it is noted in its logs and killed, so one stuck stop cannot time out a whole test file.
			const stuck = setTimeout(() => {
				logs.push(`[test harness] no exit 45 s after ${signal}; killed\n`);
				child.kill('SIGKILL');
			}, 45_000);
			await exited;
			clearTimeout(stuck);
		}
	};
}

/**
 * The production build served on a database that already exists (a restored backup), as
 * `npm start` would with this DATA_DIR or DATABASE_URL.
 */
export async function serveExisting(database: { dataDir: string; url: string | null }, { entry = 'build/index.js' }: { entry?: string } = {}) {
	const served = await serve(path.resolve(entry), { DATA_DIR: database.dataDir, DATABASE_URL: database.url ?? '' });
	return { url: served.url, logs: served.logs, stop: () => served.end('SIGTERM') };
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
	const base = process.env.TEST_DATABASE_URL!;
	const name = `sd_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const c = new pg.Client({ connectionString: base });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

/**
 * Seeds a fresh database, then serves the production build on it in a child process, exactly as
 * `npm start` would. The seed runs first because an embedded database has one owner at a time.
 */
export async function startApp<T>(
	kind: DatabaseKind,
	seed: (db: Db) => Promise<T>,
	env: Record<string, string> = {},
	{ entry = 'build/index.js' }: { entry?: string } = {}
): Promise<RunningApp<T>> {
	const server = path.resolve(entry);
	if (!existsSync(server)) throw new Error('No production build: run `npm run build` (npm test does it for you).');
	const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-test-'));
	const pgDb = kind === 'postgres' ? await freshPostgres() : null;
	const database = await openDatabase({ url: pgDb?.url ?? null, dataDir });
	let seeded: T;
	try {
		seeded = await seed(database.db);
	} finally {
		await database.close();
	}
	const firstEnv = { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '', ...env };
	let first = await serve(server, firstEnv);
	const port = Number(new URL(first.url).port);
	const others: Served[] = [];
	return {
		url: first.url,
		seeded,
		logs: first.logs,
		get pid() {
			return first.pid;
		},
		kill: () => first.end('SIGKILL'),
		restart: async () => {
			first = await serve(server, firstEnv, first.logs, port);
		},
		halt: () => first.end('SIGTERM'),
		database: { dataDir, url: pgDb?.url ?? null },
		read: async (look) => {
			const opened = await openDatabase({ url: pgDb?.url ?? null, dataDir });
			try {
				return await look(opened.db);
			} finally {
				await opened.close();
			}
		},
		another: async () => {
			if (!pgDb) throw new Error('Only PostgreSQL has room for a second instance on one database.');
			const next = await serve(server, { ...firstEnv, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sd-test-')) });
			others.push(next);
			return { url: next.url, logs: next.logs, pid: next.pid };
		},
		stop: async () => {
			await Promise.all([first, ...others].map((s) => s.end('SIGTERM')));
			for (const other of others) rmSync(other.dataDir, { recursive: true, force: true });
			await pgDb?.drop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
