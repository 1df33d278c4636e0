// Builds the production app (`build/`) when it is missing or older than its sources.
// Shared by `npm start` (scripts/start.js) and `npm test` (scripts/test.js).
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the production build is made from (relative to the project root). */
export const buildInputs = [
	'src',
	'messages',
	'drizzle',
	'static',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/** Generated during the build itself (Paraglide writes its output into src/), so never a reason to rebuild. */
export const ignoredInputs = ['src/lib/paraglide'];

/** Written into the output after a successful build; its mtime is the moment that build started. */
const stampName = '.build-stamp';

/**
 * The newest file below `paths` (files only: directory mtimes change when generated files appear).
 * @param {string[]} paths absolute files or directories; missing ones are skipped
 * @param {string[]} [ignore] absolute paths to skip entirely
 * @returns {{ mtimeMs: number, file: string | null }}
 */
export function newestFile(paths, ignore = []) {
	let newest = { mtimeMs: 0, file: /** @type {string | null} */ (null) };
	const ignored = new Set(ignore.map((p) => path.resolve(p)));
	/** @param {string} p */
	const visit = (p) => {
		if (ignored.has(p)) return;
		let stats;
		try {
			stats = lstatSync(p);
		} catch {
			return;
		}
		if (stats.isDirectory()) {
			for (const name of readdirSync(p)) visit(path.join(p, name));
		} else if (stats.isFile() && stats.mtimeMs > newest.mtimeMs) {
			newest = { mtimeMs: stats.mtimeMs, file: p };
		}
	};
	for (const p of paths) visit(path.resolve(p));
	return newest;
}

/**
 * Whether the build in `outDir` is missing or older than the newest input.
 * @param {{ cwd?: string, outDir?: string, inputs?: string[], ignore?: string[] }} [options]
 * @returns {{ stale: boolean, reason: string }}
 */
export function buildStaleness({ cwd = root, outDir = 'build', inputs = buildInputs, ignore = ignoredInputs } = {}) {
	const out = path.resolve(cwd, outDir);
	const entry = path.join(out, 'index.js');
	if (!existsSync(entry)) return { stale: true, reason: `${outDir}/ is missing` };
	// A stamp from our own build marks when it started; `vite build` run by hand removes the whole
	// output directory, so then the server entry's own mtime is the best we have.
	const stamp = path.join(out, stampName);
	const builtAt = statSync(existsSync(stamp) ? stamp : entry).mtimeMs;
	const newest = newestFile(
		inputs.map((p) => path.resolve(cwd, p)),
		ignore.map((p) => path.resolve(cwd, p))
	);
	if (newest.file && newest.mtimeMs > builtAt) {
		return { stale: true, reason: `${path.relative(cwd, newest.file)} changed after the last build` };
	}
	return { stale: false, reason: `${outDir}/ is up to date` };
}

/**
 * Runs `vite build` when the build is stale. Resolves when the build is usable; exits the process
 * with vite's exit code when the build fails.
 * @param {{ cwd?: string, quiet?: boolean }} [options]
 */
export async function ensureBuild({ cwd = root, quiet = false } = {}) {
	const { stale, reason } = buildStaleness({ cwd });
	if (!stale) return;
	if (!quiet) console.log(`Building the app (${reason}) …`);
	const startedAt = new Date();
	const code = await new Promise((resolve) => {
		const child = spawn(process.execPath, [path.join(cwd, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd,
			stdio: 'inherit',
			env: process.env
		});
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
		child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
	});
	if (code !== 0 || !existsSync(path.join(cwd, 'build/index.js'))) {
		console.error('The build failed.');
		process.exit(typeof code === 'number' && code !== 0 ? code : 1);
	}
	const stamp = path.join(cwd, 'build', stampName);
	writeFileSync(stamp, `${startedAt.toISOString()}\n`);
	// Files edited while the build ran are newer than its start, so the next run rebuilds.
	utimesSync(stamp, startedAt, startedAt);
}
