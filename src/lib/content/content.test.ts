import { describe, expect, it } from 'vitest';

// Every content module, so a new file is checked without adding it here.
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], { eager: true });

/** Where under `value` a text in two languages lacks one of them, is empty, or lists a different number of items. */
function gaps(value: unknown, at: string): string[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => gaps(item, `${at}[${index}]`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (!('nl' in record) && !('en' in record)) {
		return Object.entries(record).flatMap(([key, item]) => gaps(item, `${at}.${key}`));
	}
	const missing = (['nl', 'en'] as const).flatMap((locale) => {
		const text = record[locale];
		if (typeof text === 'string') return text.trim() === '' ? [`${at}.${locale} is empty`] : [];
		if (Array.isArray(text) && text.length === 0) return [`${at}.${locale} is empty`];
		if (text === undefined || text === null) return [`${at}.${locale} is missing`];
		return gaps(text, `${at}.${locale}`);
	});
	// A list whose translation has a line more or less has lost or gained a sentence.
	const { nl, en } = record;
	const unequal = Array.isArray(nl) && Array.isArray(en) && nl.length !== en.length;
	return unequal ? [`${at} lists ${nl.length} in Dutch and ${en.length} in English`, ...missing] : missing;
}

/**
 * Where under `value` a list in two languages has more items in one than in the other: a
 * translation that lost or gained a step would show the reader a different exercise.
 */
function unevenLists(value: unknown, at: string): string[] {
	if (Array.isArray(value)) return value.flatMap((item, index) => unevenLists(item, `${at}[${index}]`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (Array.isArray(record.nl) && Array.isArray(record.en) && record.nl.length !== record.en.length) {
		return [`${at} has ${record.nl.length} Dutch and ${record.en.length} English items`];
	}
	return Object.entries(record).flatMap(([key, item]) => unevenLists(item, `${at}.${key}`));
}

const entries = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports).map(([name, value]) => ({ entry: `${file} ${name}`, value }))
);

describe('content', () => {
	it('has entries to check', () => {
		expect(entries.length).toBeGreaterThan(0);
	});

	it.each(entries)('$entry has every text in Dutch and English, none empty, lists of equal length', ({ entry, value }) => {
		expect(gaps(value, entry)).toEqual([]);
	});

	it.each(entries)('$entry has as many Dutch as English items in every list', ({ entry, value }) => {
		expect(unevenLists(value, entry)).toEqual([]);
	});

	it('finds a list with more items in one language', () => {
		expect(unevenLists({ steps: { nl: ['Een', 'Twee'], en: ['One'] } }, 'x')).toEqual(['x.steps has 2 Dutch and 1 English items']);
		expect(unevenLists({ steps: { nl: ['Een'], en: ['One'] } }, 'x')).toEqual([]);
	});

	it('finds a text that lacks a language or is empty', () => {
		expect(gaps({ parts: [{ title: { nl: 'Welkom' } }] }, 'x')).toEqual(['x.parts[0].title.en is missing']);
		expect(gaps({ title: { nl: ' ', en: 'Welcome' } }, 'x')).toEqual(['x.title.nl is empty']);
		expect(gaps({ steps: { nl: [], en: ['One'] } }, 'x')).toEqual([
			'x.steps lists 0 in Dutch and 1 in English',
			'x.steps.nl is empty'
		]);
		expect(gaps({ goals: { nl: ['Een', 'Twee'], en: ['One'] } }, 'x')).toEqual(['x.goals lists 2 in Dutch and 1 in English']);
	});
});
