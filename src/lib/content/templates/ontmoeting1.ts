import type { MeetingTemplate } from '../meetingScript';
import { checkInPart, checkOutPart, roundOffPart, verdiepingChapter, welcomePart } from './common';

// seed 000 §4.1, Ontmoeting 1 "Aandacht als start". No look-back the first time, so the agreements
// get 15 minutes and the check-in 5; the 75 minutes of the main block hold the name game, the
// round of introductions and the sentence completion, in the guide's order.

const checkInQuestions = {
	nl: [
		'Maak de zin af: Ik ben … en mijn dag begon met …',
		'Maak de zin af: Ik ben … en vandaag ben ik hier omdat …',
		'Maak de zin af: Ik ben … en het laatste waar ik om moest lachen was …'
	],
	en: [
		'Finish the sentence: I am … and my day started with …',
		'Finish the sentence: I am … and today I am here because …',
		'Finish the sentence: I am … and the last thing that made me laugh was …'
	]
};

const checkOutQuestions = {
	nl: [
		'Wat eet u vanavond?',
		'Als u terugkijkt op vandaag: waar vertelde u meer dan u van plan was?',
		'Welk woord neemt u mee naar huis?'
	],
	en: [
		'What are you having for dinner tonight?',
		'Looking back on today: where did you tell more than you had planned?',
		'Which word do you take home with you?'
	]
};

