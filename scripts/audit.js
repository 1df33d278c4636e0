// `npm run audit` (and a step of .ci/run): the production dependencies against the registry's list
// of advisories. Fails on a high or critical advisory unless `audit-allowlist.json` names it with a
// reason and a review date that has not passed; prints one line. When the registry's audit endpoint
// cannot be reached (some machines reach only a mirror without it) it says so and does not fail:
// a build must not depend on a service it cannot reach, and SECURITY.md says what that means.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const blocking = new Set(['high', 'critical']);

/**
 * @typedef {{ advisory: string, package: string, reason: string, reviewBy: string }} Allowed
 * @typedef {{ id: string, package: string, severity: string, title: string, url: string }} Advisory
 * @typedef {{ outcome: 'pass' | 'fail' | 'unreachable', line: string, problems: string[] }} Decision
 */

/**
 * An advisory's id as the allow-list names it: the GHSA id at the end of its address, else npm's number.
 * @param {{ url?: string, source?: number | string }} via
 */
const advisoryId = (via) => /GHSA-[\w-]+$/.exec(via.url ?? '')?.[0] ?? String(via.source ?? '');

/**
 * Every advisory of the report once (a package is listed for its own advisories and for those of
 * what it depends on; only the objects in `via` are advisories).
 * @param {Record<string, { via?: unknown[] }>} vulnerabilities
 * @returns {Advisory[]}
 */
function advisoriesOf(vulnerabilities) {
	/** @type {Map<string, Advisory>} */
	const found = new Map();
	for (const [name, vulnerability] of Object.entries(vulnerabilities)) {
		for (const via of vulnerability.via ?? []) {
			if (!via || typeof via !== 'object') continue;
			const v = /** @type {{ url?: string, source?: number, name?: string, severity?: string, title?: string }} */ (via);
			const id = advisoryId(v);
			if (!found.has(id)) found.set(id, { id, package: v.name ?? name, severity: v.severity ?? 'unknown', title: v.title ?? '', url: v.url ?? '' });
		}
	}
	return [...found.values()];
}

/**
 * The allow-list's entries, each checked: an entry without a reason or a valid review date is a
 * problem of its own, so nobody can wave an advisory through without saying why and until when.
 * @param {unknown} allowlist
 * @returns {{ entries: Allowed[], problems: string[] }}
 */
function readAllowlist(allowlist) {
	const list = /** @type {{ allowed?: unknown }} */ (allowlist ?? {}).allowed ?? [];
	if (!Array.isArray(list)) return { entries: [], problems: ['audit-allowlist.json: "allowed" must be a list'] };
	/** @type {Allowed[]} */
	const entries = [];
	const problems = [];
	for (const raw of list) {
		const entry = /** @type {Partial<Allowed>} */ (raw ?? {});
		const name = entry.advisory || '(no advisory)';
		if (!entry.advisory || !entry.package || !entry.reason?.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewBy ?? '') || Number.isNaN(Date.parse(entry.reviewBy ?? ''))) {
			problems.push(`audit-allowlist.json: ${name} needs "advisory", "package", a "reason" and a "reviewBy" date (YYYY-MM-DD)`);
			continue;
		}
		entries.push(/** @type {Allowed} */ (entry));
	}
	return { entries, problems };
}

/**
 * What the report means for the build, given the allow-list and today's date (YYYY-MM-DD).
 * @param {unknown} report the parsed output of `npm audit --json`, or null when it was not JSON
 * @param {unknown} allowlist the parsed audit-allowlist.json
 * @param {string} today
 * @returns {Decision}
 */
export function decide(report, allowlist, today) {
	const r = /** @type {{ vulnerabilities?: Record<string, { via?: unknown[] }>, message?: string, error?: { summary?: string, code?: string } } | null} */ (report);
	if (!r || typeof r !== 'object' || !r.vulnerabilities || typeof r.vulnerabilities !== 'object') {
		const why = r?.error?.summary || r?.error?.code || r?.message || 'no audit report';
		return { outcome: 'unreachable', line: `npm audit: the registry's audit endpoint could not be reached (${why.split('\n')[0]}); dependencies NOT checked`, problems: [] };
	}
	const { entries, problems } = readAllowlist(allowlist);
	const advisories = advisoriesOf(r.vulnerabilities);
	let allowed = 0;
	for (const advisory of advisories.filter((a) => blocking.has(a.severity))) {
		const entry = entries.find((e) => e.advisory === advisory.id || advisory.url.endsWith(`/${e.advisory}`));
		const what = `${advisory.severity} ${advisory.id} in ${advisory.package}: ${advisory.title} ${advisory.url}`.trim();
		if (!entry) problems.push(what);
		else if (entry.reviewBy < today) problems.push(`${what} (allowed until ${entry.reviewBy}: review it again)`);
		else allowed++;
	}
	const counts = ['critical', 'high', 'moderate', 'low'].map((s) => `${advisories.filter((a) => a.severity === s).length} ${s}`).join(', ');
	const outcome = problems.length ? 'fail' : 'pass';
	return { outcome, line: `npm audit (production): ${counts}; ${allowed} allowed by audit-allowlist.json; ${outcome === 'pass' ? 'passed' : `${problems.length} to fix`}`, problems };
}

/** Runs `npm audit --omit=dev --json` in the project (it exits non-zero when it finds anything). */
function runAudit() {
	return new Promise((resolve) => {
		execFile('npm', ['audit', '--omit=dev', '--json'], { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (_error, stdout) => {
			try {
				resolve(JSON.parse(stdout));
			} catch {
				resolve(null);
			}
		});
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const allowlist = JSON.parse(readFileSync(path.join(root, 'audit-allowlist.json'), 'utf8'));
	const decision = decide(await runAudit(), allowlist, new Date().toISOString().slice(0, 10));
	for (const problem of decision.problems) console.log(`  ${problem}`);
	console.log(decision.line);
	process.exitCode = decision.outcome === 'fail' ? 1 : 0;
}
