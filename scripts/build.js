// Builds the production app when it is missing or older than its sources.
// Shared by `npm start` (scripts/start.js), `npm test` (scripts/test.js) and `npm run build` (this
// file run directly, which always builds).
//
// Layout: every build goes into a folder of its own, `build/releases/<name>/`; `build/current`
// names the one to start and `build/index.js` (a copy of scripts/serverEntry.js) starts it. A
// rebuild writes a new release and then swaps `current` by renaming, so a server that is already
// running keeps every file it was started with.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
	'package.json',
	'scripts/serverEntry.js',
	// Served as the policy that /.well-known/security.txt links to.
	'SECURITY.md'
];

/** Generated during the build itself (Paraglide writes its output into src/), so never a reason to rebuild. */
export const ignoredInputs = ['src/lib/paraglide'];

/** Written into a release after a successful build: when it started and what its inputs held then. */
const stampName = '.build-stamp.json';

/** How many finished releases are kept besides the current one and any that a server still runs. */
const keptReleases = 2;

/**
 * Every file below `paths` with its modification time (files only).
 * @param {string} cwd
 * @param {string[]} paths relative files or directories; missing ones are skipped
 * @param {string[]} ignore relative paths to skip entirely
 * @returns {Map<string, number>} relative path → mtimeMs
 */
function inputFiles(cwd, paths, ignore) {
	/** @type {Map<string, number>} */
	const files = new Map();
	const ignored = new Set(ignore.map((p) => path.resolve(cwd, p)));
	/** @param {string} p */
	const visit = (p) => {
		if (ignored.has(p)) return;
		let stats;
		try {
			stats = lstatSync(p);
		} catch {
			return;
		}
		if (stats.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
		else if (stats.isFile()) files.set(path.relative(cwd, p), stats.mtimeMs);
	};
	for (const p of paths) visit(path.resolve(cwd, p));
	return files;
}

/** @param {string} file */
const contentHash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * @param {string} cwd
 * @param {string} outDir
 * @returns {string | null} the folder of the release `current` names
 */
function currentRelease(cwd, outDir) {
	try {
		const name = readFileSync(path.resolve(cwd, outDir, 'current'), 'utf8').trim();
		return name ? path.resolve(cwd, outDir, 'releases', name) : null;
	} catch {
		return null;
	}
}

/**
 * Whether the build in `outDir` is missing or made from other sources than there are now.
 *
 * Only content counts. The build itself rewrites some of its inputs (Paraglide saves
 * `project.inlang/settings.json` unchanged on every run), so a file that is newer than the build
 * is a change only when its content differs from what the build read.
 * @param {{ cwd?: string, outDir?: string, inputs?: string[], ignore?: string[] }} [options]
 * @returns {{ stale: boolean, reason: string }}
 */
export function buildStaleness({ cwd = root, outDir = 'build', inputs = buildInputs, ignore = ignoredInputs } = {}) {
	const release = currentRelease(cwd, outDir);
	if (!release || !existsSync(path.join(release, 'index.js')) || !existsSync(path.resolve(cwd, outDir, 'index.js'))) {
		return { stale: true, reason: `${outDir}/ is missing` };
	}
	/** @type {{ startedAt: number, inputs: Record<string, string> }} */
	let stamp;
	try {
		stamp = JSON.parse(readFileSync(path.join(release, stampName), 'utf8'));
	} catch {
		return { stale: true, reason: `${outDir}/ has no record of its sources` };
	}
	const files = inputFiles(cwd, inputs, ignore);
	for (const [file, mtimeMs] of files) {
		const before = stamp.inputs[file];
		if (before === undefined) return { stale: true, reason: `${file} is new since the last build` };
		if (mtimeMs > stamp.startedAt && contentHash(path.resolve(cwd, file)) !== before) {
			return { stale: true, reason: `${file} changed after the last build` };
		}
	}
	for (const file of Object.keys(stamp.inputs)) {
		if (!files.has(file)) return { stale: true, reason: `${file} was removed after the last build` };
	}
	return { stale: false, reason: `${outDir}/ is up to date` };
}

/**
 * Runs `vite build` into `outDir` and resolves with its exit code.
 * @param {string} cwd
 * @param {string} outDir relative to cwd
 * @returns {Promise<number>}
 */
function viteBuild(cwd, outDir) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [path.join(cwd, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd,
			stdio: 'inherit',
			// svelte.config.js gives this to adapter-node as its output folder.
			env: { ...process.env, SD_BUILD_OUT: outDir }
		});
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
		child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
	});
}

