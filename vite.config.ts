import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Dutch unless the user chose otherwise: a phone set to English still starts in Dutch (issue #2).
			strategy: ['cookie', 'baseLocale'],
			cookieName: 'sd_locale'
		}),
		sveltekit()
	],
	build: {
		// A report of how long each plugin took, printed as a warning on every build: nothing to act on.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	ssr: {
		// Bundled here rather than by adapter-node's second bundling step, which prints a warning for
		// each of kysely's 32 harmless import cycles (better-auth loads kysely's adapter, unused by us).
		noExternal: ['@better-auth/kysely-adapter', 'kysely']
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					// Pure tests that share no state: one set of threads without a fresh module graph per
					// file halves the warm run (about 22 s → 10 s on two cores).
					pool: 'threads',
					isolate: false,
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.integration.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'integration',
					environment: 'node',
					include: ['src/**/*.integration.test.ts', 'tests/integration/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 240_000
				}
			}
		]
	}
});
