import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The layer table of docs/ARCHITECTURE.md as enforced by eslint.config.js: each row is an import
 * written in a file of one layer, and whether lint lets it through. The files need not exist; ESLint
 * applies the config that their path matches. A new rule is one more row.
 */
const cases: { file: string; source: string; allowed: boolean }[] = [
	// The domain: pure rules, no I/O, no framework, no words.
	{ file: 'src/lib/domain/schedule.ts', source: './holidays', allowed: true },
	{ file: 'src/lib/domain/grouping/search.ts', source: '../vocabularies', allowed: true },
	{ file: 'src/lib/domain/grouping/search.ts', source: '$lib/domain/vocabularies', allowed: true },
	{ file: 'src/lib/domain/schedule.ts', source: 'date-fns', allowed: true },
	{ file: 'src/lib/domain/schedule.ts', source: '@date-fns/tz', allowed: true },
	{ file: 'src/lib/domain/holidays.ts', source: 'date-holidays', allowed: true },
	{ file: 'src/lib/domain/schedule.test.ts', source: 'fast-check', allowed: true },
	{ file: 'src/lib/domain/schedule.ts', source: '$lib/server/db', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '../server/series', allowed: false },
	{ file: 'src/lib/domain/grouping/search.ts', source: '../../server/db/schema', allowed: false },
	{ file: 'src/lib/domain/grouping/search.ts', source: './../../server', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '$app/environment', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '@sveltejs/kit', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'drizzle-orm', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'pg', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '@electric-sql/pglite', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'node:fs', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'fs', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'node:child_process', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'node:http', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: 'net', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '$lib/paraglide/messages.js', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '../paraglide/runtime', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '$lib/components/Alert.svelte', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '../presentation/labels', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '$lib/presentation/adviceText', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '$lib/content/meetingSkeleton', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: './limits', allowed: true },
	{ file: 'src/lib/domain/schedule.ts', source: 'svelte', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: '$lib/domain/../server/db', allowed: false },
	{ file: 'src/lib/domain/schedule.ts', source: './grouping/../../server/db', allowed: false },

	// Components and presentation helpers: nothing server-side.
	{ file: 'src/lib/components/Alert.svelte', source: '$lib/paraglide/messages.js', allowed: true },
	{ file: 'src/lib/components/LiveUpdates.svelte', source: '$app/navigation', allowed: true },
	{ file: 'src/lib/components/Alert.svelte', source: '$lib/domain/vocabularies', allowed: true },
	{ file: 'src/lib/components/Alert.svelte', source: '$lib/server/series', allowed: false },
	{ file: 'src/lib/components/Alert.svelte', source: '../server/db/repositories/members', allowed: false },
	{ file: 'src/lib/components/fieldIds.ts', source: '$lib/server/db', allowed: false },
	{ file: 'src/lib/components/fieldIds.ts', source: 'drizzle-orm', allowed: false },
	{ file: 'src/lib/components/fieldIds.ts', source: 'pg', allowed: false },
	{ file: 'src/lib/components/fieldIds.ts', source: '@electric-sql/pglite', allowed: false },
	{ file: 'src/lib/components/fieldIds.ts', source: '$env/dynamic/private', allowed: false },
	{ file: 'src/lib/components/fieldIds.ts', source: 'node:fs', allowed: false },
	{ file: 'src/lib/copy.test.ts', source: 'node:fs', allowed: true },

	// Presentation helpers: codes to words, for components; nothing server-side, no components.
	{ file: 'src/lib/presentation/labels.ts', source: '$lib/domain/vocabularies', allowed: true },
	{ file: 'src/lib/presentation/labels.ts', source: '../domain/vocabularies', allowed: true },
	{ file: 'src/lib/presentation/labels.ts', source: '$lib/paraglide/messages.js', allowed: true },
	{ file: 'src/lib/presentation/localised.ts', source: '$lib/content/localised', allowed: true },
	{ file: 'src/lib/presentation/labels.ts', source: '../server/auth/policies', allowed: false },
	{ file: 'src/lib/presentation/labels.ts', source: '$lib/server/db', allowed: false },
	{ file: 'src/lib/presentation/labels.ts', source: 'drizzle-orm', allowed: false },
	{ file: 'src/lib/presentation/format.ts', source: 'node:fs', allowed: false },
	{ file: 'src/lib/presentation/format.ts', source: '$lib/components/Alert.svelte', allowed: false },
	{ file: 'src/lib/presentation/format.ts', source: '../components/fieldIds', allowed: false },
	{ file: 'src/lib/presentation/format.ts', source: 'svelte', allowed: false },
	{ file: 'src/lib/presentation/labels.test.ts', source: 'node:fs', allowed: true },
	{ file: 'src/lib/presentation/labels.test.ts', source: '$lib/server/db', allowed: false },
	{ file: 'src/lib/components/Alert.svelte', source: '$lib/presentation/labels', allowed: true },
	{ file: 'src/lib/server/auth/auth.ts', source: '../../domain/limits', allowed: true },
	{ file: 'src/lib/components/Alert.test.ts', source: '$lib/server/db', allowed: false },

	// Routes and hooks call use-cases, never the database layer.
	{ file: 'src/routes/setup/+page.server.ts', source: '$lib/server/firstRun', allowed: true },
	{ file: 'src/routes/(site)/(app)/series/+page.svelte', source: '$lib/components/Alert.svelte', allowed: true },
	{ file: 'src/routes/setup/+page.server.ts', source: '$lib/server/db', allowed: false },
	{ file: 'src/routes/setup/+page.server.ts', source: '$lib/server/db/repositories/members', allowed: false },
	{ file: 'src/routes/(site)/(app)/series/+page.server.ts', source: '$lib/server/db/schema', allowed: false },
	{ file: 'src/routes/setup/+page.server.ts', source: '../../lib/server/db/client', allowed: false },
	{ file: 'src/routes/setup/+page.server.ts', source: 'drizzle-orm', allowed: false },
	{ file: 'src/hooks.server.ts', source: '$lib/server/auth/requester', allowed: true },
	{ file: 'src/hooks.server.ts', source: '$lib/server/db', allowed: false },
	{ file: 'src/hooks.server.ts', source: '$lib/server/db/repositories/members', allowed: false },
	{ file: 'src/hooks.server.ts', source: './lib/server/db/schema', allowed: false },
	{ file: 'src/hooks.server.ts', source: 'drizzle-orm', allowed: false },

	// Use-cases return data and codes, never pages.
	{ file: 'src/lib/server/series.ts', source: '$lib/domain/schedule', allowed: true },
	{ file: 'src/lib/server/series.ts', source: '$lib/components/Alert.svelte', allowed: false },
	{ file: 'src/lib/server/series.ts', source: '$app/navigation', allowed: false },

	// Content: typed texts that lean only on domain types.
	{ file: 'src/lib/content/scripts.ts', source: '$lib/domain/schedule', allowed: true },
	{ file: 'src/lib/content/scripts/opening.ts', source: '../../domain/schedule', allowed: true },
	{ file: 'src/lib/content/scripts.ts', source: './formats', allowed: true },
	{ file: 'src/lib/content/meetingSkeleton.ts', source: './localised', allowed: true },
	{ file: 'src/lib/content/scripts.ts', source: '$lib/presentation/localised', allowed: false },
	{ file: 'src/lib/content/scripts.ts', source: '$lib/paraglide/runtime', allowed: false },
	{ file: 'src/lib/content/scripts.ts', source: '$lib/paraglide/messages.js', allowed: false },
	{ file: 'src/lib/content/scripts.ts', source: '../server/db', allowed: false },
	{ file: 'src/lib/content/scripts/opening.ts', source: '../../components/Alert.svelte', allowed: false },
	{ file: 'src/lib/content/scripts.ts', source: '$lib/presentation/labels', allowed: false },
	{ file: 'src/lib/content/scripts.ts', source: 'zod', allowed: false },
	{ file: 'src/lib/content/scripts.ts', source: './scripts/../../server', allowed: false }
];

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

function code(file: string, source: string): string {
	const line = `import '${source}';\n`;
	return file.endsWith('.svelte') ? `<script lang="ts">\n${line}</script>\n` : line;
}

describe('the layer table is enforced by lint', () => {
	// Loading the config and the TypeScript and Svelte parsers is the slow part: once, not in the first row.
	beforeAll(async () => {
		await eslint.lintText(code('src/lib/a.ts', './b'), { filePath: 'src/lib/a.ts' });
		await eslint.lintText(code('src/lib/A.svelte', './b'), { filePath: 'src/lib/A.svelte' });
	}, 60_000);

	it.each(cases)('$file importing $source: allowed $allowed', async ({ file, source, allowed }) => {
		const [result] = await eslint.lintText(code(file, source), { filePath: file });
		expect(result.fatalErrorCount).toBe(0);
		const refused = result.messages
			.filter((message) => message.ruleId === 'no-restricted-imports')
			.map((message) => message.message);
		if (allowed) expect(refused).toEqual([]);
		else expect(refused).not.toEqual([]);
	});
});
