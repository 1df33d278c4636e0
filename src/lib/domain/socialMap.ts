import { addCalendarMonths } from './retention';
import { fromInstant } from './schedule';
import { getISODay, parseISO } from 'date-fns';

/*
 * The social map (issue #13 item 4): who does what in the region. Pure rules: the fixed lists a
 * service is described with, opening hours and "open now", when an entry needs checking again, and
 * what of a typed search is safe to hand to the database.
 */

/** What a service helps with; the search filter and the form's checkboxes. */
export const mapThemes = [
	'debt',
	'income',
	'food',
	'housing',
	'health',
	'parenting',
	'children',
	'education',
	'work',
	'socialContact',
	'legal',
	'language'
] as const;
export type MapTheme = (typeof mapThemes)[number];

/** Age groups of the filter, each an inclusive range of years. */
export const ageGroups = {
	children: [0, 11],
	youth: [12, 17],
	youngAdults: [18, 26],
	adults: [18, 66],
	elderly: [67, 120]
} as const satisfies Record<string, readonly [number, number]>;
export type AgeGroup = keyof typeof ageGroups;
export const ageGroupCodes = Object.keys(ageGroups) as AgeGroup[];

/** Languages a service can be had in, as ISO 639 codes (HSDS uses the same). */
export const mapLanguages = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'fa', 'pap', 'fr', 'de', 'es'] as const;
export type MapLanguage = (typeof mapLanguages)[number];

export const isMapTheme = (v: string): v is MapTheme => (mapThemes as readonly string[]).includes(v);
export const isMapLanguage = (v: string): v is MapLanguage => (mapLanguages as readonly string[]).includes(v);
export const isAgeGroup = (v: string): v is AgeGroup => Object.hasOwn(ageGroups, v);

/** Does a service for ages `min`–`max` (either open) serve anyone of the group? */
export function servesAgeGroup(min: number | null, max: number | null, group: AgeGroup): boolean {
	const [from, to] = ageGroups[group];
	return (min ?? 0) <= to && (max ?? 200) >= from;
}

/** ISO weekdays, Monday 1 to Sunday 7. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

/** One opening on a weekday, in Amsterdam wall-clock time; `closes` after `opens`. */
export interface Opening {
	day: Weekday;
	opens: string;
	closes: string;
}

/**
 * A service of the social map as a coordinator enters it: the one declaration of its shape. The
 * repository saves it, the form is filled from it, and the HSDS exchange reads and writes it.
 */
export interface ServiceDetails {
	mapOrganisationId: string;
	regionId: string | null;
	name: string;
	description: string;
	keywords: string;
	themes: string[];
	minAge: number | null;
	maxAge: number | null;
	languages: string[];
	free: boolean;
	eligibility: string;
	locationName: string;
	address: string;
	postcode: string;
	city: string;
	neighbourhood: string;
	openingHours: Opening[];
	contactName: string;
	contactRole: string;
	contactPhone: string;
	contactEmail: string;
}

const range = /^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–]\s*([01]?\d|2[0-4])[:.]([0-5]\d)\s*$/;

/**
 * A day's hours as typed: "09:00-12:00, 13:00-17:00" (dots or colons, an en dash, blank = closed).
 * Null when it cannot be read, or a closing time is not after its opening.
 */
export function parseDayHours(day: Weekday, typed: string): Opening[] | null {
	if (typed.trim() === '') return [];
	const out: Opening[] = [];
	for (const part of typed.split(/[,;]/)) {
		const match = range.exec(part);
		if (!match) return null;
		const opens = `${match[1]!.padStart(2, '0')}:${match[2]}`;
		const closes = `${match[3]!.padStart(2, '0')}:${match[4]}`;
		if (closes <= opens || closes > '24:00') return null;
		out.push({ day, opens, closes });
	}
	return out.sort((a, b) => a.opens.localeCompare(b.opens));
}

/** A day's openings as the form shows them again. */
export function dayHoursText(hours: readonly Opening[], day: Weekday): string {
	return hours
		.filter((h) => h.day === day)
		.map((h) => `${h.opens}-${h.closes}`)
		.join(', ');
}

/** Is the service open at `now` in Amsterdam? No hours known is "not known", so not open now. */
export function isOpenAt(hours: readonly Opening[], now: Date): boolean {
	const { date, time } = fromInstant(now);
	const day = getISODay(parseISO(date));
	return hours.some((h) => h.day === day && h.opens <= time && time < h.closes);
}

/** Months after which an entry that nobody checked is flagged for the coordinator. */
export const defaultStaleMonths = 6;

/** Has nobody checked the entry for `months` months? Never checked counts from when it was added. */
export function isStale(lastVerified: Date, now: Date, months = defaultStaleMonths): boolean {
	const limit = addCalendarMonths(fromInstant(now).date, -months);
	return fromInstant(lastVerified).date < limit;
}

/** The longest search the server reads; the rest of a pasted text is left out. */
export const searchMax = 200;
const wordsMax = 8;
const wordMax = 40;

/**
 * The words of a typed search: letters and digits only (accents kept, the database removes them),
 * lower case, at most eight words of at most forty characters. Quotes, operators, emoji and SQL are
 * gone, so what is left can be written as a `tsquery` without any way to break it.
 */
export function searchWords(typed: string): string[] {
	const words = typed
		.slice(0, searchMax * 5)
		.normalize('NFC')
		.toLowerCase()
		.match(/[\p{L}\p{N}]+/gu);
	if (!words) return [];
	return [...new Set(words.map((w) => w.slice(0, wordMax)))].slice(0, wordsMax);
}

/** The prefix query for `to_tsquery`: every word, each also as the start of a longer one. */
export function prefixQuery(words: readonly string[]): string {
	return words.map((w) => `${w}:*`).join(' & ');
}

/** The text of a search for the typo fallback (trigram similarity). */
export function fuzzyText(words: readonly string[]): string {
	return words.join(' ');
}

/** The markers `ts_headline` puts around a match: control characters no typed text holds. */
export const highlightStart = '\u0002';
export const highlightStop = '\u0003';

/** Strips the highlight markers from text before it is stored. */
export const withoutMarkers = (text: string) => text.replace(/[\u0002\u0003]/g, '');

/**
 * A highlighted excerpt as parts: `{ text, match }` for the page to show as text (never as HTML),
 * the matches marked.
 */
export function highlightParts(excerpt: string): { text: string; match: boolean }[] {
	const parts: { text: string; match: boolean }[] = [];
	for (const [i, piece] of excerpt.split(highlightStart).entries()) {
		if (i === 0) {
			if (piece) parts.push({ text: withoutMarkers(piece), match: false });
			continue;
		}
		const stop = piece.indexOf(highlightStop);
		if (stop < 0) {
			parts.push({ text: withoutMarkers(piece), match: false });
			continue;
		}
		if (stop > 0) parts.push({ text: piece.slice(0, stop), match: true });
		const rest = withoutMarkers(piece.slice(stop + 1));
		if (rest) parts.push({ text: rest, match: false });
	}
	return parts;
}

/** Initials of a resident as a handover may name them: at most four letters, with or without dots. */
export function normaliseInitials(typed: string): string | null {
	const letters = typed.replace(/[\s.]/g, '').toUpperCase();
	if (letters === '') return '';
	return /^\p{Lu}{1,4}$/u.test(letters) ? letters.split('').join('.') + '.' : null;
}
