/** How benchmarks and the tests that run a short version of them print their figures. */

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A Markdown table, as bench/README.md keeps the figures: `[heading, cell]` per column, the first left-aligned. */
export function printTable<R>(rows: readonly R[], columns: readonly [string, (row: R) => string | number][]) {
	console.log(`| ${columns.map(([heading]) => heading).join(' | ')} |`);
	console.log(`|${columns.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
	for (const row of rows) console.log(`| ${columns.map(([, cell]) => cell(row)).join(' | ')} |`);
}

export const ms = (x: number) => x.toFixed(1);
