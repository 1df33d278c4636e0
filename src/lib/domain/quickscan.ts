import { quickscanThemes, readinessStatuses, type QuickscanTheme, type ReadinessStatus } from './vocabularies';

/*
 * The readiness scan (quickscan, seed 000 §2.4): per theme what is already there, how it can be
 * strengthened, and a status in words. Nothing here adds the themes up into one figure: the
 * overview lists every theme that still needs work with what the region wrote about it.
 */

/** One theme as a round answered it; `status` null while nobody chose one yet. */
export interface QuickscanAnswer {
	theme: QuickscanTheme;
	status: ReadinessStatus | null;
	present: string;
	strengthen: string;
}

/** One dated round of the scan: a save never changes an earlier round, it adds the next. */
export interface QuickscanRound {
	number: number;
	answeredOn: string;
	answers: QuickscanAnswer[];
}

const emptyAnswer = (theme: QuickscanTheme): QuickscanAnswer => ({ theme, status: null, present: '', strengthen: '' });

/** Every theme once, in the guide's order; a theme the round did not mention comes back unanswered. */
export function completeAnswers(answers: readonly QuickscanAnswer[]): QuickscanAnswer[] {
	const byTheme = new Map(answers.map((a) => [a.theme, a]));
	return quickscanThemes.map((theme) => byTheme.get(theme) ?? emptyAnswer(theme));
}

/** A theme that still needs work: not yet in place, or not yet answered. */
export interface WorkToDo {
	theme: QuickscanTheme;
	status: Exclude<ReadinessStatus, 'inPlace'> | null;
	/** How the region wants to strengthen it, as written; empty when that is still open. */
	strengthen: string;
}

/**
 * What still needs work, most work first: "still to do", then "partly", then themes nobody
 * answered yet; within each, the guide's order. A theme in place is left out.
 */
export function stillNeedsWork(answers: readonly QuickscanAnswer[]): WorkToDo[] {
	const rank = (s: ReadinessStatus | null) => (s === 'toDo' ? 0 : s === 'partly' ? 1 : 2);
	return completeAnswers(answers)
		.filter((a): a is QuickscanAnswer & { status: WorkToDo['status'] } => a.status !== 'inPlace')
		.map((a) => ({ theme: a.theme, status: a.status, strengthen: a.strengthen.trim() }))
		.sort((a, b) => rank(a.status) - rank(b.status) || quickscanThemes.indexOf(a.theme) - quickscanThemes.indexOf(b.theme));
}

/** The themes per status, each list in the guide's order: a summary that hides no theme. */
export function themesByStatus(answers: readonly QuickscanAnswer[]): Record<ReadinessStatus | 'unanswered', QuickscanTheme[]> {
	const out: Record<ReadinessStatus | 'unanswered', QuickscanTheme[]> = { inPlace: [], partly: [], toDo: [], unanswered: [] };
	for (const a of completeAnswers(answers)) out[a.status ?? 'unanswered'].push(a.theme);
	return out;
}

/** Which way a theme moved between two rounds. */
export type Movement = 'forward' | 'back' | 'same' | 'firstAnswer' | 'cleared';

export interface ThemeChange {
	theme: QuickscanTheme;
	from: ReadinessStatus | null;
	to: ReadinessStatus | null;
	movement: Movement;
	/** Whether what is there, or the plan to strengthen it, was rewritten (spaces and case aside). */
	presentChanged: boolean;
	strengthenChanged: boolean;
}

/** toDo → partly → inPlace is forward. */
const progress = (s: ReadinessStatus) => readinessStatuses.length - 1 - readinessStatuses.indexOf(s);

const sameText = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

function movement(from: ReadinessStatus | null, to: ReadinessStatus | null): Movement {
	if (from === null) return to === null ? 'same' : 'firstAnswer';
	if (to === null) return 'cleared';
	const delta = progress(to) - progress(from);
	return delta > 0 ? 'forward' : delta < 0 ? 'back' : 'same';
}

/** Per theme, in the guide's order, how the later round differs from the earlier one. */
export function compareRounds(earlier: readonly QuickscanAnswer[], later: readonly QuickscanAnswer[]): ThemeChange[] {
	const before = completeAnswers(earlier);
	const after = completeAnswers(later);
	return before.map((b, i) => {
		const a = after[i]!;
		return {
			theme: b.theme,
			from: b.status,
			to: a.status,
			movement: movement(b.status, a.status),
			presentChanged: !sameText(b.present, a.present),
			strengthenChanged: !sameText(b.strengthen, a.strengthen)
		};
	});
}

/** Only the themes that changed in status or words: what a history view shows under a round. */
export const changedThemes = (earlier: readonly QuickscanAnswer[], later: readonly QuickscanAnswer[]): ThemeChange[] =>
	compareRounds(earlier, later).filter((c) => c.movement !== 'same' || c.presentChanged || c.strengthenChanged);
