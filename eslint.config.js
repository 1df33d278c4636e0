import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/*
 * The table "Layers and what may import what" in docs/ARCHITECTURE.md, enforced (proved by
 * scripts/lintBoundaries.test.ts). Each pattern is a regular expression over the import's text, written
 * so that the `$lib` alias and a relative path are both caught. A flat-config block that matches a file
 * replaces the rule's options of an earlier block, so every block below carries its layer's full list.
 */
const table = 'see "Layers and what may import what" in docs/ARCHITECTURE.md';
// `$lib/…` or a relative path, through any folders, to the named folder.
const lib = (folder) => `^(\\$lib|\\.\\.?)(/.*)?/${folder}(/|$)`;
const databaseLibraries = {
	regex: '^(drizzle-orm|drizzle-kit|pg|postgres|better-auth|@better-auth/.*|@electric-sql/.*)(/|$)',
	message: `The database and its libraries are reached through a use-case in src/lib/server; ${table}.`
};
const serverOnly = [
	{ regex: lib('server'), message: `src/lib/server runs only on the server; ${table}.` },
	{ regex: '^\\$app/server$|^\\$env/(static|dynamic)/private$', message: `Server-only; ${table}.` },
	databaseLibraries
];

const noIo = {
	regex: '^(node:)?(fs|net|http|https|http2|child_process|dgram|tls|worker_threads|cluster)(/|$)',
	message: `Components and presentation helpers do no I/O; ${table}.`
};

// A path that goes down and climbs back up (`./grouping/../../server`) hides where it leads.
const zigzag = {
	regex: '^(\\.\\.?/)*[^./][^]*/\\.\\.(/|$)',
	message: `Write the import's path without climbing back up, so its layer can be seen; ${table}.`
};

/** Files `depth` folders below `root` may not climb out of it with `../`, except into `allowedSibling`. */
function staysInside(depth, allowedSibling) {
	const escape = `^(\\./)?(\\.\\./){${depth + 1}}`;
	return allowedSibling ? `${escape}(?!${allowedSibling}(/|$))` : escape;
}

// Pure rules: only other domain modules and date libraries (and the test tools for its own tests).
// An allow-list, so a new library is a decision: if it is pure, add it here and to the table.
function domainPatterns(depth) {
	return [
		{
			regex: '^(?!\\.\\.?/|\\$lib/domain(/|$)|date-fns(/|$)|@date-fns/tz$|date-holidays$|vitest$|fast-check$)',
			message: `src/lib/domain is pure: no I/O, no framework, no words (it returns codes; the edge words them). It may import other domain modules and date libraries; ${table}.`
		},
		{
			regex: staysInside(depth),
			message: `src/lib/domain may import only other domain modules; ${table}.`
		},
		zigzag
	];
}

// Long translatable texts as typed data: they may lean on domain types, nothing else.
function contentPatterns(depth) {
	return [
		{
			regex: '^(?!\\.\\.?/|\\$lib/domain(/|$)|vitest$)',
			message: `src/lib/content may import only domain types; ${table}.`
		},
		{
			regex: staysInside(depth, 'domain'),
			message: `src/lib/content may import only domain types; ${table}.`
		},
		zigzag
	];
}

/** One block per folder depth, since how far `../` may climb depends on how deep the file sits. */
function perDepth(root, patterns) {
	const deepest = 6;
	return Array.from({ length: deepest + 1 }, (_, depth) => ({
		files: [`${root}/${'*/'.repeat(depth)}${depth === deepest ? '**/' : ''}*`],
		rules: { 'no-restricted-imports': ['error', { patterns: patterns(depth) }] }
	}));
}

const boundaries = [
	...perDepth('src/lib/domain', domainPatterns),
	...perDepth('src/lib/content', contentPatterns),
	{
		// Components and the presentation helpers (labels, format, …): nothing server-side.
		files: ['src/lib/**'],
		ignores: ['src/lib/server/**', 'src/lib/domain/**', 'src/lib/content/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [...serverOnly, noIo] }] }
	},
	{
		// Presentation helpers turn codes into words for components; they never reach back into them.
		files: ['src/lib/presentation/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...serverOnly,
						noIo,
						{
							regex: `${lib('components')}|^svelte(/|$)`,
							message: `Presentation helpers are plain functions that components use, not the other way round; ${table}.`
						}
					]
				}
			]
		}
	},
	{
		// Their tests may read files (the message catalogue, say), but still not reach the server.
		files: ['src/lib/**/*.test.ts'],
		ignores: ['src/lib/server/**', 'src/lib/domain/**', 'src/lib/content/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: serverOnly }] }
	},
	{
		files: ['src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: `${lib('components')}|${lib('routes')}|^\\$app/(navigation|state|stores|forms)$`,
							message: `Use-cases return data and codes; pages and components show them; ${table}.`
						}
					]
				}
			]
		}
	},
	{
		// Routes and hooks stay thin: they call use-cases, never repositories, the schema or the client.
		files: ['src/routes/**', 'src/hooks.*'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: lib('server/db'),
							message: `Routes and hooks call a use-case in src/lib/server, never src/lib/server/db directly; ${table}.`
						},
						databaseLibraries
					]
				}
			]
		}
	}
];

export default defineConfig(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'node_modules/',
			'data/',
			'drizzle/',
			'test-results/',
			'bench/results/'
		]
	},
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				extraFileExtensions: ['.svelte'],
				svelteConfig
			}
		}
	},
	{
		rules: {
			// The app is served at the site root (no `paths.base`), so plain hrefs are already resolved.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			]
		}
	},
	...boundaries
);
