import type { Localised } from '../localised';
import type { ActivityFormatId, BackgroundReading, PartTemplate } from '../meetingScript';

/*
 * Parts and readings more than one template shares. The minutes follow the skeleton (seed 000 §4,
 * "De bijeenkomsten in het algemeen"); the bounds are ours: how far the proportional trim may move
 * a part before it stops doing its job.
 */

/** The question a check-in or check-out part shows until the facilitators pick another one. */
export function firstQuestion(questions: Localised<string[]>): Localised {
	return { nl: questions.nl[0] ?? '', en: questions.en[0] ?? '' };
}

export function checkInPart(
	questions: Localised<string[]>,
	minutes: number,
	notes: Localised<string[]>
): PartTemplate {
	return {
		key: 'checkIn',
		kind: 'checkIn',
		title: { nl: 'Check-in', en: 'Check-in' },
		// seed 000 §4: 5–10 minutes.
		minutes,
		shortest: 5,
		longest: 10,
		yields: {
			nl: ['Iedereen heeft één keer gesproken en is echt binnen.', 'De groep leert elkaar weer een beetje beter kennen.'],
			en: ['Everyone has spoken once and has really arrived.', 'The group gets to know each other a little better.']
		},
		notes: {
			nl: [
				'Iedereen doet mee, de begeleiders ook. Niemand hoeft op een ander te reageren: het is een rondje, geen gesprek.',
				...notes.nl
			],
			en: [
				'Everyone takes part, the facilitators too. Nobody needs to respond to anyone else: it is a round, not a conversation.',
				...notes.en
			]
		},
		// seed 000 §3.2: a sentence to complete, or standing up and stepping forward.
		formats: ['round', 'stepForward'],
		question: firstQuestion(questions)
	};
}

export function checkOutPart(
	questions: Localised<string[]>,
	notes: Localised<string[]>,
	minutes = 10,
	formats: ActivityFormatId[] = ['round', 'pictureCheckOut']
): PartTemplate {
	return {
		key: 'checkOut',
		kind: 'checkOut',
		title: { nl: 'Check-uit', en: 'Check-out' },
		minutes,
		shortest: 5,
		longest: 15,
		yields: {
			nl: ['Een rustig einde: iedereen richt de aandacht weer op het leven buiten de groep.'],
			en: ['A calm ending: everyone turns their attention back to life outside the group.']
		},
		notes: {
			nl: [
				'Een klein vast ritueel. Wie wil, laat iets van zichzelf zien; wie dat niet wil, houdt het kort.',
				...notes.nl
			],
			en: [
				'A small fixed ritual. Whoever wants to can show a bit of themselves; whoever does not keeps it short.',
				...notes.en
			]
		},
		formats,
		question: firstQuestion(questions)
	};
}

/** What most welcomes yield. */
export const warmStart: Localised<string[]> = {
	nl: ['Een rustig, warm begin: iedereen voelt zich welkom en heeft zin in vandaag.'],
	en: ['A calm, warm start: everyone feels welcome and looks forward to today.']
};

export function welcomePart(yields: Localised<string[]>, notes: Localised<string[]>, minutes = 10): PartTemplate {
	return {
		key: 'welcome',
		kind: 'welcome',
		title: { nl: 'Welkom', en: 'Welcome' },
		minutes,
		shortest: 5,
		longest: 15,
		yields,
		notes,
		// Coffee and arriving, no exercise.
		formats: []
	};
}

/** Meeting 2 and later: today's plan, and the agreements of meeting 1 said out loud again. */
export function agreementsReminderPart(): PartTemplate {
	return {
		key: 'groupAgreements',
		kind: 'groupAgreements',
		title: { nl: 'Het plan van vandaag en onze afspraken', en: "Today's plan and our agreements" },
		// seed 000 §4: at most 5 minutes after the first meeting.
		minutes: 5,
		shortest: 2,
		longest: 5,
		yields: {
			nl: ['Iedereen weet wat er vandaag gebeurt.', 'De afspraken over hoe we met elkaar omgaan zijn weer vers.'],
			en: ['Everyone knows what happens today.', 'The agreements on how we treat each other are fresh again.']
		},
		notes: {
			nl: [
				'Zet het plan van vandaag op een flip-over, of online in de chat.',
				'Noem de afspraken van de eerste keer met nadruk. In deze groep gaan mensen zorgvuldiger met elkaar om dan ze gewend zijn; daar helpt een geheugensteun bij.'
			],
			en: [
				"Put today's plan on a flip chart, or in the chat when online.",
				'Name the agreements of the first meeting clearly. In this group people treat each other with more care than they are used to; a reminder helps.'
			]
		},
		formats: ['groupConversation']
	};
}

// seed 000 §4, Ontmoeting 2 and 3: the same look-back, with the same questions; wishes heard here
// are kept for the market of meeting 4 and the deciding meeting.
export function lookBackPart(): PartTemplate {
	return {
		key: 'lookBack',
		kind: 'lookBack',
		title: { nl: 'Terugblik op de vorige keer', en: 'Look-back on last time' },
		minutes: 5,
		shortest: 3,
		longest: 10,
		yields: {
			nl: [
				'Wat mensen na de vorige keer dachten of deden, krijgt hier een plek en wordt serieus genomen.',
				'De begeleiders horen hoe de vorige keer beviel en kunnen het programma aanpassen.',
				'Wie er de vorige keer niet was, kan weer aansluiten.'
			],
			en: [
				'What people thought or did after last time gets a place here and is taken seriously.',
				'The facilitators hear how last time went and can adjust the programme.',
				'Whoever missed last time can catch up.'
			]
		},
		notes: {
			nl: [
				'Laat het plan van de vorige keer zien op een flap.',
				'Vraag: hoe dacht u terug aan de vorige keer? Hooguit drie zinnen.',
				'Vraag: wat heeft u sindsdien gedaan, aan welke wensen dacht u, waar wilt u meer van? Schrijf de veranderwensen op die u hoort: de groep bewaart ze voor het moment waarop gekozen wordt wat wordt opgepakt.'
			],
			en: [
				'Show the plan of last time on a flip chart.',
				'Ask: how did you think back on last time? Three sentences at most.',
				'Ask: what have you done since, which wishes came to mind, what would you like more of? Write down the change wishes you hear: the group keeps them for the moment it chooses what to take up.'
			]
		},
		formats: ['round'],
		question: {
			nl: 'Hoe dacht u terug aan de vorige keer? Zeg het in hooguit drie zinnen.',
			en: 'How did you think back on last time? Say it in three sentences at most.'
		}
	};
}

export function roundOffPart(yields: Localised<string[]>, notes: Localised<string[]>, minutes = 5): PartTemplate {
	return {
		key: 'roundOff',
		kind: 'roundOff',
		title: { nl: 'Afronding', en: 'Round-off' },
		minutes,
		shortest: 3,
		longest: 10,
		yields,
		notes,
		formats: ['groupConversation']
	};
}

// seed 000 §3.2 and §4: the guide's own background, by chapter.
const verdiepingUrl =
	'https://www.werkplaatsensociaaldomein.nl/publicatie/armoede-doorbreek-je-niet-alleen-verdieping-op-de-gids';

export function verdiepingChapter(chapter: number, topic: Localised): BackgroundReading {
	return {
		title: {
			nl: `Verdieping op de gids "Armoede doorbreek je niet alleen", hoofdstuk ${chapter}: ${topic.nl}`,
			en: `Background to the guide "Armoede doorbreek je niet alleen", chapter ${chapter}: ${topic.en}`
		},
		url: verdiepingUrl
	};
}
