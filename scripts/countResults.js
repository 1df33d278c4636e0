// Prints one line `N passed, N failed[, N skipped]` from vitest's JSON report.
// Usage: node scripts/countResults.js [report.json]   (default: test-results/vitest.json,
// or the VITEST_JSON environment variable)
import { readFileSync } from 'node:fs';

const file = process.argv[2] || process.env.VITEST_JSON || 'test-results/vitest.json';

/**
 * @param {unknown} report vitest's JSON report
 * @returns {{ passed: number, failed: number, skipped: number }}
 */
export function count(report) {
	const totals = { passed: 0, failed: 0, skipped: 0 };
	const r = /** @type {{ success?: boolean, testResults?: { status?: string, assertionResults?: { status?: string }[] }[] }} */ (report);
	if (!r || !Array.isArray(r.testResults)) return { passed: 0, failed: 1, skipped: 0 };
	for (const suite of r.testResults) {
		let failedHere = 0;
		for (const test of suite.assertionResults ?? []) {
			if (test.status === 'passed') totals.passed++;
			else if (test.status === 'failed') failedHere++;
			else totals.skipped++; // pending, skipped, todo
		}
		// A file that failed to load, or whose beforeAll threw, has no failed test of its own
		// (its tests are reported as skipped): it still counts as one failure.
		if (suite.status === 'failed' && failedHere === 0) failedHere = 1;
		totals.failed += failedHere;
	}
	// Unhandled errors fail the run without failing a test: count them as one failure too.
	if (r.success === false && totals.failed === 0) totals.failed = 1;
	return totals;
}

let totals;
try {
	totals = count(JSON.parse(readFileSync(file, 'utf8')));
} catch {
	totals = { passed: 0, failed: 1, skipped: 0 };
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
