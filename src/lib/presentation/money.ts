import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { NumberProblem } from '$lib/domain/money';

/*
 * THE way an amount of money is shown (issue #12): whole cents to "€ 1.300,75" in Dutch and
 * "€1,300.75" in English, with integer arithmetic only, so what is shown is exactly what is stored.
 */

export type MoneyLocale = 'nl' | 'en';

const grouped = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** `cents` as money in `locale` (the reader's language by default); a negative amount gets a minus sign in front. */
export function formatMoney(cents: number, locale: MoneyLocale = getLocale()): string {
	if (!Number.isSafeInteger(cents)) throw new RangeError('an amount is whole cents');
	const sign = cents < 0 ? '-' : '';
	const absolute = Math.abs(cents);
	const whole = String(Math.floor(absolute / 100));
	const rest = String(absolute % 100).padStart(2, '0');
	return locale === 'en' ? `${sign}€${grouped(whole, ',')}.${rest}` : `${sign}€ ${grouped(whole, '.')},${rest}`;
}

/** Hours held in hundredths, "4", "4,5", "12,25" (English "4.5"). */
export function formatHours(hundredths: number, locale: MoneyLocale = getLocale()): string {
	const whole = Math.floor(hundredths / 100);
	const rest = hundredths % 100;
	if (rest === 0) return String(whole);
	const fraction = String(rest).padStart(2, '0').replace(/0$/, '');
	return `${whole}${locale === 'en' ? '.' : ','}${fraction}`;
}

/** Why a typed amount, number of hours or count was not taken, in the reader's words (`domain/money.ts`). */
export function numberProblemText(problem: NumberProblem, kind: 'count' | 'hours' | 'money', max: number): string {
	switch (problem) {
		case 'empty':
			return m.budget_error_empty();
		case 'letters':
			return m.budget_error_letters();
		case 'negative':
			return m.budget_error_negative();
		case 'format':
			return kind === 'count' ? m.budget_error_format_count() : m.budget_error_format();
		case 'tooMuch':
			if (kind === 'money') return m.budget_error_tooMuch_money({ max: formatMoney(max) });
			if (kind === 'hours') return m.budget_error_tooMuch_hours({ max: formatHours(max) });
			return m.budget_error_tooMuch_count({ max });
	}
}
