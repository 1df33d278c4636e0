import { describe, expect, it } from 'vitest';
import { decide } from './audit.js';

/** The shape `npm audit --json` prints (report version 2), cut down to what the decision reads. */
function report(advisories: { id: string; name: string; severity: string; via?: string }[]) {
	const vulnerabilities: Record<string, unknown> = {};
	for (const a of advisories) {
		vulnerabilities[a.name] = {
			name: a.name,
			severity: a.severity,
			isDirect: false,
			via: [{ source: 1100000 + advisories.indexOf(a), name: a.name, dependency: a.name, title: `Problem in ${a.name}`, url: `https://github.com/advisories/${a.id}`, severity: a.severity, range: '<1.2.3' }],
			effects: a.via ? [a.via] : [],
			range: '<1.2.3',
			nodes: [`node_modules/${a.name}`],
			fixAvailable: false
		};
		// The package that depends on it is listed too, naming it by package only.
		if (a.via) vulnerabilities[a.via] = { name: a.via, severity: a.severity, isDirect: true, via: [a.name], effects: [], range: '*', nodes: [`node_modules/${a.via}`], fixAvailable: false };
	}
	return { auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: {}, dependencies: {} } };
}

const today = '2026-12-07';
const none = { allowed: [] };
const allow = (advisory: string, reviewBy = '2027-03-01') => ({ allowed: [{ advisory, package: 'x', reason: 'only reached through a path we do not use', reviewBy }] });

describe('the audit decision', () => {
	it('passes a clean report and one with only moderate or low advisories', () => {
		expect(decide(report([]), none, today)).toMatchObject({ outcome: 'pass', problems: [] });
		const mild = decide(report([{ id: 'GHSA-aaaa-bbbb-cccc', name: 'left-pad', severity: 'moderate' }, { id: 'GHSA-dddd-eeee-ffff', name: 'tiny', severity: 'low' }]), none, today);
		expect(mild.outcome).toBe('pass');
		expect(mild.line).toBe('npm audit (production): 0 critical, 0 high, 1 moderate, 1 low; 0 allowed by audit-allowlist.json; passed');
	});

	it('fails on a high or a critical advisory, counting one advisory once however many packages it reaches', () => {
		const found = decide(report([{ id: 'GHSA-hhhh-iiii-jjjj', name: 'parser', severity: 'high', via: 'framework' }, { id: 'GHSA-kkkk-llll-mmmm', name: 'crypto-thing', severity: 'critical' }]), none, today);
		expect(found.outcome).toBe('fail');
		expect(found.problems).toHaveLength(2);
		expect(found.problems[0]).toContain('high GHSA-hhhh-iiii-jjjj in parser');
		expect(found.line).toBe('npm audit (production): 1 critical, 1 high, 0 moderate, 0 low; 0 allowed by audit-allowlist.json; 2 to fix');
	});

	it('lets an allowed advisory pass until its review date, and fails it after', () => {
		const high = report([{ id: 'GHSA-hhhh-iiii-jjjj', name: 'parser', severity: 'high' }]);
		expect(decide(high, allow('GHSA-hhhh-iiii-jjjj'), today)).toMatchObject({ outcome: 'pass', line: expect.stringContaining('1 allowed') });
		expect(decide(high, allow('GHSA-hhhh-iiii-jjjj', today), today).outcome).toBe('pass');
		const late = decide(high, allow('GHSA-hhhh-iiii-jjjj', '2026-12-06'), today);
		expect(late.outcome).toBe('fail');
		expect(late.problems[0]).toContain('allowed until 2026-12-06');
		expect(decide(high, allow('GHSA-zzzz-zzzz-zzzz'), today).outcome).toBe('fail');
	});

	it('refuses an allow-list entry without a reason or a review date', () => {
		const high = report([{ id: 'GHSA-hhhh-iiii-jjjj', name: 'parser', severity: 'high' }]);
		for (const entry of [
			{ advisory: 'GHSA-hhhh-iiii-jjjj', package: 'parser', reason: '', reviewBy: '2027-03-01' },
			{ advisory: 'GHSA-hhhh-iiii-jjjj', package: 'parser', reason: 'why', reviewBy: 'soon' },
			{ advisory: 'GHSA-hhhh-iiii-jjjj', reason: 'why', reviewBy: '2027-03-01' }
		]) {
			const decision = decide(high, { allowed: [entry] }, today);
			expect(decision.outcome).toBe('fail');
			expect(decision.problems.some((p) => p.startsWith('audit-allowlist.json'))).toBe(true);
		}
		// A broken entry fails the build even when nothing needs it, so it cannot lie in wait.
		expect(decide(report([]), { allowed: [{ advisory: 'GHSA-x', package: 'x' }] }, today).outcome).toBe('fail');
	});

	it('says the registry could not be reached, and does not fail, when there is no report', () => {
		const refused = {
			message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			method: 'POST',
			statusCode: 405,
			body: '',
			error: { summary: '', detail: '' }
		};
		for (const answer of [refused, { error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' } }, null]) {
			const decision = decide(answer, none, today);
			expect(decision.outcome).toBe('unreachable');
			expect(decision.line).toMatch(/could not be reached .*NOT checked/);
		}
		expect(decide(refused, none, today).line).toContain('405 Method Not Allowed');
	});
});
