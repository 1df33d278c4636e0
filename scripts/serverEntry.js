// Copied to `build/index.js` by scripts/build.js: starts the release that `build/current` names.
// Each build goes into its own folder below `build/releases/`, so a rebuild never changes the files
// of a server that is running; this file and `current` are only ever replaced whole.
// Self-contained on purpose: `build/` is what gets deployed.
import fs, { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const buildDir = path.dirname(fileURLToPath(import.meta.url));
const release = path.join(buildDir, 'releases', readFileSync(path.join(buildDir, 'current'), 'utf8').trim());
const clientDir = path.join(release, 'client');

// While this file exists the build script keeps the release, however many builds follow.
const marker = path.join(release, `.running-${process.pid}`);
writeFileSync(marker, '');
process.once('exit', () => rmSync(marker, { force: true }));

/** Every static file of the release at start, by URL path, as the static file server also lists them once. */
const staticFiles = new Set();
/** @param {string} dir @param {string} prefix */
const collect = (dir, prefix) => {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) {
		const abs = path.join(dir, name);
		if (statSync(abs).isDirectory()) collect(abs, `${prefix}${name}/`);
		else staticFiles.add(`${prefix}${name}`);
	}
};
collect(clientDir, '/');

/**
 * Whether the request is for a static file that was there at start and has gone since (or one of
 * its compressed copies has). The static file server would still try to send it, and a read
 * error there ends the whole process.
 * @param {http.IncomingMessage} req
 */
function vanished(req) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	let pathname;
	try {
		pathname = decodeURI(new URL(req.url ?? '/', 'http://localhost').pathname);
	} catch {
		return false;
	}
	const variants = [pathname, `${pathname}.br`, `${pathname}.gz`].filter((p) => staticFiles.has(p));
	return variants.some((p) => !existsSync(path.join(clientDir, p)));
}

/**
 * Headers for every answer of this server: pages and endpoints, the static files, and the answers
 * SvelteKit gives before its hooks run (a refused cross-site form, a hook's redirect), which is why
 * they are set here and not in `hooks.server.ts`. They go on before the app writes its answer, and
 * a header the app sets itself wins (a route's content type, SvelteKit's Content-Security-Policy).
 * The policy turns off every browser feature the app does not use: the photo upload is a file
 * input, which needs no camera permission, and the browser's own full screen (F11) stays possible.
 * HSTS only when the public address is https, so a test or a local install on http is not told to
 * insist on https for a year.
 */
const securityHeaders = Object.entries({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': [
		'accelerometer',
		'autoplay',
		'bluetooth',
		'camera',
		'display-capture',
		'encrypted-media',
		'fullscreen',
		'geolocation',
		'gyroscope',
		'hid',
		'idle-detection',
		'magnetometer',
		'microphone',
		'midi',
		'payment',
		'picture-in-picture',
		'publickey-credentials-get',
		'screen-wake-lock',
		'serial',
		'usb',
		'web-share',
		'xr-spatial-tracking'
	]
		.map((feature) => `${feature}=()`)
		.join(', '),
	...(process.env.ORIGIN?.startsWith('https://') ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {})
});

const createServer = http.createServer;
// @ts-expect-error the same function, wrapped: adapter-node creates its server with it below
http.createServer = function (...args) {
	const server = createServer.apply(this, /** @type {any} */ (args));
	const emit = server.emit;
	server.emit = function (event, ...rest) {
		if (event === 'request') {
			const res = /** @type {http.ServerResponse} */ (rest[1]);
			for (const [name, value] of securityHeaders) res.setHeader(name, value);
			if (vanished(rest[0])) {
				res.statusCode = 404;
				res.end();
				return true;
			}
		}
		return emit.call(this, event, ...rest);
	};
	return server;
};

// A file can still go between that check and the moment it is opened: then the answer is cut off,
// and the process lives on.
const createReadStream = fs.createReadStream;
fs.createReadStream = /** @type {typeof fs.createReadStream} */ (
	function (file, options) {
		const stream = createReadStream(file, options);
		if (typeof file === 'string' && file.startsWith(clientDir + path.sep)) {
			/** @type {import('node:stream').Writable[]} */
			const targets = [];
			const pipe = stream.pipe;
			stream.pipe = function (destination, pipeOptions) {
				targets.push(destination);
				return pipe.call(this, destination, pipeOptions);
			};
			stream.on('error', () => targets.forEach((target) => target.destroy()));
		}
		return stream;
	}
);
syncBuiltinESMExports();

// A photo of a flipover may be 10 MB (issue #10); adapter-node's default of 512 KB would refuse it
// before the action could say why. Room above 10 MB so an 11 MB photo still reaches the action and
// gets its own message; beyond this adapter-node answers 413 itself.
process.env.BODY_SIZE_LIMIT ||= '16M';

await import(pathToFileURL(path.join(release, 'index.js')).href);
