import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface DecodedHeic {
	width: number;
	height: number;
	/** RGBA, four bytes a pixel. */
	data: Uint8Array;
}

/*
 * Decoding runs in its own thread: libheif (WebAssembly, through heic-decode) takes more than a
 * second for a 12-megapixel iPhone photo and would stop every live meeting's clock and stream on
 * this instance meanwhile. The size is read from the header before the pixels are decoded, so a
 * photo that claims an enormous picture is refused without the memory for it.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.decoder);
(async () => {
	let images;
	try {
		images = await decode.all({ buffer: workerData.bytes });
		const first = images[0];
		if (first.width * first.height > workerData.maxPixels) return parentPort.postMessage({ refusal: 'tooManyPixels' });
		const { width, height, data } = await first.decode();
		const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
		parentPort.postMessage({ width, height, data: pixels }, [pixels.buffer]);
	} catch {
		parentPort.postMessage({ refusal: 'unreadable' });
	} finally {
		images?.dispose();
	}
})();
`;

const decoderPath = createRequire(import.meta.url).resolve('heic-decode');

/** A HEIC/HEIF photo's first image as RGBA; null when it cannot be read or is too large. */
export function decodeHeic(bytes: Uint8Array, maxPixels: number, timeoutMs = 30_000): Promise<DecodedHeic | null> {
	return new Promise((resolve) => {
		const worker = new Worker(workerSource, { eval: true, workerData: { decoder: decoderPath, bytes, maxPixels } });
		let settled = false;
		// Answered once the thread is gone, so no decoder outlives its request.
		const done = (result: DecodedHeic | null) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			void worker.terminate().finally(() => resolve(result));
		};
		const timer = setTimeout(() => done(null), timeoutMs);
		worker.once('message', (message: DecodedHeic | { refusal: string }) => done('refusal' in message ? null : message));
		worker.once('error', () => done(null));
		worker.once('exit', () => done(null));
	});
}
