// Loaded into the app's process by the live benchmark only (NODE_OPTIONS=--import): on SIGUSR2 it
// collects garbage and writes the process's memory use to BENCH_MEMORY_FILE, so the figure per
// connection counts what connections hold, not garbage waiting for the collector.
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
	globalThis.gc?.();
	writeFileSync(`${process.env.BENCH_MEMORY_FILE}.${process.pid}`, JSON.stringify(process.memoryUsage()));
});
