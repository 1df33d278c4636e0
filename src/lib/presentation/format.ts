import { getLocale } from '$lib/paraglide/runtime';

/** Everything the approach plans happens in the Netherlands, whatever the server's clock says. */
const timeZone = 'Europe/Amsterdam';

// Plain "en" would give American month-first dates; British English reads naturally next to Dutch.
const intlLocale = () => (getLocale() === 'en' ? 'en-GB' : 'nl-NL');

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'dateTime' | 'date'): Intl.DateTimeFormat {
	const locale = intlLocale();
	const key = `${locale}:${kind}`;
	let found = cache.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(
			locale,
			kind === 'dateTime' ? { timeZone, dateStyle: 'long', timeStyle: 'short' } : { timeZone, dateStyle: 'long' }
		);
		cache.set(key, found);
	}
	return found;
}

/** A moment in time, e.g. "14 maart 2027 om 19:30", in Amsterdam time. */
export function formatDateTime(date: Date | string): string {
	const value = typeof date === 'string' ? new Date(date) : date;
	return Number.isNaN(value.getTime()) ? String(date) : formatter('dateTime').format(value);
}

/** A calendar date `YYYY-MM-DD`, e.g. "14 maart 2027"; anything else is shown as it is. */
export function formatDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return date;
	// Noon UTC falls on the same calendar day in Amsterdam, summer or winter.
	const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
	// 2027-02-31 would silently become 3 March; show such a date as typed instead.
	return value.getUTCDate() === Number(match[3]) ? formatter('date').format(value) : date;
}
