import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { heading, list, paragraph, table, type DocumentModel } from '../../presentation/document';
import { renderPdf } from './render';

interface Node {
	role?: string;
	children?: Node[];
}
const roles = (node: Node | null): string[] => (node ? [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)] : []);

async function read(bytes: Uint8Array) {
	const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
	const pages: string[] = [];
	const tree: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		pages.push((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' '));
		tree.push(...roles((await page.getStructTree()) as Node));
	}
	const info = (await doc.getMetadata()).info as { Title?: string; Language?: string };
	await doc.destroy();
	return { pages, text: pages.join(' ').replace(/\s+/g, ' '), tree, info };
}

const model: DocumentModel = {
	title: 'Plan voor Wijk Zuid – één',
	lang: 'nl',
	blocks: [
		heading('Doelen'),
		paragraph('Ideeën, coördinatie en een café: € 1.300,75.'),
		heading('Onderdeel', 3),
		list(['Eerste punt', 'Tweede punt']),
		table(['Naam', 'Soort'], [['Gemeente Zuid', 'Gemeente']], 'Partners')
	]
};

describe('renderPdf', { timeout: 30_000 }, () => {
	it('writes the text with Dutch diacritics and the euro sign, in reading order', async () => {
		const { text } = await read(await renderPdf(model));
		expect(text).toMatch(/Plan voor Wijk Zuid – één.*Doelen.*Ideeën, coördinatie en een café: € 1\.300,75\..*Onderdeel.*Eerste punt.*Tweede punt.*Partners.*Naam.*Soort.*Gemeente Zuid/);
	});

	it('is tagged: a structure tree of headings, paragraphs, a list and a table, with language and title', async () => {
		const bytes = await renderPdf(model);
		const raw = Buffer.from(bytes).toString('latin1');
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toContain('/Marked true');
		expect(raw).toContain('/Lang (nl)');
		expect(raw).toContain('/DisplayDocTitle true');
		const { tree, info } = await read(bytes);
		expect(info).toMatchObject({ Title: model.title, Language: 'nl' });
		for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(tree).toContain(role);
		expect(tree.filter((r) => r === 'H1')).toHaveLength(1);
	});

	it('says the language it is given, and carries long content over several pages', async () => {
		const long: DocumentModel = {
			title: 'Long plan',
			lang: 'en',
			blocks: [table(['Name', 'Kind'], Array.from({ length: 60 }, (_, i) => [`Partner ${i}`, 'Welfare'])), list(Array.from({ length: 40 }, (_, i) => `Item ${i}`))]
		};
		const bytes = await renderPdf(long);
		expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (en)');
		const { pages, text } = await read(bytes);
		expect(pages.length).toBeGreaterThan(1);
		expect(text).toContain('Partner 59');
		expect(text).toContain('Item 39');
	});
});
