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

// seed 000 §4.2, Ontmoeting 2 "Signaleren en aansluiten": one participant's real story, listened to
// closely ("De wereld zien in een korrel zand"), becomes the group's own signals list. The silence
// after the story takes 2 to 5 minutes; the three levels come last, if there is time.

const checkInQuestions = {
	nl: [
		'Waar was u deze week trots op?',
		'Welk compliment kreeg u deze week?',
		'Welk compliment gaf u deze week aan iemand anders?'
	],
	en: [
		'What were you proud of this week?',
		'Which compliment did you receive this week?',
		'Which compliment did you give someone else this week?'
	]
};

const checkOutQuestions = {
	nl: ['Wat is (of was) uw favoriete muziek?', 'Wat is uw favoriete film?', 'Wat is uw favoriete boek?'],
	en: ['What is (or was) your favourite music?', 'What is your favourite film?', 'What is your favourite book?']
};

export const ontmoeting2: MeetingTemplate = {
	id: 'ontmoeting2',
	title: { nl: 'Signaleren en aansluiten', en: 'Noticing and connecting' },
	summary: {
		nl: 'Kunt u zien dat iemand in armoede leeft? En als u zelf weinig geld heeft: zien anderen dat aan u? De groep luistert naar het echte verhaal van één deelnemer en haalt daar samen de signalen uit.',
		en: 'Can you see that someone lives in poverty? And if you have little money yourself: do others see it in you? The group listens to the real story of one participant and draws the signals from it together.'
	},
	goals: {
		nl: [
			'Deelnemers weten dat mensen op heel verschillende manieren met armoede omgaan.',
			'Deelnemers zien waaraan (verborgen) armoede te merken kan zijn, zoals aan iemands copingstijl of zelfstigma.',
			'Deelnemers halen signalen van geldzorgen, stress of verborgen armoede uit het verhaal van een deelnemer met ervaring.',
			'Deelnemers kunnen zeggen waar een signalenlijst tekortschiet.',
			'Deelnemers verbinden een echt verhaal uit de groep met drie niveaus: de persoon, de omgeving en de samenleving.'
		],
		en: [
			'Participants know that people deal with poverty in very different ways.',
			'Participants see how (hidden) poverty can be noticed, for example in someone\'s coping style or self-stigma.',
			'Participants draw signals of money worries, stress or hidden poverty from the story of a participant with lived experience.',
			'Participants can say where a signals list falls short.',
			'Participants link a real story from the group to three levels: the person, the surroundings and society.'
		]
	},
	preparation: {
		nl: [
			'Iedereen neemt de hooguit vier zinnen mee over het zien van (verborgen) armoede.',
			'Eén deelnemer met eigen ervaring neemt het opgeschreven verhaal mee. De begeleiders hebben vooraf met diegene contact gehad.'
		],
		en: [
			'Everyone brings their four sentences at most about what is on their mind in noticing (hidden) poverty.',
			'One participant with lived experience brings the written story. The facilitators have been in touch with them beforehand.'
		]
	},
	background: [
		verdiepingChapter(3, { nl: 'signaleren en aansluiten, en copingstijlen', en: 'noticing and connecting, and coping styles' }),
		{
			title: { nl: 'E-book "Hoe je armoede doorbreekt" (HAN)', en: 'E-book "Hoe je armoede doorbreekt" (HAN)' },
			url: 'https://www.han.nl/artikelen/2021/07/download-gratis-e-book-hoe-je-armoede-doorbreekt/'
		},
		{
			title: {
				nl: 'Signalenkaart: handreiking "Zorgen over geld? Praten helpt!"',
				en: 'Signals card: guide "Zorgen over geld? Praten helpt!" (worried about money? talking helps)'
			},
			url: 'https://schuldenenincasso.nl/wp-content/uploads/2019/08/Handreiking-Zorgen-over-geld-praten-helpt.pdf'
		}
	],
	homework: {
		nl: ['Beschrijf een moment waarop u met iemand in gesprek raakte over armoede. Wat hielp, en wat stond in de weg?'],
		en: ['Describe a moment when you got talking with someone about poverty. What helped, and what got in the way?']
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
		checkInPart(checkInQuestions, 10, {
			nl: ['Kreeg iemand deze week geen compliment? Dan vertelt die welk compliment die zelf gaf.'],
			en: ['Whoever received no compliment this week tells which one they gave.']
		}),
		agreementsReminderPart(),
		lookBackPart(),
		{
			key: 'homeworkRound',
			kind: 'deepDive',
			title: { nl: 'Wat houdt u bezig bij signaleren?', en: 'What is on your mind about noticing?' },
			minutes: 10,
			shortest: 5,
			longest: 15,
			yields: {
				nl: ['Ieders eigen vragen over het zien van armoede liggen op tafel.'],
				en: ["Everyone's own questions about noticing poverty are on the table."]
			},
			notes: {
				nl: ['Iedereen leest de zinnen voor die thuis geschreven zijn.', 'Bespreek kort: wat valt op?'],
				en: ['Everyone reads out the sentences they wrote at home.', 'Discuss briefly: what stands out?']
			},
			formats: ['round']
		},
		{
			key: 'story',
			kind: 'deepDive',
			title: { nl: 'Eén verhaal, heel precies beluisterd', en: 'One story, listened to closely' },
			minutes: 10,
			shortest: 5,
			longest: 15,
			yields: {
				nl: [
					'Deelnemers snappen beter hoe iemand leeft met iets wat de buitenwereld niet mag zien.',
					'Wie zich beter inleeft en zichzelf beter kent, gaat anders met een ander om.'
				],
				en: [
					'Participants understand better how someone lives with something the outside world must not see.',
					'Whoever empathises better and knows themselves better treats others differently.'
				]
			},
			notes: {
				nl: [
					'De gedachte achter de werkvorm (naar William Blake): wie heel goed naar één verhaal kijkt, ziet er de hele wereld in.',
					'Vraag de groep om in stilte te luisteren en niet te reageren; wel mogen mensen voor zichzelf schrijven, ook over wat het verhaal bij hen oproept.',
					'Geef een vraag mee om mee te luisteren: waaraan had iemand kunnen zien, horen, voelen of ruiken dat er geldzorgen, stress of verborgen armoede waren?',
					'Bedank de verteller na het verhaal.'
				],
				en: [
					'The idea behind the format (after William Blake): whoever looks very closely at one story sees the whole world in it.',
					'Ask the group to listen in silence and not react; people may write for themselves, also about what the story brings up in them.',
					'Give a question to listen with: how could someone have seen, heard, felt or smelled that there were money worries, stress or hidden poverty?',
					'Thank the storyteller after the story.'
				]
			},
			formats: ['worldInAGrainOfSand'],
			question: {
				nl: 'Waaraan had iemand kunnen zien, horen, voelen of ruiken dat er geldzorgen of verborgen armoede waren?',
				en: 'How could someone have seen, heard, felt or smelled that there were money worries or hidden poverty?'
			}
		},
		{
			key: 'pauseMoment',
			kind: 'deepDive',
			title: { nl: 'Momentje', en: 'Pause moment' },
			minutes: 3,
			shortest: 2,
			longest: 5,
			yields: {
				nl: ['Stilte om te denken, te voelen en op te schrijven wat er opkomt.', 'Ieder heeft twee vragen voor de verteller.'],
				en: ['Silence to think, feel and write down what comes up.', 'Everyone has two questions for the storyteller.']
			},
			notes: {
				nl: [
					'Tussen 2 en 5 minuten: kijk naar de groep en voel wat nodig is. Dit vertragen werkt heel goed.',
					'Vraag iedereen twee vragen op te schrijven voor de verteller, en waarom juist die.'
				],
				en: [
					'Between 2 and 5 minutes: watch the group and sense what is needed. Slowing down like this works very well.',
					'Ask everyone to write down two questions they would like to ask the storyteller, and why those.'
				]
			},
			formats: ['pauseMoment'],
			question: {
				nl: 'Welke twee vragen wilt u de verteller stellen, en waarom?',
				en: 'Which two questions would you like to ask the storyteller, and why?'
			}
		},
		{
			key: 'signals',
			kind: 'deepDive',
			title: { nl: 'Onze eigen signalenlijst', en: 'Our own signals list' },
			minutes: 27,
			shortest: 15,
			longest: 35,
			yields: {
				nl: [
					'Een signalenlijst op maat, uit één echt verhaal.',
					'Deelnemers weten dat een signaal op meer manieren te lezen is en dat u het altijd bij de ander nagaat.',
					'Zelfstigma is herkend en benoemd.'
				],
				en: [
					'A tailor-made signals list, from one real story.',
					'Participants know that a signal can be read in more than one way and that you always check it with the other person.',
					'Self-stigma is recognised and named.'
				]
			},
			notes: {
				nl: [
					'Schrijf de signalen die mensen hoorden op een flap. Vraag door tot er niets nieuws meer komt, en vraag de verteller om een reactie.',
					'Om de beurt stelt iedereen de twee vragen, met de reden erbij, en geeft de beurt door. Vergeet niemand. De verteller mag altijd passen.',
					'Vul de flap aan met nieuwe signalen uit de antwoorden.',
					'Vertel dat signalen vaak gevolgen van armoede laten zien: wat u ziet, is vaak wat armoede met iemand doet, niet wie iemand is.',
					'Leg zelfstigma uit: de harde beelden over armoede zelf gaan geloven, zoals "het is mijn eigen schuld". Welke hoorde de groep in het verhaal? Zet ze bij de signalen, en vraag wie het bij zichzelf herkent.',
					'Houd de vragen bij het verhaal, zodat het gesprek niet alle kanten op gaat.',
					'Schrijf nooit op wie de verteller is bij de lijst.'
				],
				en: [
					'Write the signals people heard on a flip chart. Keep asking until nothing new comes up, and ask the storyteller to respond.',
					'In turn everyone asks their two questions, with the reason, and passes the turn on. Forget no one. The storyteller may always pass.',
					'Add new signals from the answers to the flip chart.',
					'Explain that signals often show the effects of poverty: what you see is often what poverty does to a person, not who that person is.',
					'Explain self-stigma: coming to believe the harsh images of poverty yourself, such as "it is my own fault". Which did the group hear in the story? Put them beside the signals, and ask who recognises it in themselves.',
					'Keep the questions close to the story, so the conversation does not drift.',
					'Never write down who the storyteller is with the list.'
				]
			},
			formats: ['worldInAGrainOfSand', 'groupConversation'],
			question: {
				nl: 'Welke signalen hoorde of zag u in het verhaal?',
				en: 'Which signals did you hear or see in the story?'
			}
		},
		{
			key: 'copingStyles',
			kind: 'deepDive',
			title: { nl: 'Copingstijlen en de signalenkaart', en: 'Coping styles and the signals card' },
			minutes: 15,
			shortest: 10,
			longest: 20,
			yields: {
				nl: [
					'Deelnemers zien dat veel signalen manieren zijn om met stress en kwetsbaarheid om te gaan.',
					'Deelnemers weten waar een signalenlijst helpt en waar die tekortschiet.'
				],
				en: [
					'Participants see that many signals are ways of coping with stress and vulnerability.',
					'Participants know where a signals list helps and where it falls short.'
				]
			},
			notes: {
				nl: [
					'Vertel over copingstijlen: de een of twee manieren waarop iemand meestal op stress reageert, bijvoorbeeld om te voorkomen dat anderen de geldzorgen zien.',
					'Deel de signalenkaart uit en geef 5 minuten om te lezen.',
					'Bespreek: waar lijken de lijst van de groep, de kaart en de copingstijlen op elkaar, en waar verschillen ze? Hoe helpt dit om te signaleren en aan te sluiten?',
					'Een signalenkaart is nooit een lijstje om af te vinken.'
				],
				en: [
					'Explain coping styles: the one or two ways in which someone usually responds to stress, for example to keep others from seeing their money worries.',
					'Hand out the signals card and give 5 minutes to read.',
					"Discuss: where are the group's list, the card and the coping styles alike, and where do they differ? How does this help to notice and connect?",
					'A signals card is never a checklist.'
				]
			},
			formats: ['groupConversation']
		},
		{
			key: 'levels',
			kind: 'deepDive',
			title: { nl: 'Drie niveaus', en: 'Three levels' },
			minutes: 10,
			shortest: 5,
			longest: 15,
			yields: {
				nl: [
					'Deelnemers zien in het verhaal de persoon, de omgeving en de samenleving.',
					'Ieder kan in één zin zeggen wat belangrijk is bij signaleren.'
				],
				en: [
					'Participants see the person, the surroundings and society in the story.',
					'Everyone can say in one sentence what matters in noticing.'
				]
			},
			notes: {
				nl: [
					'Vaak spelen oorzaak én oplossing op elk van de drie niveaus mee.',
					'Vraag: waar in het verhaal spelen de samenleving mee (hoogte van de uitkering of de huur, hoe wetten uitpakken) en de omgeving?',
					'Is de tijd op, sla dan de niveaus over en houd alleen de ene zin.'
				],
				en: [
					'Cause and solution often play a part at each of the three levels.',
					'Ask: where in the story do society (the level of benefits or rent, how laws work out) and the surroundings play a part?',
					'If time runs out, skip the levels and keep only the one sentence.'
				]
			},
			formats: ['groupConversation', 'pauseMoment'],
			question: {
				nl: 'Wat vindt u belangrijk als het gaat om signaleren? Schrijf het op in één zin.',
				en: 'What do you find important when it comes to noticing? Write it down in one sentence.'
			}
		},
		roundOffPart(
			{
				nl: ['Iedereen weet wat de voorbereiding is voor de volgende keer.', 'Mensen gaan met een goed gevoel naar huis.'],
				en: ['Everyone knows how to prepare for next time.', 'People go home feeling good.']
			},
			{
				nl: [
					'Geef het huiswerk mee: een moment waarop u met iemand over armoede in gesprek raakte.',
					'Bedank de verteller nog een keer, en vraag na afloop even hoe het met diegene gaat.'
				],
				en: [
					'Give the homework: a moment when you got talking with someone about poverty.',
					'Thank the storyteller once more, and afterwards ask briefly how they are.'
				]
			}
		),
		checkOutPart(checkOutQuestions, {
			nl: ['Een lichte vraag na een zwaar onderdeel: laat het luchtig zijn.'],
			en: ['A light question after a heavy part: let it be easy.']
		})
	]
};
