/*
 * The small document model every printable document is made of (issue #12 item 8): a title, a
 * language and a list of blocks. One model, two renderings: `server/pdf/render.ts` makes a tagged
 * PDF of it, `components/DocumentView.svelte` the print page, so the two cannot drift apart.
 * Plain data only: a block holds text, never markup, so nothing in it is ever read as HTML.
 */

export type DocumentLanguage = 'nl' | 'en';

export type Block =
	/** A heading below the document's title (which is the one level-1 heading). */
	| { kind: 'heading'; level: 2 | 3; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'list'; items: string[] }
	/** A table with one header row; every row has as many cells as `head`. */
	| { kind: 'table'; caption?: string; head: string[]; rows: string[][] };

export interface DocumentModel {
	/** The document's title: its metadata, and the level-1 heading that opens it. */
	title: string;
	lang: DocumentLanguage;
	blocks: Block[];
}

export const heading = (text: string, level: 2 | 3 = 2): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const table = (head: string[], rows: string[][], caption?: string): Block => ({
	kind: 'table',
	head,
	// A short row is padded and a long one cut, so every renderer gets a rectangle.
	rows: rows.map((row) => head.map((_, i) => row[i] ?? '')),
	...(caption ? { caption } : {})
});

/**
 * A section of a document: a heading and what follows it. An empty section (no blocks) is left
 * out entirely, heading and all.
 */
export function section(title: string, blocks: Block[], level: 2 | 3 = 2): Block[] {
	return blocks.length ? [heading(title, level), ...blocks] : [];
}

/** The document's text in reading order, one line per paragraph, item or cell: what a reader of the PDF hears. */
export function plainText(doc: DocumentModel): string[] {
	const lines = [doc.title];
	for (const block of doc.blocks) {
		if (block.kind === 'heading' || block.kind === 'paragraph') lines.push(block.text);
		else if (block.kind === 'list') lines.push(...block.items);
		else {
			if (block.caption) lines.push(block.caption);
			lines.push(...block.head, ...block.rows.flat());
		}
	}
	return lines;
}