export const ontmoeting1: MeetingTemplate = {
	id: 'ontmoeting1',
	title: { nl: 'Aandacht als start', en: 'Attention as a start' },
	summary: {
		nl: 'De eerste kennismaking, met aandacht. Wie zich veilig voelt en serieus genomen wordt, laat ook iets van zichzelf zien. De groep maakt afspraken en ontdekt samen waarom mensen armoede vaak verborgen houden.',
		en: 'A first introduction, with attention. Whoever feels safe and taken seriously will show something of themselves. The group makes its agreements and finds out together why people often keep poverty hidden.'
	},
	goals: {
		nl: [
			'Deelnemers voelen wat aandacht doet in een Ontmoeting.',
			'De groep begint elkaar te leren kennen en wordt een groep.',
			'Deelnemers ontdekken, ook bij zichzelf, waarom armoede vaak onzichtbaar blijft.'
		],
		en: [
			'Participants feel what attention does in a meeting.',
			'The group starts to get to know each other and to become a group.',
			'Participants discover, also in themselves, why poverty often stays out of sight.'
		]
	},
	background: [
		verdiepingChapter(1, { nl: '(voor)oordelen', en: 'prejudice' }),
		verdiepingChapter(2, { nl: 'cultuursensitiviteit', en: 'cultural sensitivity' }),
		{
			title: {
				nl: 'Utrecht in Dialoog: wat is een dialoog? (dialoogprincipes voor begeleiders)',
				en: 'Utrecht in Dialoog: what is a dialogue? (dialogue principles for facilitators)'
			},
			url: 'https://www.utrechtindialoog.nl/wat-is-een-dialoog/'
		}
	],
	// seed 000 §4.1, "Afronding": homework for meeting 2, and one storyteller asked beforehand.
	homework: {
		nl: [
			'Schrijf in hooguit vier zinnen op: wat houdt u bezig als het gaat om het zien van (verborgen) armoede?',
			'Voor één deelnemer met eigen ervaring, als die dat wil: beschrijf een moment in uw leven waarop u zorgen over geld liever verborgen hield. Zo uitgebreid als u wilt; steekwoorden mogen ook.'
		],
		en: [
			'Write down in four sentences at most: what is on your mind when it comes to noticing (hidden) poverty?',
			'For one participant with lived experience, if they want to: describe a moment in your life when you preferred to keep money worries hidden. As long as you like; keywords are fine too.'
		]
	},
	checkInQuestions,
	checkOutQuestions,
	minutes: 120,
	parts: [
		welcomePart(
			{
				nl: [
					'Een rustig, warm begin: iedereen voelt zich welkom en heeft zin in vandaag.',
					'Iedereen weet wat Ontmoetingen zijn en wat er vandaag gebeurt.'
				],
				en: [
					'A calm, warm start: everyone feels welcome and looks forward to today.',
					'Everyone knows what the meetings are and what happens today.'
				]
			},
			{
				nl: [
					'Neem de tijd om iedereen binnen te halen, ook online. Dat is gastvrijheid.',
					'Stel uzelf voor als begeleiders. Vertel dat Ontmoetingen geen cursus of training zijn: u wisselt ervaringen uit over (verborgen) armoede.',
					'Vertel welke thema\'s de komende keren aan bod komen, en waar deze reeks past in een groter project als dat zo is.',
					'Zeg hardop dat iedereen gelijkwaardig is en dat u er samen voor zorgt dat iedereen aan de beurt komt.',
					'Zet het plan van vandaag op een flip-over, of online in de chat.',
					'Het werkt goed als de begeleider met eigen ervaring begint met een stukje van het eigen verhaal: dat zet de toon.'
				],
				en: [
					'Take time to bring everyone in, online too. That is hospitality.',
					'Introduce yourselves as facilitators. Explain that the meetings are not a course or a training: people exchange experiences of (hidden) poverty.',
					'Say which themes the coming meetings cover, and where this series fits in a larger project if it does.',
					'Say out loud that everyone is equal and that together you make sure everyone gets a turn.',
					"Put today's plan on a flip chart, or in the chat when online.",
					'It works well when the facilitator with lived experience starts with part of their own story: it sets the tone.'
				]
			}
		),
		checkInPart(checkInQuestions, 5, {
			nl: [
				'Het gaat om wie u bent, niet om wat u doet. Laat mensen de zin echt afmaken en ga er niet op in.',
				'Begin zelf, om de toon te zetten. Noem de namen van deelnemers vaak.'
			],
			en: [
				'This is about who you are, not what you do. Let people really finish the sentence and do not dwell on it.',
				'Go first yourself to set the tone. Use the participants\' names often.'
			]
		}),
		{
			key: 'namesGame',
			kind: 'introductions',
			title: { nl: 'Namenspel met een bol wol', en: 'Name game with a ball of wool' },
			minutes: 5,
			shortest: 3,
			longest: 10,
			yields: { nl: ['Iedereen kent de namen van de anderen.'], en: ["Everyone knows the others' names."] },
			notes: {
				nl: [
					'Ga allemaal staan. Wie de bol gooit, noemt de naam van wie hem vangt en houdt de draad vast. Zo ontstaat een web dat iedereen verbindt.',
					'De laatste gooit de bol terug naar wie begon, en noemt diens naam.'
				],
				en: [
					'Everyone stands. Whoever throws the ball says the name of the catcher and holds on to the thread. A web grows that connects everyone.',
					'The last person throws the ball back to whoever started, saying their name.'
				]
			},
			formats: ['ballOfWool']
		},
		{
			key: 'groupAgreements',
			kind: 'groupAgreements',
			title: { nl: 'Afspraken met elkaar', en: 'Group agreements' },
			// seed 000 §4: 15 minutes the first time.
			minutes: 15,
			shortest: 10,
			longest: 20,
			yields: {
				nl: [
					'Samen een veilige sfeer.',
					'Afspraken over hoe we met elkaar omgaan, en praktische afspraken over pauzes, contact en te laat komen.'
				],
				en: [
					'A safe atmosphere, made together.',
					'Agreements on how we treat each other, and practical ones about breaks, contact and arriving late.'
				]
			},
			notes: {
				nl: [
					'Zeg steeds tegen iedereen: u bepaalt zelf wat u deelt en wat niet.',
					'Vraag door op wat mensen bedoelen. Vul zelf aan als er iets ontbreekt, bijvoorbeeld: wat hier gezegd wordt, blijft in de groep; als iets niet goed zit, praten we het uit. Zo hoort u als begeleider ook bij de groep.',
					'Maak van de afspraken een mooi papier of een flap die elke keer terugkomt, en stuur ze rond. Vertel waarom ze belangrijk zijn.'
				],
				en: [
					'Keep telling everyone: you decide yourself what you share and what you do not.',
					'Ask what people mean. Add what is missing yourself, for example: what is said here stays in the group; if something does not feel right, we talk it through. That way you as facilitator belong to the group too.',
					'Turn the agreements into a good-looking page or a flip chart that comes back every time, and send them round. Explain why they matter.'
				]
			},
			formats: ['groupConversation'],
			question: {
				nl: 'Wanneer durft u hier te vertellen wat u meemaakt? Welke afspraken maken we daarvoor met elkaar?',
				en: 'When do you dare to tell here what you go through? Which agreements do we make with each other for that?'
			}
		},
		{
			key: 'introductionRound',
			kind: 'introductions',
			title: { nl: 'Kennismaken vanuit eigen ervaring', en: 'Getting to know each other through experience' },
			minutes: 20,
			shortest: 10,
			longest: 25,
			yields: {
				nl: [
					'De groep leert elkaar kennen; soms deelt iemand al iets persoonlijks.',
					'Deelnemers staan stil bij wat ze zelf meemaakten, en wat ze daarbij voelden en dachten.'
				],
				en: [
					'The group gets to know each other; sometimes someone already shares something personal.',
					'Participants reflect on what they went through themselves, and what they felt and thought.'
				]
			},
			notes: {
				nl: [
					'Wie klaar is, geeft de beurt door door een naam te noemen, en niet aan de buurman of buurvrouw.',
					'Dit rondje bereidt voor op de zinnen hierna. De groep wordt gelijkwaardiger als blijkt dat een professional zelf krapte kende, of dat iemand met ervaring eerder een ruim leven had.'
				],
				en: [
					'Whoever has finished passes the turn on by saying a name, and not to the person next to them.',
					'This round prepares for the sentences that follow. The group becomes more equal when it turns out that a professional knew hard times, or that someone with lived experience once lived comfortably.'
				]
			},
			formats: ['round'],
			question: {
				nl: 'U koos ervoor om mee te doen aan deze Ontmoetingen. Wilt u daar iets meer over vertellen?',
				en: 'You chose to take part in these meetings. Would you like to tell a bit more about that choice?'
			}
		},
		{
			key: 'revealAndCover',
			kind: 'deepDive',
			title: { nl: 'Onthullen en toedekken', en: 'Revealing and covering up' },
			minutes: 50,
			shortest: 30,
			longest: 60,
			yields: {
				nl: [
					'De groep raakt beter bekend met elkaar en de sfeer wordt open.',
					'Deelnemers ontdekken welke beelden en gevoelens over armoede ze zelf meedragen.',
					'Er komen veel redenen op tafel waarom mensen liever iets geheimhouden.',
					'Het gesprek komt op gang over wat verborgen armoede is.'
				],
				en: [
					'The group gets better acquainted and the atmosphere opens up.',
					'Participants discover which images of and feelings about poverty they carry themselves.',
					'Many reasons come up why people would rather keep something secret.',
					'A conversation starts about what hidden poverty is.'
				]
			},
			notes: {
				nl: [
					'Doe als begeleiders zelf mee.',
					'Leg de opdracht rustig uit: sommige zinnen kunnen nare gedachten of gevoelens oproepen. Ieder bepaalt zelf of en wanneer er iets gedeeld wordt.',
					'Het hoeft niet over armoede of verslaving te gaan. Twijfel aan uzelf, een mening die u liever voor u houdt of een patroon in een relatie mag ook.',
					'Eerst schrijft iedereen in stilte. Op locatie: deel de zinnen uit op A4.',
					'Daarna leest ieder om de beurt hooguit vijf zinnen voor. Vraag niet door op de inhoud; bedank de voorlezer, of spreek samen een gebaar van respect af.',
					'Verdiep dan met vragen als: hoe was dit? Welke zinnen wilde u zeker niet delen? Wat heeft dit met verborgen armoede te maken? Op welke manieren houden mensen armoede verborgen? U hoeft ze niet allemaal te stellen; houd ze achter de hand.'
				],
				en: [
					'Take part yourselves as facilitators.',
					'Explain the task calmly: some sentences can bring up unpleasant thoughts or feelings. Everyone decides themselves whether and when to share.',
					'It need not be about poverty or addiction. Self-doubt, an opinion one would rather keep to oneself or a pattern in a relationship is fine too.',
					'First everyone writes in silence. On location: hand out the sentences on A4.',
					'Then each in turn reads out five sentences at most. Do not ask about the content; thank the reader, or agree together on a gesture of respect.',
					'Then go deeper with questions such as: how was this? Which sentences did you certainly not want to share? What does this have to do with hidden poverty? In what ways do people keep poverty hidden? You need not ask them all; keep them in reserve.'
				]
			},
			// seed 000 §4.1: "Huisje inrichten" as the alternative.
			formats: ['sentenceCompletion', 'furnishHouse', 'pauseMoment'],
			question: {
				nl: 'Wat wilt u liever verborgen houden voor een ander, en waarom?',
				en: 'What would you rather keep hidden from others, and why?'
			}
		},
		roundOffPart(
			{
				nl: ['Iedereen weet wat de voorbereiding is voor de volgende keer.', 'Mensen gaan met een goed gevoel naar huis.'],
				en: ['Everyone knows how to prepare for next time.', 'People go home feeling good.']
			},
			{
				nl: [
					'Geef het huiswerk mee: hooguit vier zinnen over het zien van (verborgen) armoede.',
					'Vraag één deelnemer met eigen ervaring om een moment op te schrijven waarop geldzorgen verborgen bleven. Bel of app diegene voor de volgende keer: lukt het, en wat roept het op?'
				],
				en: [
					'Give the homework: four sentences at most about noticing (hidden) poverty.',
					'Ask one participant with lived experience to write down a moment when they kept money worries hidden. Call or message them before next time: is it working out, and what does it bring up?'
				]
			}
		),
		checkOutPart(checkOutQuestions, {
			nl: [
				'U kunt meer dan één vraag stellen. De vraag of iemand meer vertelde dan gepland is de moeite waard: mensen schrikken soms van hoe vertrouwd het voelde, en het helpt om dat in de groep te zeggen.'
			],
			en: [
				'You can ask more than one question. Asking whether someone told more than planned is worth it: people are sometimes surprised how safe it felt, and saying so in the group helps.'
			]
		})
	]
};
