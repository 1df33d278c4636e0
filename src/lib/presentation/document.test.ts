import { describe, expect, it } from 'vitest';
import { list, paragraph, plainText, section, table, type DocumentModel } from './document';

describe('the document model', () => {
	it('makes every table a rectangle: short rows padded, long rows cut', () => {
		const t = table(['Naam', 'Soort'], [['Gemeente'], ['Kerk', 'Geloof', 'te veel']]);
		expect(t).toEqual({ kind: 'table', head: ['Naam', 'Soort'], rows: [['Gemeente', ''], ['Kerk', 'Geloof']] });
	});

	it('keeps a caption only when there is one', () => {
		expect(table(['A'], [['1']], 'Reeks Zuid')).toMatchObject({ caption: 'Reeks Zuid' });
		expect('caption' in table(['A'], [['1']])).toBe(false);
	});

	it('leaves out a section without blocks, heading and all', () => {
		expect(section('Leeg', [])).toEqual([]);
		expect(section('Doelen', [paragraph('Samen')])).toEqual([{ kind: 'heading', level: 2, text: 'Doelen' }, { kind: 'paragraph', text: 'Samen' }]);
		expect(section('Sub', [paragraph('x')], 3)[0]).toEqual({ kind: 'heading', level: 3, text: 'Sub' });
	});

	it('reads in order: title, headings, paragraphs, items, caption, header cells, then cells', () => {
		const doc: DocumentModel = {
			title: 'Plan voor Zuid',
			lang: 'nl',
			blocks: [...section('Doelen', [paragraph('Ideeën')]), list(['één', 'twee']), table(['Naam'], [['Café']], 'Partners')]
		};
		expect(plainText(doc)).toEqual(['Plan voor Zuid', 'Doelen', 'Ideeën', 'één', 'twee', 'Partners', 'Naam', 'Café']);
	});
});
