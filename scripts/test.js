// `npm test`: the whole suite (unit, integration, e2e — the vitest projects in vite.config.ts).
// Extra arguments go to vitest, e.g. `npm test -- --project unit` or `npm test -- src/lib/domain`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBuild, root } from './build.js';

const reportFile = 'test-results/vitest.json';

/**
 * The path of a package's command-line entry in node_modules.
 * @param {string} pkg
 * @param {string} name
 */
function bin(pkg, name) {
	const dir = path.join(root, 'node_modules', pkg);
	const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
	const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
	return path.join(dir, entry);
}

/**
 * Runs `node <script> ...args` in the project root and resolves with its exit code.
 * @param {string} script
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(script, args) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit', env: process.env });
		current = child;
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
		child.on('exit', (code, signal) => {
			current = null;
			resolve(code ?? (signal ? 1 : 0));
		});
	});
}

/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	// Let the running step stop cleanly (vitest closes the servers it started), then exit with it.
	process.on(signal, () => (current ? current.kill(signal) : process.exit(130)));
}

/**
 * The projects named with `--project x` / `--project=x`; empty means all of them.
 * @param {string[]} args
 */
function selectedProjects(args) {
	const projects = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--project' && i + 1 < args.length) projects.push(args[++i]);
		else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
	}
	return projects;
}

const extra = process.argv.slice(2);

// A stale report must never be counted as this run's result.
rmSync(path.join(root, reportFile), { force: true });
mkdirSync(path.join(root, path.dirname(reportFile)), { recursive: true });

let code = await run(bin('@sveltejs/kit', 'svelte-kit'), ['sync']);
if (code !== 0) process.exit(code);

code = await run(bin('@inlang/paraglide-js', 'paraglide-js'), [
	'compile',
	'--project',
	'./project.inlang',
	'--outdir',
	'./src/lib/paraglide'
]);
if (code !== 0) process.exit(code);

// Integration and e2e tests serve the production build; unit tests alone do not need it.
const projects = selectedProjects(extra);
if (projects.length === 0 || projects.some((p) => p !== 'unit')) await ensureBuild();

code = await run(bin('vitest', 'vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile=${reportFile}`,
	...extra
]);
process.exit(code);
