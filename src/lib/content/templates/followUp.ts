import type { MeetingTemplate } from '../meetingScript';
import { agreementsReminderPart, checkInPart, checkOutPart, roundOffPart, warmStart, welcomePart } from './common';

// seed 001 §4 "Tweede reeks: doorbreken": eight follow-up meetings over a year. Each owner shares
// the four status questions; the group learns with the three learning questions.

const statusQuestion = {
	nl: 'Wat heeft u gedaan met uw actie? Wat gaat goed en hoe staat het ervoor? Wat lukt nog niet, en waarom? Wat heeft u van de groep of van anderen nodig?',
	en: 'What have you done with your action? What goes well and where does it stand? What is not working yet, and why? What do you need from the group or from others?'
};

const checkInQuestions = {
	nl: [
		'Welk klein succes had u sinds de vorige keer?',
		'Waar liep u sinds de vorige keer tegenaan?',
		'Met welk gevoel komt u vandaag binnen, in één woord?'
	],
	en: [
		'Which small success did you have since last time?',
		'What did you run into since last time?',
		'With what feeling do you come in today, in one word?'
	]
};

const checkOutQuestions = {
	nl: [
		'Wat doet u voor de volgende keer?',
		'Wie gaat u deze week om hulp vragen?',
		'Wat neemt u vandaag mee van een ander?'
	],
	en: [
		'What will you do before next time?',
		'Whom will you ask for help this week?',
		'What do you take with you today from someone else?'
	]
};

