import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans (SIL Open Font License), shipped as TTF by `@expo-google-fonts/noto-sans`: pdfkit
 * embeds TrueType and OpenType, not the woff/woff2 files of `@fontsource`. Noto Sans covers every
 * letter of Dutch and the euro sign. Read once, from the package in node_modules, on first use.
 */
const require = createRequire(import.meta.url);

let cached: { regular: Buffer; bold: Buffer } | null = null;

export function documentFonts(): { regular: Buffer; bold: Buffer } {
	cached ??= {
		regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
		bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'))
	};
	return cached;
}
