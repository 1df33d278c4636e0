import { describe, expect, it } from 'vitest';
import { likeness, significantWords, similarProgrammes } from './inventory';

const programmes = [
	{ id: 'a', name: 'Huiswerkbegeleiding Zuid', description: 'Studenten helpen kinderen na school met hun huiswerk.' },
	{ id: 'b', name: 'Schuldhulpmaatje', description: null },
	{ id: 'c', name: 'Overlegtafel armoede', description: 'Vier keer per jaar overleg tussen gemeente, welzijn en kerken.' },
	{ id: 'd', name: 'Sportfonds voor kinderen', description: 'Contributie en kleding voor sport.' }
];

describe('significantWords', () => {
	it('drops case, accents, stop words and one-letter leftovers', () => {
		expect([...significantWords("Eén COÖRDINATIE-punt voor de programma's van Café Zuid")]).toEqual(['coordinatie', 'punt', 'cafe', 'zuid']);
	});

	it('leaves nothing of a text of only stop words or signs', () => {
		expect(significantWords('de het een, and the — 🙂').size).toBe(0);
	});
});

describe('likeness', () => {
	it('needs half of the shorter text and two shared words', () => {
		expect(likeness(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'x']))).toEqual({ score: 2 / 3, shared: ['a', 'b'] });
		expect(likeness(new Set(['a', 'x']), new Set(['a', 'y', 'z']))).toBeNull();
	});

	it('accepts one shared word when the shorter text has only that word', () => {
		expect(likeness(new Set(['schuldhulpmaatje']), new Set(['schuldhulpmaatje', 'zuid']))).toEqual({ score: 1, shared: ['schuldhulpmaatje'] });
	});

	it('finds nothing in an empty text', () => {
		expect(likeness(new Set(), new Set(['a']))).toBeNull();
	});
});

describe('similarProgrammes', () => {
	it('finds a new entry that repeats one already there, whatever its case and accents', () => {
		const found = similarProgrammes('HUISWERKBEGELEIDING voor kinderen in Zuid', programmes);
		expect(found.map((f) => f.programme.id)).toEqual(['a']);
		expect(found[0]!.shared).toEqual(['huiswerkbegeleiding', 'kinderen', 'zuid']);
	});

	it('matches a plan goal against the description too', () => {
		expect(similarProgrammes('Kinderen helpen met huiswerk na school', programmes).map((f) => f.programme.id)).toEqual(['a']);
	});

	it('matches a one-word name', () => {
		expect(similarProgrammes('schuldhulpmaatje', programmes).map((f) => f.programme.id)).toEqual(['b']);
	});

	it('does not match on words every entry shares, or on one common word', () => {
		expect(similarProgrammes('Armoede aanpak in de gemeente', programmes)).toEqual([]);
		expect(similarProgrammes('Een moestuin voor kinderen en ouders', programmes)).toEqual([]);
	});

	it('puts the most alike first', () => {
		const found = similarProgrammes('Sportfonds kinderen sport huiswerk', programmes);
		expect(found.map((f) => f.programme.id)).toEqual(['d', 'a']);
	});
});