export const followUp: MeetingTemplate = {
	id: 'followUp',
	title: { nl: 'Vervolgbijeenkomst', en: 'Follow-up meeting' },
	summary: {
		nl: 'Een van de acht vervolgbijeenkomsten in het actie-leertraject. De eigenaren vertellen hoe het staat met hun actie en wat ze nodig hebben; daarna leert de groep samen van wat werkt en wat niet.',
		en: 'One of the eight follow-up meetings of the action-learning series. Every owner tells where their action stands and what they need; then the group learns together from what works and what does not.'
	},
	goals: {
		nl: [
			'Alle eigenaren hebben verteld hoe het staat met hun actie, en hebben gekregen wat ze nodig hebben of weten bij wie ze het vragen.',
			'De groep weet beter wat werkt en wat niet.',
			'De groep weet hoe de inzichten verder komen in de organisaties, ook samen met leidinggevenden.'
		],
		en: [
			'Every owner has told where their action stands and has got what they need, or knows whom to ask.',
			'The group knows better what works and what does not.',
			'The group knows how the insights travel further into the organisations, also together with managers.'
		]
	},
	preparation: {
		nl: ['Bereid als eigenaar de vier vragen voor: wat deed u, wat gaat goed, wat lukt nog niet en waarom, wat heeft u nodig?'],
		en: ['As an owner, prepare the four questions: what did you do, what goes well, what is not working yet and why, what do you need?']
	},
	background: [
		{
			title: {
				nl: 'Brochure "Zo doe je dat: ontmoeten en samen doorbreken" (HAN, Lingewaard): de tweede reeks',
				en: 'Brochure "Zo doe je dat: ontmoeten en samen doorbreken" (HAN, Lingewaard): the second series'
			}
		}
	],
	homework: {
		nl: ['Zet de volgende stap die u noemde, en vraag de hulp waar u om vroeg.'],
		en: ['Take the next step you named, and ask for the help you said you need.']
	},
	checkInQuestions,
	checkOutQuestions,
	minutes: 120,
	parts: [
		welcomePart(
			warmStart,
			{
				nl: ['Vraag hoe het met iedereen gaat. Er is ruimte voor nieuwtjes en mededelingen.'],
				en: ['Ask how everyone is. There is room for news and announcements.']
			}
		),
		checkInPart(checkInQuestions, 10, { nl: ['Houd het licht; de acties komen straks.'], en: ['Keep it light; the actions come later.'] }),
		agreementsReminderPart(),
		{
			key: 'lookBack',
			kind: 'lookBack',
			title: { nl: 'Terugblik op de vorige keer', en: 'Look-back on last time' },
			minutes: 5,
			shortest: 3,
			longest: 10,
			yields: {
				nl: ['Iedereen weet weer welke stappen en welke hulp de vorige keer zijn afgesproken.'],
				en: ['Everyone recalls which steps and which help were agreed last time.']
			},
			notes: {
				nl: ['Laat de acties, eigenaren en afgesproken stappen van de vorige keer zien.'],
				en: ['Show the actions, owners and agreed steps of last time.']
			},
			formats: ['round']
		},
		{
			key: 'ownerRound',
			kind: 'deepDive',
			title: { nl: 'Rondje eigenaren', en: "Owners' round" },
			minutes: 45,
			shortest: 30,
			longest: 60,
			yields: {
				nl: [
					'Van elke actie is bekend wat er gebeurde, wat goed gaat en wat nog niet lukt.',
					'Elke eigenaar weet wie helpt met wat nodig is.'
				],
				en: [
					'For every action it is known what happened, what goes well and what is not working yet.',
					'Every owner knows who helps them with what they need.'
				]
			},
			notes: {
				nl: [
					'Verdeel de tijd eerlijk over de eigenaren en zeg vooraf hoeveel minuten ieder heeft.',
					'Laat eerst de eigenaar uitpraten; daarna mogen anderen vragen stellen en hulp aanbieden. Het is geen verantwoording maar samen leren.',
					'Schrijf bij elke actie op wat de eigenaar nodig heeft en wie het oppakt.'
				],
				en: [
					'Share the time fairly among the owners and say beforehand how many minutes each has.',
					'Let the owner finish first; then others may ask questions and offer help. It is not accounting for oneself but learning together.',
					'Write down for each action what the owner needs and who takes it up.'
				]
			},
			formats: ['ownerRound'],
			question: statusQuestion
		},
		{
			key: 'learning',
			kind: 'deepDive',
			title: { nl: 'Samen leren', en: 'Learning together' },
			minutes: 25,
			shortest: 15,
			longest: 35,
			yields: {
				nl: [
					'Inzicht in wat werkt en wat niet zo goed werkt.',
					'Ideeën om de inzichten verder te brengen in de organisaties.',
					'Ideeën om met leidinggevenden samen te werken, ook als niemand de uitkomst vooraf kent.'
				],
				en: [
					'Insight into what works and what works less well.',
					'Ideas for carrying the insights further into the organisations.',
					'Ideas for working with managers, even when nobody knows the outcome beforehand.'
				]
			},
			notes: {
				nl: [
					'Kies per keer een of twee van de drie leervragen; ze hoeven niet alle drie elke keer.',
					'In twee- of drietallen komt iedereen meer aan het woord; deel daarna plenair wat opviel.'
				],
				en: [
					'Choose one or two of the three learning questions each time; they need not all come up every time.',
					'In pairs or threes everyone gets more of a say; share afterwards in the whole group what stood out.'
				]
			},
			formats: ['groupConversation', 'whatWorks'],
			question: {
				nl: 'Wat werkt, en wat werkt minder goed? Hoe brengen we de inzichten verder in onze organisaties? Hoe werken we samen met onze leidinggevenden zonder dat we de uitkomst vooraf kennen?',
				en: 'What works, and what works less well? How do we carry the insights further into our organisations? How do we work with our managers without knowing the outcome beforehand?'
			}
		},
		{
			key: 'nextSteps',
			kind: 'deepDive',
			title: { nl: 'Volgende stappen', en: 'Next steps' },
			minutes: 5,
			shortest: 3,
			longest: 10,
			yields: {
				nl: ['Elke eigenaar heeft een volgende stap voor de volgende keer.'],
				en: ['Every owner has a next step before next time.']
			},
			notes: { nl: ['Eén zin per eigenaar is genoeg.'], en: ['One sentence per owner is enough.'] },
			formats: ['round'],
			question: { nl: 'Wat is uw volgende stap?', en: 'What is your next step?' }
		},
		roundOffPart(
			{
				nl: ['Iedereen weet welke stappen en welke hulp zijn afgesproken.'],
				en: ['Everyone knows which steps and which help were agreed.']
			},
			{
				nl: ['Vat de afspraken kort samen en stuur ze na afloop rond.'],
				en: ['Briefly sum up the agreements and send them round afterwards.']
			}
		),
		checkOutPart(checkOutQuestions, { nl: ['Houd het kort en licht.'], en: ['Keep it short and light.'] })
	]
};
