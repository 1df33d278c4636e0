import type { MeetingTemplate } from '../meetingScript';
import {
	agreementsReminderPart,
	checkInPart,
	checkOutPart,
	lookBackPart,
	roundOffPart,
	verdiepingChapter,
	warmStart,
	welcomePart
} from './common';

// seed 000 §4.4, Ontmoeting 4 "Kringen in de vijver: het is niet af": the market of talents,
// changes and wishes (a quarter of an hour to walk past them), each person's first step, and a
// look back on the series before saying goodbye. The guide's table has no look-back or round-off
// row here; the skeleton's 5 minutes each stay, the round-off points to what comes after.

const checkInQuestions = {
	nl: [
		'Waar heeft u afscheid van genomen? Dat mag ook iets kleins zijn, zoals nagelbijten.',
		'Wat heeft u sinds de vorige keer anders gedaan?',
		'Welk mens uit deze groep kwam de afgelopen weken in uw gedachten, en waarom?'
	],
	en: [
		'What have you said goodbye to? It may be something small, like biting your nails.',
		'What have you done differently since last time?',
		'Who from this group came to mind in the past weeks, and why?'
	]
};

const checkOutQuestions = {
	nl: [
		'Waar verheugt u zich deze week op?',
		'Wat neemt u mee van uw linkerbuur, en wat geeft u aan uw rechterbuur?',
		'Wat is uw eerste stap, in één zin?'
	],
	en: [
		'What are you looking forward to this week?',
		'What do you take from your neighbour on the left, and what do you give your neighbour on the right?',
		'What is your first step, in one sentence?'
	]
};

