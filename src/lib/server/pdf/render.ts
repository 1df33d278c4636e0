/*
 * The PDF module every document uses (issue #12 item 8): a `DocumentModel` (presentation/document.ts)
 * to a tagged PDF with pdfkit, in Node, no browser. Tagged: a structure tree (Document, H1–H3, P,
 * L/LI/Lbl/LBody, Table/TR/TH/TD) in reading order, the document's language (/Lang) and its title
 * shown as the window title, so a screen reader reads it as the print page reads.
 */
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel } from '../../presentation/document';
import { documentFonts } from './fonts';

const margin = 56;
const sizes = { title: 20, 2: 15, 3: 12.5, body: 10.5 } as const;
const ink = '#1a1a1a';
const rule = '#8a8a8a';

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

/** The PDF of `model`, as bytes. Fonts are embedded (subset), so it looks the same on every reader. */
export function renderPdf(model: DocumentModel, options: { author?: string; now?: Date } = {}): Promise<Uint8Array<ArrayBuffer>> {
	const fonts = documentFonts();
	const doc = new PDFDocument({
		size: 'A4',
		margin,
		pdfVersion: '1.7',
		tagged: true,
		lang: model.lang,
		displayTitle: true,
		// A font as bytes works at run time (no Helvetica is loaded); @types/pdfkit only declares a path.
		font: fonts.regular as unknown as string,
		info: {
			Title: model.title,
			...(options.author ? { Author: options.author } : {}),
			Creator: 'Samen Doorbreken',
			CreationDate: options.now ?? new Date()
		}
	});
	doc.registerFont('regular', fonts.regular);
	doc.registerFont('bold', fonts.bold);
	const chunks: Buffer[] = [];
	const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.on('error', reject);
	});

	const root = doc.struct('Document');
	doc.addStructure(root);
	doc.fillColor(ink);
	doc.font('bold').fontSize(sizes.title).text(model.title, { structParent: root, structType: 'H1' });
	doc.moveDown(0.6);
	for (const block of model.blocks) renderBlock(doc, root, block);
	root.end();
	doc.end();
	return done;
}

function renderBlock(doc: Doc, root: Struct, block: Block): void {
	const width = doc.page.width - 2 * margin;
	doc.x = margin;
	switch (block.kind) {
		case 'heading': {
			doc.moveDown(0.5);
			keepWithNext(doc, block.level === 2 ? 80 : 60);
			doc.font('bold').fontSize(sizes[block.level]).text(block.text, { structParent: root, structType: `H${block.level}`, width });
			doc.moveDown(0.3);
			return;
		}
		case 'paragraph':
			doc.font('regular').fontSize(sizes.body).text(block.text, { structParent: root, structType: 'P', width, lineGap: 2 });
			doc.moveDown(0.5);
			return;
		case 'list': {
			if (!block.items.length) return;
			const l = doc.struct('L');
			root.add(l);
			doc.font('regular').fontSize(sizes.body).list(block.items, { structParent: l, width, lineGap: 2, bulletRadius: 2 });
			l.end();
			doc.moveDown(0.5);
			return;
		}
		case 'table': {
			if (block.caption) {
				keepWithNext(doc, 60);
				doc.font('bold').fontSize(sizes.body).text(block.caption, { structParent: root, structType: 'P', width });
				doc.moveDown(0.2);
			}
			keepWithNext(doc, 50);
			doc.font('regular').fontSize(sizes.body);
			// A cell's own font ({ src }) works at run time; @types/pdfkit does not declare it yet.
			const header = block.head.map((text) => ({ text, type: 'TH' as const, font: { src: 'bold' } }));
			// pdfkit tags the table (Table, TR, TH, TD) under `structParent`; @types/pdfkit lacks that option too.
			const options = {
				structParent: root,
				position: { x: margin, y: doc.y },
				maxWidth: width,
				defaultStyle: { border: 0.5, borderColor: rule, padding: [3, 5] as [number, number] },
				data: [header, ...block.rows.map((row) => row.map((text) => ({ text })))]
			};
			doc.table(options);
			doc.x = margin;
			doc.moveDown(0.8);
			return;
		}
	}
}

/** Starts a new page when less than `points` is left, so a heading never ends a page alone. */
function keepWithNext(doc: Doc, points: number): void {
	if (doc.y + points > doc.page.height - margin) doc.addPage();
}
