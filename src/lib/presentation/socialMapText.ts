import * as m from '$lib/paraglide/messages.js';
import { fromInstant } from '$lib/domain/schedule';
import { ageGroups, mapLanguages, mapThemes, weekdays, type AgeGroup, type MapLanguage, type MapTheme, type Opening, type Weekday } from '$lib/domain/socialMap';
import { formatDate } from './format';

/** The social map's codes in words, in the reader's language. */
export const themeLabel = (theme: MapTheme): string =>
	({
		debt: m.socialMap_theme_debt(),
		income: m.socialMap_theme_income(),
		food: m.socialMap_theme_food(),
		housing: m.socialMap_theme_housing(),
		health: m.socialMap_theme_health(),
		parenting: m.socialMap_theme_parenting(),
		children: m.socialMap_theme_children(),
		education: m.socialMap_theme_education(),
		work: m.socialMap_theme_work(),
		socialContact: m.socialMap_theme_socialContact(),
		legal: m.socialMap_theme_legal(),
		language: m.socialMap_theme_language()
	})[theme];

export const ageGroupLabel = (group: AgeGroup): string => {
	const [from, to] = ageGroups[group];
	const name = {
		children: m.socialMap_age_children(),
		youth: m.socialMap_age_youth(),
		youngAdults: m.socialMap_age_youngAdults(),
		adults: m.socialMap_age_adults(),
		elderly: m.socialMap_age_elderly()
	}[group];
	return group === 'elderly' ? m.socialMap_age_from({ name, from }) : m.socialMap_age_range({ name, from, to });
};

/** A language by its own name, so a reader finds their language whatever the page's language. */
export const languageLabel = (code: MapLanguage): string =>
	({
		nl: 'Nederlands',
		en: 'English',
		ar: 'العربية (Arabisch)',
		tr: 'Türkçe (Turks)',
		pl: 'Polski (Pools)',
		uk: 'Українська (Oekraïens)',
		ti: 'ትግርኛ (Tigrinya)',
		so: 'Soomaali (Somalisch)',
		fa: 'فارسی (Perzisch)',
		pap: 'Papiamentu',
		fr: 'Français (Frans)',
		de: 'Deutsch (Duits)',
		es: 'Español (Spaans)'
	})[code];

export const dayLabel = (day: Weekday): string =>
	[m.socialMap_day_1(), m.socialMap_day_2(), m.socialMap_day_3(), m.socialMap_day_4(), m.socialMap_day_5(), m.socialMap_day_6(), m.socialMap_day_7()][day - 1]!;

export const themeOptions = () => mapThemes.map((t) => ({ value: t, label: themeLabel(t) }));
export const languageOptions = () => mapLanguages.map((l) => ({ value: l, label: languageLabel(l) }));

/** Who the service is for by age, in words; null when it has no ages. */
export function agesText(min: number | null, max: number | null): string | null {
	if (min === null && max === null) return null;
	if (max === null) return m.socialMap_ages_from({ min: min! });
	if (min === null) return m.socialMap_ages_upTo({ max });
	return m.socialMap_ages_range({ min, max });
}

/** Opening hours per weekday, for the service's page. */
export function openingLines(hours: readonly Opening[]): { day: string; times: string }[] {
	return weekdays
		.map((d) => ({ day: dayLabel(d), times: hours.filter((h) => h.day === d).map((h) => `${h.opens}–${h.closes}`).join(', ') }))
		.filter((l) => l.times !== '');
}

/** The day an entry was last checked, in Amsterdam. */
export const checkedOn = (at: Date | string) => formatDate(fromInstant(new Date(at)).date);
