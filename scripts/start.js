// `npm start`: builds the app when needed, then serves the production build.
// The server itself opens the database in DATA_DIR (default ./data) and applies the migrations.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { ensureBuild, root } from './build.js';

await ensureBuild();

const env = { ...process.env };
env.PORT ||= '3000';
env.ORIGIN ||= `http://localhost:${env.PORT}`;

const child = spawn(process.execPath, [path.join(root, 'build/index.js')], { cwd: root, stdio: 'inherit', env });

console.log(`Samen Doorbreken draait op ${env.ORIGIN}`);

let signals = 0;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		// The server shuts down gracefully on the first signal (we exit when it does); a second one
		// (Ctrl+C twice) stops it at once.
		signals++;
		if (signals === 2) console.log('Stopping now.');
		child.kill(signals === 1 ? signal : 'SIGKILL');
	});
}

child.on('error', (error) => {
	console.error(error);
	process.exit(1);
});

child.on('exit', (code, signal) => {
	process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
});
