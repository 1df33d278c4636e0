import type { Localised, Minutes } from './localised';

export const agendaPartKinds = [
	'welcome',
	'checkIn',
	'lookBack',
	'groupAgreements',
	'deepDive',
	'roundOff',
	'checkOut',
	// Not in the Ontmoetingen skeleton: the round of getting to know each other (meeting 1, network
	// sessions from the second one, seed 002 "Kennismaken") and a break in a longer session.
	'introductions',
	'break'
] as const;
export type AgendaPartKind = (typeof agendaPartKinds)[number];

export type AgendaPartTemplate = {
	kind: AgendaPartKind;
	minutes: Minutes;
	/** Only where the first meeting needs a different length than the ones after it. */
	firstMeetingMinutes?: Minutes;
	title: Localised;
	purpose: Localised;
};

/**
 * The parts every Ontmoeting shares, in order (seed 000 §4, "De bijeenkomsten in het algemeen"):
 * the minutes are the guide's, the sentences our own. Meeting scripts of later issues start from it.
 */
export const ontmoetingSkeleton: readonly AgendaPartTemplate[] = [
	{
		kind: 'welcome',
		minutes: { exactly: 10 },
		title: { nl: 'Welkom', en: 'Welcome' },
		purpose: {
			nl: 'Koffie en thee. Iedereen komt binnen en kan kort vertellen wat er sinds de vorige keer is gebeurd en nu niet kan wachten.',
			en: 'Coffee and tea. Everyone settles in and may briefly share any news since last time that cannot wait.'
		}
	},
	{
		kind: 'checkIn',
		minutes: { from: 5, to: 10 },
		title: { nl: 'Check-in', en: 'Check-in' },
		purpose: {
			nl: 'Een korte ronde met een lichte vraag, zodat iedereen een keer gesproken heeft en de groep elkaar beter leert kennen.',
			en: 'A short round with a light question, so everyone has spoken once and the group gets to know each other better.'
		}
	},
	{
		kind: 'lookBack',
		minutes: { exactly: 5 },
		title: { nl: 'Terugblik', en: 'Look-back' },
		purpose: {
			nl: 'Waar ging het de vorige keer over, en wat is blijven hangen?',
			en: 'What was last time about, and what stayed with people?'
		}
	},
	{
		kind: 'groupAgreements',
		minutes: { atMost: 5 },
		firstMeetingMinutes: { exactly: 15 },
		title: { nl: 'Afspraken met elkaar', en: 'Group agreements' },
		purpose: {
			nl: 'De eerste keer maakt de groep samen afspraken over hoe u met elkaar omgaat. Daarna haalt u ze aan het begin even terug.',
			en: 'The first time, the group agrees together on how to treat each other. After that, a quick reminder at the start is enough.'
		}
	},
	{
		kind: 'deepDive',
		minutes: { exactly: 75 },
		title: { nl: 'Verdieping', en: 'Deep dive' },
		purpose: {
			nl: 'Het hoofdonderdeel: een thema dat vooraf is afgesproken, met informatie die concreet en tastbaar is.',
			en: 'The main part: a theme chosen beforehand, with information that is concrete and tangible.'
		}
	},
	{
		kind: 'roundOff',
		minutes: { exactly: 5 },
		title: { nl: 'Afronding', en: 'Round-off' },
		purpose: {
			nl: 'Kort samenvatten wat er vandaag besproken is.',
			en: 'A brief summary of what was discussed today.'
		}
	},
	{
		kind: 'checkOut',
		minutes: { exactly: 10 },
		title: { nl: 'Check-uit', en: 'Check-out' },
		purpose: {
			nl: 'Een laatste ronde: hoe gaat iedereen naar huis?',
			en: 'A last round: how is everyone leaving today?'
		}
	}
];
