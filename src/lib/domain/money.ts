/*
 * Money and hours as people type them, and the one place where hours become money (issue #12).
 * Amounts are whole euro cents in integers, never floating point; hours are whole hundredths of an
 * hour (4,25 hours is 425), so every sum stays exact.
 */

/** Why a typed amount or number of hours was not taken; `presentation/money.ts` words it. */
export type NumberProblem = 'empty' | 'letters' | 'negative' | 'format' | 'tooMuch';

export type Parsed = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const problem = (p: NumberProblem): Parsed => ({ ok: false, problem: p });

/** Spaces (also the narrow and non-breaking ones a copied amount holds) and a euro sign are allowed and ignored. */
const ignorable = /[\s\u00a0\u202f€]/g;

/**
 * Whole and hundredths of a decimal number typed the Dutch way: "1.300,75", "1300,75", "1300",
 * "0,5". Dots are thousands separators when each is followed by three digits ("1.300"); a single
 * dot followed by one or two digits at the end, with no comma, is taken as a decimal point
 * ("12.50"), as someone used to English keyboards types it. More than two decimals is refused, so
 * nothing is rounded silently.
 */
function hundredths(text: string, max: number): Parsed {
	const typed = text.replace(ignorable, '');
	if (typed === '') return problem('empty');
	if (/[a-z]/i.test(typed)) return problem('letters');
	if (/^[-−–]/.test(typed)) return problem('negative');
	let whole: string;
	let fraction = '';
	const comma = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/.exec(typed);
	const plain = /^(\d{1,3}(?:\.\d{3})+|\d+)$/.exec(typed);
	const dotDecimal = /^(\d+)\.(\d{1,2})$/.exec(typed);
	if (comma) [, whole = '', fraction = ''] = comma;
	else if (plain) whole = plain[1] ?? '';
	else if (dotDecimal) [, whole = '', fraction = ''] = dotDecimal;
	else return problem('format');
	const digits = whole.replaceAll('.', '').replace(/^0+(?=\d)/, '');
	// Long digit strings are refused before they become a number that is no longer exact.
	if (digits.length > 12) return problem('tooMuch');
	const value = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
	return value > max ? problem('tooMuch') : { ok: true, value };
}

/** An amount of money in whole cents: "1.300,75" is 130075. At most `maxCents`. */
export const parseMoney = (text: string, maxCents: number): Parsed => hundredths(text, maxCents);

/** A number of hours in hundredths: "4,5" is 450. At most `maxHundredths`. */
export const parseHours = (text: string, maxHundredths: number): Parsed => hundredths(text, maxHundredths);

/** A count (people, meetings, series): digits only, at most `max`. */
export function parseCount(text: string, max: number): Parsed {
	const typed = text.replace(ignorable, '');
	if (typed === '') return problem('empty');
	if (/[a-z]/i.test(typed)) return problem('letters');
	if (/^[-−–]/.test(typed)) return problem('negative');
	if (!/^\d+$/.test(typed)) return problem('format');
	if (typed.replace(/^0+(?=\d)/, '').length > 6) return problem('tooMuch');
	const value = Number(typed);
	return value > max ? problem('tooMuch') : { ok: true, value };
}

/**
 * THE rounding of the budget: `hundredthsOfHours` hours at `rateCents` an hour, in whole cents,
 * half a cent rounded up (half-up; both are never negative). Every personnel line is rounded once,
 * here, after its hours are added up, so a total is the sum of the amounts shown on the lines.
 */
export function costOfHours(rateCents: number, hundredthsOfHours: number): number {
	if (rateCents < 0 || hundredthsOfHours < 0 || !Number.isInteger(rateCents) || !Number.isInteger(hundredthsOfHours)) {
		throw new RangeError('rates and hours are whole, non-negative numbers');
	}
	// Integers all the way: (a·b + 50) div 100 is a·b/100 rounded half-up.
	return Math.floor((rateCents * hundredthsOfHours + 50) / 100);
}

/** Hundredths as a form shows them again: 130075 → "1300,75", 400 → "4". Digits only, no separators, so it parses back. */
export function hundredthsForForm(value: number): string {
	const whole = Math.floor(value / 100);
	const rest = value % 100;
	return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, '0')}`;
}
