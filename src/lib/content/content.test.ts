import { describe, expect, it } from 'vitest';

// Every content module, so a new file is checked without adding it here.
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], { eager: true });

/** Where under `value` a text in two languages lacks one of them or is empty. */
function gaps(value: unknown, at: string): string[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => gaps(item, `${at}[${index}]`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (!('nl' in record) && !('en' in record)) {
		return Object.entries(record).flatMap(([key, item]) => gaps(item, `${at}.${key}`));
	}
	return (['nl', 'en'] as const).flatMap((locale) => {
		const text = record[locale];
		if (typeof text === 'string') return text.trim() === '' ? [`${at}.${locale} is empty`] : [];
		if (Array.isArray(text) && text.length === 0) return [`${at}.${locale} is empty`];
		if (text === undefined || text === null) return [`${at}.${locale} is missing`];
		return gaps(text, `${at}.${locale}`);
	});
}

const entries = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports).map(([name, value]) => ({ entry: `${file} ${name}`, value }))
);

describe('content', () => {
	it('has entries to check', () => {
		expect(entries.length).toBeGreaterThan(0);
	});

	it.each(entries)('$entry has every text in Dutch and English, none empty', ({ entry, value }) => {
		expect(gaps(value, entry)).toEqual([]);
	});

	it('finds a text that lacks a language or is empty', () => {
		expect(gaps({ parts: [{ title: { nl: 'Welkom' } }] }, 'x')).toEqual(['x.parts[0].title.en is missing']);
		expect(gaps({ title: { nl: ' ', en: 'Welcome' } }, 'x')).toEqual(['x.title.nl is empty']);
		expect(gaps({ steps: { nl: [], en: ['One'] } }, 'x')).toEqual(['x.steps.nl is empty']);
	});
});
