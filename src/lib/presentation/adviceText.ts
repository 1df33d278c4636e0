import type { Advice, AdviceCode, AdviceParams } from '$lib/domain/composition';
import type { HolidayKey } from '$lib/domain/holidays';
import type {
	ScheduleAdvice,
	ScheduleAdviceCode,
	ScheduleAdviceParams
} from '$lib/domain/schedule';
import * as m from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

/** What the UI shows for one piece of advice: a short title and why it matters. */
export type AdviceText = { title: string; reason: string };

const adviceTexts: { [C in AdviceCode]: (params: AdviceParams[C]) => AdviceText } = {
	tooFewParticipants: (p) => ({
		title: m.advice_too_few_participants_title(),
		reason: m.advice_too_few_participants_reason(p)
	}),
	tooManyParticipants: (p) => ({
		title: m.advice_too_many_participants_title(),
		reason: m.advice_too_many_participants_reason(p)
	}),
	tooManyOnline: (p) => ({
		title: m.advice_too_many_online_title(),
		reason: m.advice_too_many_online_reason(p)
	}),
	tooFewLivedExperience: (p) => ({
		title: m.advice_too_few_lived_experience_title(),
		reason: m.advice_too_few_lived_experience_reason(p)
	}),
	moreLivedExperienceAdvised: (p) => ({
		title: m.advice_more_lived_experience_advised_title(),
		reason: m.advice_more_lived_experience_advised_reason(p)
	}),
	fewBackgrounds: (p) => ({
		title: m.advice_few_backgrounds_title(),
		reason: m.advice_few_backgrounds_reason(p)
	}),
	facilitatorCount: (p) => ({
		title: m.advice_facilitator_count_title(),
		reason: m.advice_facilitator_count_reason(p)
	}),
	noFacilitatorWithLivedExperience: () => ({
		title: m.advice_no_facilitator_with_lived_experience_title(),
		reason: m.advice_no_facilitator_with_lived_experience_reason()
	}),
	noFacilitatorLeadsGroups: () => ({
		title: m.advice_no_facilitator_leads_groups_title(),
		reason: m.advice_no_facilitator_leads_groups_reason()
	}),
	duoMix: () => ({ title: m.advice_duo_mix_title(), reason: m.advice_duo_mix_reason() }),
	partnerWithoutParticipant: (p) => ({
		title: m.advice_partner_without_participant_title(),
		reason: m.advice_partner_without_participant_reason(p)
	}),
	noExperienceExpert: () => ({
		title: m.advice_no_experience_expert_title(),
		reason: m.advice_no_experience_expert_reason()
	})
};

export function adviceText<C extends AdviceCode>(advice: Advice<C>): AdviceText {
	return adviceTexts[advice.code](advice.params);
}

const holidayNames: Record<HolidayKey, () => string> = {
	newYear: m.holiday_new_year,
	goodFriday: m.holiday_good_friday,
	easterSunday: m.holiday_easter_sunday,
	easterMonday: m.holiday_easter_monday,
	kingsDay: m.holiday_kings_day,
	liberationDay: m.holiday_liberation_day,
	ascensionDay: m.holiday_ascension_day,
	whitSunday: m.holiday_whit_sunday,
	whitMonday: m.holiday_whit_monday,
	christmasDay: m.holiday_christmas_day,
	boxingDay: m.holiday_boxing_day
};

export function holidayName(key: HolidayKey): string {
	return holidayNames[key]();
}

// en-GB: day before month, as Dutch readers of the English version expect.
const dateLocales = { nl: 'nl-NL', en: 'en-GB' } as const;

/** 'YYYY-MM-DD' as e.g. "dinsdag 27 april 2027". */
function longDate(date: string): string {
	const format = new Intl.DateTimeFormat(dateLocales[getLocale()], {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return format.format(new Date(`${date}T00:00:00Z`));
}

const scheduleTexts: {
	[C in ScheduleAdviceCode]: (params: ScheduleAdviceParams[C]) => AdviceText;
} = {
	seriesTooShort: (p) => ({
		title: m.schedule_series_too_short_title(),
		reason: m.schedule_series_too_short_reason(p)
	}),
	seriesTooLong: (p) => ({
		title: m.schedule_series_too_long_title(),
		reason: m.schedule_series_too_long_reason(p)
	}),
	inPast: (p) => ({
		title: m.schedule_in_past_title(),
		reason: m.schedule_in_past_reason({ ...p, date: longDate(p.date) })
	}),
	onHoliday: (p) => ({
		title: m.schedule_on_holiday_title(),
		reason: m.schedule_on_holiday_reason({
			...p,
			date: longDate(p.date),
			holiday: holidayName(p.holiday)
		})
	}),
	outOfOrder: (p) => ({
		title: m.schedule_out_of_order_title(),
		reason: m.schedule_out_of_order_reason({
			...p,
			date: longDate(p.date),
			previousDate: longDate(p.previousDate)
		})
	}),
	sameDay: (p) => ({
		title: m.schedule_same_day_title(),
		reason: m.schedule_same_day_reason({ ...p, date: longDate(p.date) })
	}),
	durationOutOfRange: (p) => ({
		title: m.schedule_duration_out_of_range_title(),
		reason: m.schedule_duration_out_of_range_reason(p)
	}),
	intervalOutOfRange: (p) => ({
		title: m.schedule_interval_out_of_range_title(),
		reason: m.schedule_interval_out_of_range_reason(p)
	})
};

export function scheduleAdviceText<C extends ScheduleAdviceCode>(
	advice: ScheduleAdvice<C>
): AdviceText {
	return scheduleTexts[advice.code](advice.params);
}
