import type { MeetingTemplate } from '../meetingScript';
import { agreementsReminderPart, checkInPart, checkOutPart, roundOffPart, warmStart, welcomePart } from './common';

// seed 001 §2–§4: a fifth meeting closes the first series; the group decides which change wishes
// are taken up and by whom, which starts the action-learning series. seed 000 §5: wishes and their
// effects work at three levels (person, organisation, society). Each owner's first step is ours to
// ask for, as the start of the follow-up meetings' status round.

const checkInQuestions = {
	nl: [
		'Wat deed u sinds de vorige keer met uw eerste stap?',
		'Welke veranderwens is u bijgebleven, en waarom?',
		'Waar kreeg u de afgelopen tijd energie van?'
	],
	en: [
		'What have you done with your first step since last time?',
		'Which change wish has stayed with you, and why?',
		'What gave you energy lately?'
	]
};

const checkOutQuestions = {
	nl: [
		'Hoe voelt het om nu eigenaar te zijn van een actie?',
		'Van wie in deze groep wilt u het komende jaar iets leren?',
		'Wat is het eerste wat u morgen doet?'
	],
	en: [
		'How does it feel to own an action now?',
		'Whom in this group would you like to learn from in the coming year?',
		'What is the first thing you will do tomorrow?'
	]
};

