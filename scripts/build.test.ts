import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStaleness, ensureBuild } from './build.js';

const settings = 'project.inlang/settings.json';

/**
 * Stands in for `vite build` as far as the staleness check can tell: it writes a server entry into
 * the release folder and, like Paraglide does on every build, saves the inlang settings again
 * with the same content (a newer mtime).
 */
async function fakeBuild(cwd: string, outDir: string): Promise<number> {
	const file = path.join(cwd, settings);
	writeFileSync(file, readFileSync(file));
	mkdirSync(path.join(cwd, outDir), { recursive: true });
	writeFileSync(path.join(cwd, outDir, 'index.js'), '');
	return 0;
}

describe('the production build', () => {
	let cwd: string;
	const write = (file: string, content: string) => {
		mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
		writeFileSync(path.join(cwd, file), content);
	};
	/** Makes a file look edited after the build without waiting for the clock. */
	const touchLater = (file: string) => {
		const later = new Date(Date.now() + 60_000);
		utimesSync(path.join(cwd, file), later, later);
	};

	beforeEach(() => {
		cwd = mkdtempSync(path.join(tmpdir(), 'sd-build-'));
		write('src/app.ts', 'export {};\n');
		write(settings, '{ "baseLocale": "nl" }\n');
		write('package.json', '{}\n');
	});
	afterEach(() => rmSync(cwd, { recursive: true, force: true }));

	it('is fresh right after it was built, although the build saved its own settings again', async () => {
		expect(buildStaleness({ cwd }).stale).toBe(true);
		await ensureBuild({ cwd, quiet: true, build: fakeBuild });
		expect(buildStaleness({ cwd })).toEqual({ stale: false, reason: 'build/ is up to date' });
		touchLater(settings);
		expect(buildStaleness({ cwd }).stale).toBe(false);
	});

	it('is stale when a source changes, appears or goes', async () => {
		await ensureBuild({ cwd, quiet: true, build: fakeBuild });
		write('src/app.ts', 'export const changed = true;\n');
		touchLater('src/app.ts');
		expect(buildStaleness({ cwd }).reason).toBe('src/app.ts changed after the last build');

		await ensureBuild({ cwd, quiet: true, build: fakeBuild });
		write('src/new.ts', '');
		expect(buildStaleness({ cwd }).reason).toBe('src/new.ts is new since the last build');

		await ensureBuild({ cwd, quiet: true, build: fakeBuild });
		rmSync(path.join(cwd, 'src/new.ts'));
		expect(buildStaleness({ cwd }).reason).toBe('src/new.ts was removed after the last build');
	});

	it('builds each time into a new folder and keeps the ones a running server uses', async () => {
		await ensureBuild({ cwd, quiet: true, build: fakeBuild });
		const first = readFileSync(path.join(cwd, 'build/current'), 'utf8').trim();
		// What scripts/serverEntry.js leaves while it runs; this test's own process stands in for the server.
		writeFileSync(path.join(cwd, 'build/releases', first, `.running-${process.pid}`), '');
		for (let i = 0; i < 4; i++) await ensureBuild({ cwd, quiet: true, force: true, build: fakeBuild });

		const current = readFileSync(path.join(cwd, 'build/current'), 'utf8').trim();
		expect(current).not.toBe(first);
		const releases = readdirSync(path.join(cwd, 'build/releases'));
		expect(releases).toContain(first);
		// The current one, the two before it and the one still running; the oldest unused one is gone.
		expect(releases).toHaveLength(4);
		expect(readFileSync(path.join(cwd, 'build/index.js'), 'utf8')).toBe(readFileSync(new URL('./serverEntry.js', import.meta.url), 'utf8'));
		expect(existsSync(path.join(cwd, 'build/releases', current, 'index.js'))).toBe(true);
	});
});