/**
 * Writes `content` to `file` so that a reader sees the old or the new file, never half of one.
 * @param {string} file
 * @param {string | Buffer} content
 */
function replaceFile(file, content) {
	const next = `${file}.${process.pid}.next`;
	writeFileSync(next, content);
	renameSync(next, file);
}

/**
 * Whether a server started from this release still runs (scripts/serverEntry.js leaves a marker).
 * @param {string} release
 */
function inUse(release) {
	return readdirSync(release).some((name) => {
		const pid = Number(/^\.running-(\d+)$/.exec(name)?.[1]);
		if (!pid) return false;
		try {
			process.kill(pid, 0);
			return true;
		} catch (error) {
			return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
		}
	});
}

/**
 * Removes old releases, keeping the current one, the newest few before it and any still running.
 * @param {string} releasesDir
 * @param {string} current name of the current release
 */
function pruneReleases(releasesDir, current) {
	const older = readdirSync(releasesDir)
		.filter((name) => name !== current && !name.startsWith('.'))
		.sort()
		.reverse();
	for (const name of older.slice(keptReleases)) {
		const release = path.join(releasesDir, name);
		if (!inUse(release)) rmSync(release, { recursive: true, force: true });
	}
}

/**
 * Builds a new release when the build is stale (or always, with `force`) and makes it current.
 * Resolves when the build is usable; exits the process with the build's exit code when it fails.
 * @param {{ cwd?: string, outDir?: string, quiet?: boolean, force?: boolean,
 *   build?: (cwd: string, outDir: string) => Promise<number> }} [options]
 *   `build` replaces `vite build` (tests); it must leave a server entry `index.js` in `outDir`.
 */
export async function ensureBuild({ cwd = root, outDir = 'build', quiet = false, force = false, build = viteBuild } = {}) {
	const { stale, reason } = buildStaleness({ cwd, outDir });
	if (!stale && !force) return;
	if (!quiet) console.log(`Building the app (${force ? 'asked for' : reason}) …`);
	const startedAt = Date.now();
	// What the build reads, taken before it starts: an edit made while it runs differs from this.
	/** @type {Record<string, string>} */
	const inputs = {};
	for (const file of inputFiles(cwd, buildInputs, ignoredInputs).keys()) inputs[file] = contentHash(path.resolve(cwd, file));

	const releasesDir = path.resolve(cwd, outDir, 'releases');
	mkdirSync(releasesDir, { recursive: true });
	// Names sort in the order the builds started.
	const stem = `${new Date(startedAt).toISOString().replace(/[-:.]/g, '')}-${process.pid}`;
	let name = stem;
	for (let n = 1; existsSync(path.join(releasesDir, name)); n++) name = `${stem}-${n}`;
	const release = path.join(releasesDir, name);
	const code = await build(cwd, path.relative(cwd, release));
	if (code !== 0 || !existsSync(path.join(release, 'index.js'))) {
		rmSync(release, { recursive: true, force: true });
		console.error('The build failed.');
		process.exit(code !== 0 ? code : 1);
	}
	writeFileSync(path.join(release, stampName), `${JSON.stringify({ startedAt, inputs })}\n`);
	replaceFile(path.resolve(cwd, outDir, 'index.js'), readFileSync(path.join(root, 'scripts/serverEntry.js')));
	replaceFile(path.resolve(cwd, outDir, 'current'), `${name}\n`);
	pruneReleases(releasesDir, name);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await ensureBuild({ force: true });
}
