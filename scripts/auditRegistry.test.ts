import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * `npm run audit` end to end: the real npm reads our lock file and asks a registry for advisories.
 * The public registry's advisory endpoint is not reachable from every machine (here it answers 405),
 * so a stand-in registry on this machine answers that one endpoint the way the real one does; what
 * is proved is that CI fails on a high advisory, passes a clean answer, and says "NOT checked" when
 * the endpoint refuses.
 */

type Answer = { status: number; body: unknown };
let answer: Answer = { status: 200, body: {} };
let asked = 0;
let server: Server;
let registry: string;
const caches: string[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			const advisories = req.method === 'POST' && req.url?.startsWith('/-/npm/v1/security/advisories/bulk');
			if (advisories) asked++;
			res.statusCode = advisories ? answer.status : 404;
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify(advisories ? answer.body : {}));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
	for (const dir of caches) rmSync(dir, { recursive: true, force: true });
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

function audit(): Promise<{ code: number; out: string }> {
	return new Promise((resolve) => {
		// A cache of its own each time: npm keeps registry answers, and each test gives a different one.
		const cache = mkdtempSync(path.join(tmpdir(), 'sd-audit-'));
		caches.push(cache);
		const env = { ...process.env, npm_config_registry: registry, npm_config_cache: cache };
		execFile(process.execPath, [path.resolve('scripts/audit.js')], { env, timeout: 120_000 }, (error, stdout) => {
			resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout });
		});
	});
}

const advisory = (severity: string) => ({
	zod: [{ id: 1099999, url: 'https://github.com/advisories/GHSA-zzzz-yyyy-xxxx', title: 'A made-up advisory', severity, vulnerable_versions: '<999.0.0', cwe: [], cvss: { score: 8.1, vectorString: null } }]
});

describe('npm run audit against a registry', () => {
	it('fails on a high advisory in a production dependency, naming it', async () => {
		answer = { status: 200, body: advisory('high') };
		const { code, out } = await audit();
		expect(asked).toBeGreaterThan(0);
		expect(code).toBe(1);
		expect(out).toContain('high GHSA-zzzz-yyyy-xxxx in zod');
		expect(out).toContain('1 high');
	}, 150_000);

	it('passes when the registry knows of nothing worse than moderate', async () => {
		answer = { status: 200, body: advisory('moderate') };
		const { code, out } = await audit();
		expect(code).toBe(0);
		expect(out).toContain('0 critical, 0 high, 1 moderate, 0 low; 0 allowed by audit-allowlist.json; passed');
	}, 150_000);

	it('says the dependencies were not checked when the endpoint refuses', async () => {
		answer = { status: 405, body: { error: 'Method Not Allowed' } };
		const { code, out } = await audit();
		expect(code).toBe(0);
		expect(out).toContain('NOT checked');
	}, 150_000);
});
