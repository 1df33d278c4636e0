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

// seed 000 §4.3, Ontmoeting 3 "Draai jij om de hete brij heen?" (its table heading: "In gesprek
// raken over verborgen armoede"): good experiences of starting that conversation, in mixed pairs or
// threes, shown on flip charts and walked past together; then the card game.

const checkInQuestions = {
	nl: [
		'Met wie zou u een Ontmoeting willen, beroemd of niet, levend of overleden?',
		'Over wat u de laatste tijd deed: waar bent u tevreden over of trots op?',
		'Op wie in uw omgeving bent u trots?'
	],
	en: [
		'Whom would you like to meet, famous or not, living or dead?',
		'About what you did lately: what are you pleased with or proud of?',
		'Whom around you are you proud of?'
	]
};

const checkOutQuestions = {
	nl: [
		'Kies de afbeelding die u nu het meest aanspreekt. Wat ziet u erin?',
		'Welk gesprek van vandaag neemt u mee?',
		'Wat gaat u de komende week anders doen in een gesprek over geld?'
	],
	en: [
		'Choose the picture that speaks to you most right now. What do you see in it?',
		"Which of today's conversations do you take with you?",
		'What will you do differently in a conversation about money this coming week?'
	]
};

export const ontmoeting3: MeetingTemplate = {
	id: 'ontmoeting3',
	title: { nl: 'Draai jij om de hete brij heen?', en: 'Do you beat about the bush?' },
	summary: {
		nl: 'Beginnen over verborgen armoede is lastig, voor iedereen. De groep deelt goede ervaringen met zo\'n gesprek en ontdekt samen wat helpt: een goede relatie komt eerst.',
		en: 'Starting a conversation about hidden poverty is hard, for everyone. The group shares good experiences of such a conversation and finds out together what helps: a good relationship comes first.'
	},
	goals: {
		nl: [
			'Deelnemers ontdekken dat een goed gesprek over (verborgen) armoede begint bij een goede relatie.',
			'Deelnemers leven zich in de ander in en leren van elkaar wat belangrijk is om over verborgen armoede in gesprek te komen.'
		],
		en: [
			'Participants discover that a good conversation about (hidden) poverty starts with a good relationship.',
			'Participants put themselves in the other person\'s place and learn from each other what matters in starting a conversation about hidden poverty.'
		]
	},
	preparation: {
		nl: [
			'Denk aan een eigen ervaring waarin verborgen armoede besproken werd. Het mag één moment zijn, of iets wat langzaam ging.',
			'Denk na over: wanneer was het, wie waren erbij, wat voor relatie was het, wat hielp en wat zat in de weg?'
		],
		en: [
			'Think of an experience of your own in which hidden poverty was discussed. It may be one moment, or something that happened gradually.',
			'Think about: when was it, who was involved, what kind of relationship was it, what helped and what got in the way?'
		]
	},
	background: [
		verdiepingChapter(5, { nl: 'verborgen armoede bespreekbaar maken', en: 'opening up hidden poverty' }),
		{
			title: {
				nl: 'Spelregels van het kwartet "Hoe ver van de rand sta jij?" (Werkplaatsen Sociaal Domein)',
				en: 'Rules of the card game "Hoe ver van de rand sta jij?" (Werkplaatsen Sociaal Domein)'
			},
			url: 'https://www.werkplaatsensociaaldomein.nl/'
		}
	],
	// seed 000 §4.3, "Afronding": the creative overview for the market of meeting 4, on A3 at home.
	homework: {
		nl: [
			'Maak op uw eigen manier een overzicht van uw talenten, de veranderingen die u al in gang zette en uw wensen voor de toekomst. Bijvoorbeeld een getekende marktkraam of etalage, een collage, of iets wat u zelf bedenkt.',
			'Schrijf de veranderwensen op die u tijdens de Ontmoetingen hoorde of zelf had, en denk na over de vraag: met welke talenten maakt u zelf het verschil?'
		],
		en: [
			'Make an overview, in your own way, of your talents, the changes you have already set in motion and your wishes for the future. For example a drawn market stall or shop window, a collage, or something you make up yourself.',
			'Write down the change wishes you heard or had during the meetings, and think about the question: with which talents do you make a difference yourself?'
		]
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
		checkInPart(checkInQuestions, 10, { nl: ['Kies een van de drie vragen.'], en: ['Pick one of the three questions.'] }),
		agreementsReminderPart(),
		lookBackPart(),
		{
			key: 'whatWorks',
			kind: 'deepDive',
			title: { nl: 'Wat werkt?', en: 'What works?' },
			minutes: 35,
			shortest: 25,
			longest: 45,
			yields: {
				nl: [
					'Goede ervaringen met een gesprek over armoede zijn gedeeld.',
					'Elk groepje heeft op een flap getekend wat hielp om over armoede in gesprek te komen.'
				],
				en: [
					'Good experiences of a conversation about poverty have been shared.',
					'Each small group has drawn on a flip chart what helped to start talking about poverty.'
				]
			},
			notes: {
				nl: [
					'Verdeel de groep in tweetallen of drietallen, zo gemengd mogelijk.',
					'Ieder vertelt een ervaring aan de hand van de vragen die vooraf zijn meegegeven: wanneer, wie, wat voor relatie, wat hielp, wat zat in de weg?',
					'De anderen vragen door om helder te krijgen wat belangrijk was in het gesprek.',
					'Daarna bespreekt het groepje: hoe was het om te delen? Wat herkent u bij de ander?',
					'Moedig tekenen aan: emoticons, poppetjes, een strip. Lukt dat echt niet, dan mogen er ook woorden bij.'
				],
				en: [
					'Split the group into pairs or threes, as mixed as possible.',
					'Each tells an experience along the questions given beforehand: when, who, what kind of relationship, what helped, what got in the way?',
					'The others ask further to make clear what mattered in the conversation.',
					'Then the small group discusses: how was it to share? What do you recognise in the other?',
					'Encourage drawing: emoticons, stick figures, a comic strip. If that really does not work, words are fine too.'
				]
			},
			formats: ['whatWorks'],
			question: {
				nl: 'Wat hielp om met iemand over armoede in gesprek te komen?',
				en: 'What helped to start talking with someone about poverty?'
			}
		},
		{
			key: 'galleryWalk',
			kind: 'deepDive',
			title: { nl: 'Langs de flappen', en: 'Along the flip charts' },
			minutes: 15,
			shortest: 10,
			longest: 20,
			yields: {
				nl: ['Eén flap met de inzichten van de hele groep, die iedereen mee naar huis krijgt.'],
				en: ['One flip chart with the whole group\'s insights, which everyone takes home.']
			},
			notes: {
				nl: [
					'De hele groep loopt langs de flappen; elk groepje licht de eigen flap toe.',
					'Iemand uit de groep verzamelt de inzichten op één flap. Maak er een foto van en geef iedereen een afdruk.'
				],
				en: [
					'The whole group walks past the flip charts; each small group explains its own.',
					'Someone from the group gathers the insights on one flip chart. Take a photo and give everyone a print.'
				]
			},
			formats: ['galleryWalk']
		},
		{
			key: 'cardGame',
			kind: 'deepDive',
			title: { nl: 'Kwartet: hoe ver van de rand staat u?', en: 'Card game: how far from the edge are you?' },
			minutes: 25,
			shortest: 15,
			longest: 30,
			yields: {
				nl: ['Het spel maakt praten over geld, schulden en armoede lichter, en soms zelfs leuk.'],
				en: ['The game makes talking about money, debt and poverty lighter, and sometimes even fun.']
			},
			notes: {
				nl: [
					'Leg het kwartet en de spelregels uit. Het spel kan op meer manieren gespeeld worden; kies wat bij de groep past.'
				],
				en: ['Explain the card game and its rules. It can be played in several ways; choose what suits the group.']
			},
			formats: ['distanceFromTheEdge']
		},
		roundOffPart(
			{
				nl: [
					'Iedereen weet wat de voorbereiding is voor de laatste Ontmoeting.',
					'Mensen gaan met een goed gevoel naar huis.'
				],
				en: ['Everyone knows how to prepare for the last meeting.', 'People go home feeling good.']
			},
			{
				nl: [
					'Er zijn vast veranderwensen gehoord: concrete ideeën die verschil kunnen maken. Zijn ze nog niet opgeschreven, dan kan dat alsnog de volgende keer.',
					'Leg het huiswerk uit: een marktkraam, etalage, collage of eigen vorm met talenten, veranderingen en wensen. Deel A3-papier uit om thuis te gebruiken.',
					'Bereid mensen voor op de vraag: met welke talenten maakt u zelf het verschil?'
				],
				en: [
					'Change wishes will have come up: concrete ideas that can make a difference. If they have not been written down yet, that can still happen next time.',
					'Explain the homework: a market stall, shop window, collage or form of one\'s own with talents, changes and wishes. Hand out A3 paper to use at home.',
					'Prepare people for the question: with which talents do you make a difference yourself?'
				]
			}
		),
		checkOutPart(
			checkOutQuestions,
			{
				nl: ["Leg foto's of afbeeldingen neer. Iedereen kiest er één en licht die kort toe."],
				en: ['Lay out photos or pictures. Everyone picks one and explains it briefly.']
			},
			10,
			['pictureCheckOut', 'round']
		)
	]
};