export const ontmoeting4: MeetingTemplate = {
	id: 'ontmoeting4',
	title: { nl: 'Kringen in de vijver: het is niet af', en: 'Ripples in the pond: it is not finished' },
	summary: {
		nl: 'De Ontmoetingen zijn geen doel op zich. In deze laatste bijeenkomst laat iedereen de eigen talenten en wensen zien, kiest een eerste stap en kijkt de groep terug op wat de reeks losmaakte. Dan neemt u (voorlopig) afscheid.',
		en: 'The meetings are not a goal in themselves. In this last meeting everyone shows their talents and wishes, chooses a first step, and the group looks back on what the series set in motion. Then you say goodbye (for now).'
	},
	goals: {
		nl: [
			'Deelnemers kiezen een eerste stap om in hun dagelijks leven verder te gaan met wat de Ontmoetingen opleverden.',
			'Deelnemers hebben hun wensen en talenten (weer) scherp voor ogen.',
			'De groep heeft samen teruggekeken op de reeks en elkaar gedag gezegd.'
		],
		en: [
			'Participants choose a first step to carry what the meetings brought into their daily life.',
			'Participants have their wishes and talents clearly in view (again).',
			'The group has looked back on the series together and said goodbye to each other.'
		]
	},
	preparation: {
		nl: ['Neem uw overzicht van talenten, veranderingen en wensen mee (marktkraam, etalage, collage of eigen vorm).'],
		en: ['Bring your overview of talents, changes and wishes (market stall, shop window, collage or a form of your own).']
	},
	background: [
		verdiepingChapter(4, { nl: 'Mens, wat heb je in de aanbieding?', en: 'what do you have to offer?' }),
		verdiepingChapter(6, { nl: 'armoede doorbreken door goed samen te werken', en: 'breaking poverty by working together well' })
	],
	homework: {
		nl: [
			'Zet uw eerste stap, en vertel iemand in uw omgeving wat de Ontmoetingen u brachten.',
			'Komt er een vijfde bijeenkomst? Kijk dan nog eens naar de veranderwensen: welke wilt u oppakken?'
		],
		en: [
			'Take your first step, and tell someone around you what the meetings gave you.',
			'Is there a fifth meeting? Then look at the change wishes again: which would you like to take up?'
		]
	},
	checkInQuestions,
	checkOutQuestions,
	minutes: 120,
	parts: [
		welcomePart(
			warmStart,
			{
				nl: [
					'Vraag hoe het met iedereen gaat. Er is ruimte voor nieuwtjes en mededelingen.',
					'Laat iedereen bij binnenkomst de eigen creatie een plek geven waar anderen er makkelijk omheen kunnen lopen.'
				],
				en: [
					'Ask how everyone is. There is room for news and announcements.',
					'As people come in, let everyone give their creation a place where others can easily walk around it.'
				]
			}
		),
		checkInPart(checkInQuestions, 10, {
			nl: ['De vraag gaat over afscheid nemen van iets, bijvoorbeeld ook van uzelf als iemand die alles kan.'],
			en: ['The question is about saying goodbye to something, for example also to yourself as someone who can do everything.']
		}),
		agreementsReminderPart(),
		lookBackPart(),
		{
			key: 'marketWalk',
			kind: 'deepDive',
			title: { nl: 'Markt: rondlopen langs de kramen', en: 'Market: walking past the stalls' },
			minutes: 20,
			shortest: 15,
			longest: 25,
			yields: {
				nl: ['Iedereen heeft alle kramen en etalages gezien en er talenten, vragen of opmerkingen bij geschreven.'],
				en: ['Everyone has seen all the stalls and shop windows and added talents, questions or remarks.']
			},
			notes: {
				nl: [
					'Neem een kwartier voor de ronde langs alle creaties, eventueel met muziek op de achtergrond.',
					'Leg naast elke creatie een leeg A4: daarop schrijven bezoekers talenten die ze zien, vragen en opmerkingen.'
				],
				en: [
					'Take a quarter of an hour for the round past all the creations, with music in the background if you like.',
					'Put a blank A4 sheet beside each creation: visitors write on it the talents they see, questions and remarks.'
				]
			},
			formats: ['talentMarket']
		},
		{
			key: 'marketStories',
			kind: 'deepDive',
			title: { nl: 'Markt: talenten en wensen toegelicht', en: 'Market: talents and wishes explained' },
			minutes: 25,
			shortest: 15,
			longest: 35,
			yields: {
				nl: ['Samen geoogst: ieders talenten en wensen, ook de talenten die anderen in iemand zien.'],
				en: ["Harvested together: everyone's talents and wishes, including the talents others see in them."]
			},
			notes: {
				nl: [
					'Ieder licht de eigen talenten, veranderingen en wensen toe en vraagt uitleg bij wat anderen op het A4 schreven.',
					'Blijf doorvragen: en verder?',
					'Noem ook veranderingen die mensen zelf misschien niet zien. Heeft u mensen om u heen verteld wat de Ontmoetingen u brachten?',
					'Schrijf de veranderwensen die u hoort op: ze gaan mee naar de vijfde bijeenkomst.'
				],
				en: [
					'Each explains their talents, changes and wishes and asks about what others wrote on the A4 sheet.',
					'Keep asking: and what else?',
					'Also name changes people may not see themselves. Have you told people around you what the meetings gave you?',
					'Write down the change wishes you hear: they go along to the fifth meeting.'
				]
			},
			formats: ['talentMarket', 'round'],
			question: {
				nl: 'Welke talenten heeft u om zelf het verschil te maken?',
				en: 'Which talents do you have to make a difference yourself?'
			}
		},
		{
			key: 'firstSteps',
			kind: 'deepDive',
			title: { nl: 'Ieders eerste stap', en: "Everyone's first step" },
			minutes: 10,
			shortest: 5,
			longest: 15,
			yields: {
				nl: ['Een lijstje met stappen: ieder kent de eigen eerste stap om een wens waar te maken.'],
				en: ['A list of steps: everyone knows their first step towards a wish.']
			},
			notes: {
				nl: ['Ieder schrijft de eerste stap op de eigen creatie en zegt die hardop.'],
				en: ['Everyone writes their first step on their own creation and says it out loud.']
			},
			formats: ['round', 'pauseMoment'],
			question: {
				nl: 'Wat is uw eerste stap om uw wens waar te maken?',
				en: 'What is your first step towards your wish?'
			}
		},
		{
			key: 'seriesLookBack',
			kind: 'deepDive',
			title: { nl: 'Terugkijken op de Ontmoetingen', en: 'Looking back on the meetings' },
			minutes: 20,
			shortest: 10,
			longest: 25,
			yields: {
				nl: ['De groep heeft gedeeld wat de Ontmoetingen voor ieder betekenden, en kijkt vooruit.'],
				en: ['The group has shared what the meetings meant to each person, and looks ahead.']
			},
			notes: {
				nl: [
					'Samen terugkijken rondt de reeks goed af en helpt vooruit te kijken. Vraag door op wat mensen zeggen.',
					'Leg kaarten met afbeeldingen neer: ieder kiest er één die laat zien wat de Ontmoetingen waren. Een afbeelding op de telefoon kan ook.',
					'Of maak de zin af: door de Ontmoetingen nam ik afscheid van …'
				],
				en: [
					'Looking back together rounds off the series well and helps to look ahead. Ask further about what people say.',
					'Lay out picture cards: each picks one that shows what the meetings were for them. A picture on the phone works too.',
					'Or finish the sentence: through the meetings I said goodbye to …'
				]
			},
			formats: ['groupConversation', 'pictureCheckOut'],
			question: {
				nl: 'Wat hebben de Ontmoetingen voor u betekend?',
				en: 'What have the meetings meant to you?'
			}
		},
		roundOffPart(
			{
				nl: ['Iedereen weet wat er na vandaag gebeurt met de wensen en stappen.', 'Mensen gaan met een goed gevoel naar huis.'],
				en: ['Everyone knows what happens after today with the wishes and steps.', 'People go home feeling good.']
			},
			{
				nl: [
					'Vat de wensen en eerste stappen kort samen.',
					'Vertel wat er hierna komt: een vijfde bijeenkomst waarin de groep kiest welke veranderwensen worden opgepakt, of hoe de wensen anders een plek krijgen.',
					'Bedank iedereen voor de tijd, de verhalen en het lef.'
				],
				en: [
					'Briefly sum up the wishes and first steps.',
					'Say what comes next: a fifth meeting in which the group chooses which change wishes are taken up, or how the wishes find a place otherwise.',
					'Thank everyone for their time, their stories and their courage.'
				]
			}
		),
		checkOutPart(checkOutQuestions, {
			nl: ['Het is de laatste keer in deze vorm: neem de tijd voor het afscheid.'],
			en: ['It is the last time in this form: take time for the goodbye.']
		})
	]
};
