import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The signals list is a conversation aid, never a checklist about a person (seed 000 §4.2): the
 * knowledge pages and what they are built from have nothing to fill in, tick, send, keep or print
 * per person. The browser test checks the rendered page; this reads the sources.
 */
const sources = [
	'src/routes/(site)/(app)/signals/+page.svelte',
	'src/routes/(site)/(app)/signals/+page.server.ts',
	'src/routes/(site)/(app)/methods/+page.svelte',
	'src/routes/(site)/(app)/methods/+page.server.ts',
	'src/routes/(site)/(app)/methods/[id]/+page.svelte',
	'src/routes/(site)/(app)/methods/[id]/+page.server.ts',
	'src/lib/components/InPageNav.svelte'
];

const forbidden: [string, RegExp][] = [
	['a form', /<form\b|use:enhance|export const actions/],
	['a field', /<(input|select|textarea|button)\b|contenteditable|TextField|SelectField|CheckboxField|RadioGroup|TextArea/],
	['a tick or a score', /checkbox|aria-checked|role="(checkbox|switch|radio)"|\bscore/i],
	['storage on the device', /localStorage|sessionStorage|indexedDB|document\.cookie/],
	['a print button', /window\.print|print\(\)/]
];

describe('the knowledge pages have no per-person controls', () => {
	it.each(sources)('%s has no form, field, tick, score, storage or print', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(forbidden.filter(([, pattern]) => pattern.test(text)).map(([what]) => what)).toEqual([]);
	});
});