export const deciding: MeetingTemplate = {
	id: 'deciding',
	title: { nl: 'Kiezen wat we oppakken', en: 'Choosing what we take up' },
	summary: {
		nl: 'De vijfde, beslissende bijeenkomst. De groep kijkt naar alle veranderwensen van de reeks, kiest welke worden opgepakt en door wie, en wie een wens oppakt, noemt de eerste stap. Hier begint het actie-leertraject.',
		en: 'The fifth, deciding meeting. The group looks at all the change wishes of the series, chooses which are taken up and by whom, and everyone who takes up a wish names their first step. The action-learning series starts here.'
	},
	goals: {
		nl: [
			'De groep heeft gekozen welke veranderwensen worden opgepakt.',
			'Elke gekozen wens heeft een eigenaar.',
			'Elke eigenaar kent de eigen eerste stap en weet wat daarvoor nodig is.'
		],
		en: [
			'The group has chosen which change wishes are taken up.',
			'Every chosen wish has an owner.',
			'Every owner knows their first step and what they need for it.'
		]
	},
	preparation: {
		nl: [
			'Kijk nog eens naar de veranderwensen en uw eigen overzicht van talenten en wensen.',
			'Komt u namens een organisatie? Vraag vooraf bij uw leidinggevende na hoeveel ruimte u heeft om een actie op te pakken.'
		],
		en: [
			'Look again at the change wishes and your own overview of talents and wishes.',
			'Do you come on behalf of an organisation? Check beforehand with your manager how much room you have to take up an action.'
		]
	},
	background: [
		{
			title: {
				nl: 'Brochure "Zo doe je dat: ontmoeten en samen doorbreken" (HAN, Lingewaard)',
				en: 'Brochure "Zo doe je dat: ontmoeten en samen doorbreken" (HAN, Lingewaard)'
			}
		}
	],
	homework: {
		nl: ['Zet uw eerste stap voor de eerste vervolgbijeenkomst, en houd kort bij wat u deed en wat u tegenkwam.'],
		en: ['Take your first step before the first follow-up meeting, and keep a short note of what you did and what you ran into.']
	},
	checkInQuestions,
	checkOutQuestions,
	minutes: 120,
	parts: [
		welcomePart(
			warmStart,
			{
				nl: ['Vertel waarom deze bijeenkomst er is: vandaag wordt gekozen, en daarna begint een jaar van vervolgbijeenkomsten.'],
				en: ['Say why this meeting is here: today the group chooses, and a year of follow-up meetings starts after it.']
			}
		),
		checkInPart(checkInQuestions, 10, { nl: ['Houd het kort; het kiezen komt straks.'], en: ['Keep it short; the choosing comes later.'] }),
		agreementsReminderPart(),
		{
			key: 'lookBack',
			kind: 'lookBack',
			title: { nl: 'Terugblik op de reeks', en: 'Look-back on the series' },
			minutes: 5,
			shortest: 3,
			longest: 10,
			yields: {
				nl: ['Iedereen heeft de vier Ontmoetingen en de eerste stappen van de laatste keer weer voor ogen.'],
				en: ['Everyone has the four meetings and the first steps of last time in mind again.']
			},
			notes: {
				nl: ['Laat de thema\'s van de vier Ontmoetingen en de eerste stappen zien, op een flap of het scherm.'],
				en: ['Show the themes of the four meetings and the first steps, on a flip chart or the screen.']
			},
			formats: ['round']
		},
		{
			key: 'wishes',
			kind: 'deepDive',
			title: { nl: 'Alle veranderwensen op een rij', en: 'All change wishes in a row' },
			minutes: 15,
			shortest: 10,
			longest: 20,
			yields: {
				nl: ['Een volledig overzicht van de veranderwensen, geordend naar persoon, organisatie en samenleving.'],
				en: ['A complete overview of the change wishes, sorted by person, organisation and society.']
			},
			notes: {
				nl: [
					'Hang de verzamelde wensen op, of laat ze op het scherm zien. Vraag of er wensen ontbreken en vul aan.',
					'Voeg wensen die op hetzelfde neerkomen samen, met instemming van wie ze noemde.',
					'Orden ze naar niveau: wat kan een persoon zelf, wat vraagt een organisatie, wat vraagt beleid?'
				],
				en: [
					'Put up the collected wishes, or show them on the screen. Ask whether any are missing and add them.',
					'Merge wishes that amount to the same thing, with the agreement of whoever raised them.',
					'Sort them by level: what can a person do, what does it take from an organisation, what from policy?'
				]
			},
			formats: ['galleryWalk', 'groupConversation'],
			question: { nl: 'Welke veranderwens ontbreekt nog?', en: 'Which change wish is still missing?' }
		},
		{
			key: 'choose',
			kind: 'deepDive',
			title: { nl: 'Kiezen', en: 'Choosing' },
			minutes: 25,
			shortest: 15,
			longest: 35,
			yields: {
				nl: ['Een korte lijst van wensen die de groep het komende jaar oppakt.'],
				en: ['A short list of wishes the group takes up in the coming year.']
			},
			notes: {
				nl: [
					'Kies liever een paar wensen die echt opgepakt worden dan veel die blijven liggen. Kleine, concrete ideeën in de eigen regio werken vaak het best.',
					'Let erop dat de stem van deelnemers met eigen ervaring even zwaar weegt.',
					'Wensen die niet gekozen worden, raken niet kwijt: ze blijven bewaard.'
				],
				en: [
					'Better a few wishes that are really taken up than many that are left lying. Small, concrete ideas in the own region often work best.',
					'Make sure the voice of participants with lived experience weighs just as much.',
					'Wishes that are not chosen are not lost: they are kept.'
				]
			},
			formats: ['groupConversation'],
			question: {
				nl: 'Welke veranderwensen pakken we het komende jaar op?',
				en: 'Which change wishes do we take up in the coming year?'
			}
		},
		{
			key: 'owners',
			kind: 'deepDive',
			title: { nl: 'Wie pakt wat op?', en: 'Who takes up what?' },
			minutes: 15,
			shortest: 10,
			longest: 20,
			yields: { nl: ['Elke gekozen wens heeft een eigenaar.'], en: ['Every chosen wish has an owner.'] },
			notes: {
				nl: [
					'Een eigenaar mag hulp vragen; een wens kan ook een duo hebben, bijvoorbeeld een professional en een inwoner met ervaring.',
					'Vraag deelnemers die namens een organisatie komen, hoe de actie daar een plek krijgt en hoe hun leidinggevende op de hoogte blijft.'
				],
				en: [
					'An owner may ask for help; a wish can also have a pair, for example a professional and a resident with lived experience.',
					'Ask participants who come on behalf of an organisation how the action finds a place there and how their manager is kept informed.'
				]
			},
			formats: ['round'],
			question: { nl: 'Welke wens pakt u op?', en: 'Which wish will you take up?' }
		},
		{
			key: 'firstSteps',
			kind: 'deepDive',
			title: { nl: 'Ieders eerste stap', en: "Each owner's first step" },
			minutes: 20,
			shortest: 10,
			longest: 25,
			yields: {
				nl: [
					'Elke eigenaar heeft een eerste stap en weet wat nodig is van de groep of van anderen.',
					'De groep kent het ritme van het komende jaar: acht vervolgbijeenkomsten.'
				],
				en: [
					'Every owner has a first step and knows what they need from the group or from others.',
					'The group knows the rhythm of the coming year: eight follow-up meetings.'
				]
			},
			notes: {
				nl: [
					'Maak de eerste stap klein en concreet: iets wat voor de volgende bijeenkomst kan.',
					'Vertel hoe de vervolgbijeenkomsten gaan: elke keer vertellen de eigenaren wat ze deden, wat goed gaat, wat nog niet lukt en wat ze nodig hebben.'
				],
				en: [
					'Make the first step small and concrete: something that can happen before the next meeting.',
					'Explain how the follow-up meetings go: each time every owner tells what they did, what goes well, what is not working yet and what they need.'
				]
			},
			formats: ['ownerRound', 'pauseMoment'],
			question: {
				nl: 'Wat is uw eerste stap, en wat heeft u daarvoor nodig?',
				en: 'What is your first step, and what do you need for it?'
			}
		},
		roundOffPart(
			{
				nl: ['Iedereen weet welke wensen zijn gekozen, wie ze oppakt en wanneer de groep weer bij elkaar komt.'],
				en: ['Everyone knows which wishes were chosen, who takes them up and when the group meets again.']
			},
			{
				nl: ['Lees de gekozen wensen, eigenaren en eerste stappen voor, en stuur ze na afloop rond.'],
				en: ['Read out the chosen wishes, owners and first steps, and send them round afterwards.']
			}
		),
		checkOutPart(checkOutQuestions, { nl: ['Vier even dat de groep gekozen heeft.'], en: ['Take a moment to celebrate that the group has chosen.'] })
	]
};
