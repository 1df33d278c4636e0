import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGroupingCli, USAGE } from './groupingCli';

let dir = '';
const deps = { readFile: (path: string) => readFile(path, 'utf8'), clock: () => performance.now() };

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'grouping-cli-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: unknown): Promise<string> {
	const path = join(dir, name);
	await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

const request = {
	participants: Array.from({ length: 9 }, (_, i) => ({
		id: `p${i}`,
		expert: i < 3,
		workField: i % 2 ? 'zorg' : null
	})),
	rounds: [{ absent: [] }, { absent: ['p8'] }, { absent: [] }],
	history: [[['p0', 'p3', 'p4'], ['p1', 'p5', 'p6'], ['p2', 'p7', 'p8']]],
	groupSize: { min: 2, max: 3 },
	seed: 5
};

describe('runGroupingCli', () => {
	it('prints the groups and their score as JSON', async () => {
		const outcome = await runGroupingCli(['--in', await file('ok.json', request)], deps);
		expect(outcome.exitCode).toBe(0);
		expect(outcome.stderr).toBe('');
		const printed = JSON.parse(outcome.stdout);
		expect(printed.rounds).toHaveLength(3);
		expect(printed.rounds[1].flat()).not.toContain('p8');
		const keys = ['distinctPairs', 'groupsWithoutExpert', 'upperBound', 'workFieldClashes'];
		expect(Object.keys(printed.score).sort()).toEqual(keys);
		expect(printed.score.distinctPairs).toBeLessThanOrEqual(printed.score.upperBound);
		expect(printed.notes).toEqual([]);
	});

	it('gives the same answer for the same seed, also with --in=FILE', async () => {
		const path = await file('same.json', request);
		const first = await runGroupingCli(['--in', path], deps);
		expect((await runGroupingCli([`--in=${path}`], deps)).stdout).toBe(first.stdout);
	});

	it.each([
		[[], 'no arguments'],
		[['--out', 'x.json'], 'an unknown option'],
		[['--in'], 'a missing file name']
	])('shows the usage with exit code 2 for %j (%s)', async (args) => {
		expect(await runGroupingCli(args, deps)).toEqual({ exitCode: 2, stdout: '', stderr: `${USAGE}\n` });
	});

	it.each([
		['broken.json', '{ "participants": [', 'not JSON'],
		['schema.json', { ...request, groupSize: { min: 3, max: 2 } }, 'groupSize.max: must be ≥ groupSize.min'],
		['types.json', { ...request, participants: [{ id: 'a', expert: 'yes' }] }, 'participants[0].expert'],
		['missing.json', { participants: [] }, 'rounds'],
		['twice.json', { ...request, participants: [...request.participants, { id: 'p1' }] }, '"p1" appears more'],
		['unknown.json', { ...request, rounds: [{ absent: ['x'] }] }, 'rounds[0].absent: "x" is not a participant'],
		['budget.json', { ...request, timeLimitMs: 0 }, 'timeLimitMs']
	])('rejects %s with a one-line message and exit code 1', async (name, content, reason) => {
		const outcome = await runGroupingCli(['--in', await file(name, content)], deps);
		expect(outcome.exitCode).toBe(1);
		expect(outcome.stdout).toBe('');
		expect(outcome.stderr).toMatch(/^Ongeldig bestand \/ invalid file: .+\n$/);
		expect(outcome.stderr).toContain(reason);
	});

	it('says when the file cannot be read', async () => {
		const outcome = await runGroupingCli(['--in', join(dir, 'absent.json')], deps);
		expect(outcome.exitCode).toBe(1);
		expect(outcome.stderr).toContain('ENOENT');
	});
});

describe('npm run grouping', () => {
	it('runs as a script with the exit code of the outcome', async () => {
		const run = promisify(execFile);
		const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
		const path = await file('script.json', request);
		// Side by side: each start of tsx costs a second or more, most of this file's time.
		const [{ stdout }] = await Promise.all([
			run(tsx, ['scripts/grouping.ts', '--in', path]),
			expect(run(tsx, ['scripts/grouping.ts'])).rejects.toMatchObject({ code: 2 })
		]);
		expect(JSON.parse(stdout).rounds).toHaveLength(3);
	}, 30_000);
});
