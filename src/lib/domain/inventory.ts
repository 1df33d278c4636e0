/*
 * The inventory of what is already there (seed 002 "Wat is er al?"): local programmes, projects
 * and consultation tables on (child) poverty. A region builds on them instead of starting a second
 * track, so a new entry, or a new plan goal, that looks like one already listed gets a warning.
 */

/**
 * Words that say nothing about what a programme does: Dutch and English function words, and the
 * words nearly every entry of this inventory shares (poverty, project, …), which would otherwise
 * make every entry look like every other.
 */
const stopWords = new Set(
	[
		// Dutch
		'de het een en of van in op te ten ter voor met aan door bij om als is zijn was waren wordt worden werd naar over uit tot',
		'ook niet geen maar dan dat die dit deze daar hier er al nog meer minder veel wij we ons onze ze zij hun hen je jij jou jouw',
		'u uw ik mij mijn hij hem zijn haar zo wat wie waar hoe wanneer kan kunnen moet moeten wil willen zal zullen heeft hebben',
		'had hadden gaat gaan doen doet samen elkaar iedereen alle elke ieder via per tussen onder na sinds zonder tegen binnen',
		// English
		'the a an and or of in on to for with at by from is are was were be been being as that this these those it its we our',
		'they their them you your he she his her not no but than then so what who where how when can could will would should',
		'has have had do does all each every into about between after before without within',
		// shared by nearly every entry of this inventory
		'armoede kinderarmoede poverty child children project projecten projects programma programmas programme programmes',
		'overleg overlegtafel table tables aanpak approach lokaal lokale local gemeente municipality regio region'
	].flatMap((line) => line.split(' '))
);

/** Lower case, accents taken off ("één" is "een", "coördinatie" is "coordinatie"). */
const plain = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();

/**
 * The words of a text that can tell programmes apart: without case, accents, stop words, and
 * words of one letter ("programma's" gives "programma", its "s" drops off).
 */
export function significantWords(text: string): Set<string> {
	return new Set(
		plain(text)
			.split(/[^\p{L}\p{N}]+/u)
			.filter((word) => word.length > 1 && !stopWords.has(word))
	);
}

/**
 * Two texts are alike when at least half of the words of the shorter one are in the other
 * (overlap coefficient ≥ 0.5), and they share at least two words — or one, when the shorter text
 * has only that one word ("Schuldhulpmaatje"). Chosen so that "Huiswerkbegeleiding voor kinderen in
 * Zuid" matches "Huiswerkbegeleiding Zuid" but a shared "kinderen" or "school" alone does not.
 */
export const similarityThreshold = 0.5;
export const minimumSharedWords = 2;

export interface Similar<P> {
	programme: P;
	/** Shared words divided by the word count of the shorter text: 0 to 1. */
	score: number;
	shared: string[];
}

/** The words of a programme that are compared: its name and what it does. */
export interface ComparableProgramme {
	name: string;
	description?: string | null;
}

/** How alike two word sets are, by the rule above; null when they are not alike. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): { score: number; shared: string[] } | null {
	const smaller = Math.min(a.size, b.size);
	if (smaller === 0) return null;
	const shared = [...a].filter((word) => b.has(word)).sort();
	const score = shared.length / smaller;
	if (score < similarityThreshold || shared.length < Math.min(minimumSharedWords, smaller)) return null;
	return { score, shared };
}

/**
 * The programmes that look like `text` (a new entry's name and description, or a plan goal), most
 * alike first. The exported entry point for "does this duplicate something already there?".
 */
export function similarProgrammes<P extends ComparableProgramme>(text: string, programmes: readonly P[]): Similar<P>[] {
	const words = significantWords(text);
	return programmes
		.flatMap((programme) => {
			const found = likeness(words, significantWords(`${programme.name} ${programme.description ?? ''}`));
			return found ? [{ programme, ...found }] : [];
		})
		.sort((x, y) => y.score - x.score || x.programme.name.localeCompare(y.programme.name, 'nl'));
}
