import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaleness, ensureBuild } from '../../scripts/build.js';
import { startApp, type RunningApp } from '../support/app';

describe('the production build', () => {
	it('counts as up to date after the build this suite runs on (the build does not dirty its own inputs)', () => {
		expect(buildStaleness()).toEqual({ stale: false, reason: 'build/ is up to date' });
	});
});

describe('a running server', () => {
	// A copy of the current build, so rebuilding and deleting files here leaves build/ alone; inside
	// the project, where the server finds node_modules.
	mkdirSync('test-results', { recursive: true });
	const buildDir = mkdtempSync(path.resolve('test-results/build-'));
	const source = path.resolve('build');
	const release = readFileSync(path.join(source, 'current'), 'utf8').trim();
	const releaseDir = path.join(buildDir, 'releases', release);
	let app: RunningApp<object>;

	/** A rebuild as far as the running server can tell: a new release, then `current` switched to it. */
	const rebuild = () =>
		ensureBuild({
			outDir: buildDir,
			force: true,
			quiet: true,
			build: async (cwd, outDir) => {
				cpSync(path.join(source, 'releases', release), path.resolve(cwd, outDir), { recursive: true });
				return 0;
			}
		});

	/** The hashed start script every page loads, as the page names it. */
	const startScript = async () => {
		const html = await (await fetch(`${app.url}/setup`)).text();
		const found = /\/_app\/immutable\/entry\/start\.[\w-]+\.js/.exec(html)?.[0];
		expect(found).toBeDefined();
		return found!;
	};

	beforeAll(async () => {
		cpSync(path.join(source, 'releases', release), releaseDir, { recursive: true });
		cpSync(path.join(source, 'index.js'), path.join(buildDir, 'index.js'));
		writeFileSync(path.join(buildDir, 'current'), `${release}\n`);
		app = await startApp('pglite', async () => ({}), {}, { entry: path.join(buildDir, 'index.js') });
	});
	afterAll(async () => {
		await app?.stop();
		rmSync(buildDir, { recursive: true, force: true });
	});

	it('keeps serving its own files through several rebuilds', async () => {
		const script = await startScript();
		for (let i = 0; i < 4; i++) await rebuild();
		expect(readFileSync(path.join(buildDir, 'current'), 'utf8').trim()).not.toBe(release);
		expect((await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'br' } })).status).toBe(200);
		expect((await fetch(`${app.url}/setup`)).status).toBe(200);
	});

	it('answers 404 for a static file that has gone, and lives on', async () => {
		const script = await startScript();
		for (const suffix of ['', '.br', '.gz']) rmSync(path.join(releaseDir, 'client', `${script}${suffix}`));
		for (const encoding of ['br', 'gzip', 'identity']) {
			const res = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': encoding } });
			expect(res.status, encoding).toBe(404);
		}
		expect((await fetch(`${app.url}/setup`)).status).toBe(200);
		expect(app.logs.join('')).not.toMatch(/ENOENT/);
	});
});
