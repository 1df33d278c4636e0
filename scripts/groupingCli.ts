import { z } from 'zod';
import {
	makeGroups,
	type Clock,
	type GroupingError,
	type GroupingNote,
	type GroupingScore,
	type RoundGroups
} from '../src/lib/domain/grouping/index';

export const USAGE = 'Gebruik / usage: npm run grouping -- --in FILE';

export interface CliOutcome {
	/** 0 done, 1 invalid file, 2 usage error. */
	exitCode: 0 | 1 | 2;
	stdout: string;
	stderr: string;
}

export interface CliDependencies {
	readFile: (path: string) => Promise<string>;
	clock: Clock;
}

const inputSchema = z
	.object({
		participants: z.array(
			z.object({
				id: z.string().min(1),
				expert: z.boolean().default(false),
				workField: z.string().nullable().default(null)
			})
		),
		rounds: z.array(z.object({ absent: z.array(z.string()).default([]) })),
		history: z.array(z.array(z.array(z.string()))).default([]),
		groupSize: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }),
		seed: z.number().int().optional(),
		timeLimitMs: z.number().positive().optional()
	})
	.refine((input) => input.groupSize.max >= input.groupSize.min, {
		message: 'must be ≥ groupSize.min',
		path: ['groupSize', 'max']
	});

const invalid = (reason: string): CliOutcome => ({
	exitCode: 1,
	stdout: '',
	stderr: `Ongeldig bestand / invalid file: ${reason}\n`
});

/** `npm run grouping -- --in FILE`: reads a grouping request, prints groups and score as JSON. */
export async function runGroupingCli(
	args: readonly string[],
	deps: CliDependencies
): Promise<CliOutcome> {
	const path = inputPath(args);
	if (path === null) return { exitCode: 2, stdout: '', stderr: `${USAGE}\n` };
	let text: string;
	try {
		text = await deps.readFile(path);
	} catch (error) {
		const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
		const stderr = `Kan bestand niet lezen / cannot read file: ${path} (${reason})\n`;
		return { exitCode: 1, stdout: '', stderr };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return invalid(`not JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	const parsed = inputSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return invalid(issue ? `${formatPath(issue.path)}: ${issue.message}` : 'unreadable input');
	}
	const outcome = makeGroups(parsed.data, deps.clock);
	if (!outcome.ok) return invalid(describeError(outcome.error));
	const { rounds, score, notes } = outcome.result;
	return { exitCode: 0, stdout: formatResult(rounds, score, notes), stderr: '' };
}

/** JSON with one line per round and per note, so a plan of many rounds stays readable. */
function formatResult(rounds: RoundGroups[], score: GroupingScore, notes: GroupingNote[]): string {
	const lines = (items: unknown[]): string =>
		items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
	return `{\n  "rounds": ${lines(rounds)},\n  "score": ${JSON.stringify(score)},\n  "notes": ${lines(notes)}\n}\n`;
}

function inputPath(args: readonly string[]): string | null {
	if (args.length === 1 && args[0]?.startsWith('--in=')) return args[0].slice('--in='.length) || null;
	if (args.length === 2 && args[0] === '--in' && args[1] && !args[1].startsWith('--')) return args[1];
	return null;
}

function formatPath(path: readonly PropertyKey[]): string {
	const text = path.reduce<string>((done, key) => {
		if (typeof key === 'number') return `${done}[${key}]`;
		return done ? `${done}.${String(key)}` : String(key);
	}, '');
	return text || '(root)';
}

function describeError(error: GroupingError): string {
	switch (error.code) {
		case 'groupSizeNotWhole':
			return 'groupSize.min and groupSize.max must be whole numbers';
		case 'minBelowOne':
			return 'groupSize.min must be at least 1';
		case 'maxBelowMin':
			return 'groupSize.max must be ≥ groupSize.min';
		case 'duplicateParticipant':
			return `participant "${error.id}" appears more than once`;
		case 'unknownAbsent':
			return `rounds[${error.round}].absent: "${error.id}" is not a participant`;
		case 'invalidTimeLimit':
			return 'timeLimitMs must be more than 0';
		case 'invalidSeed':
			return 'seed must be a whole number';
		case 'tooManyParticipants':
			return `${error.count} participants, at most ${error.max}`;
		case 'tooManyRounds':
			return `${error.count} rounds, at most ${error.max}`;
	}
}
