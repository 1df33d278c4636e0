import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every Dutch message as key → text, plural variants included. */
function dutchMessages(): [string, string][] {
	const dir = path.resolve('messages/nl');
	const texts = (value: unknown): string[] =>
		typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.flatMap((file) => Object.entries(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>))
		.filter(([key]) => key !== '$schema')
		.flatMap(([key, value]) => texts(value).map((text): [string, string] => [key, text]));
}

// The motto is the name of the approach, quoted as it is known.
const quoted = new Set(['app_tagline']);

describe('Dutch copy', () => {
	it('addresses the reader as "u", never as "je" or "jij"', () => {
		const informal = /\b(je|jij|jou|jouw|jezelf|jullie)\b/i;
		const found = dutchMessages().filter(([key, text]) => !quoted.has(key) && informal.test(text));
		expect(found).toEqual([]);
	});

	it('does not say "Tip" in a title: the advice list adds it once', () => {
		const found = dutchMessages().filter(([key, text]) => key.endsWith('_title') && key !== 'advice_tip_title' && /^Tip:/.test(text));
		expect(found).toEqual([]);
	});
});
