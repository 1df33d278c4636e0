import type { BackgroundReading, MeetingTemplate, PartTemplate } from '../meetingScript';
import { checkInPart, checkOutPart, roundOffPart, welcomePart } from './common';

// seed 002: about five sessions of 1.5 to 3 hours for the local network around child poverty.
// The schedule's default of 150 minutes leaves room for a break. Personal introductions from the
// second session (at most 15 minutes, groups of at most five); a case shows who and what the
// collaboration needs and is never solved; each session ends with agreements for the follow-up.

const checkInQuestions = {
	nl: [
		'Wat nam u vandaag mee uit uw werk van deze week?',
		'Met wie in deze ruimte heeft u nog nooit gesproken?',
		'Waar kreeg u deze week energie van?'
	],
	en: [
		"What did you bring today from this week's work?",
		'Who in this room have you never spoken to?',
		'What gave you energy this week?'
	]
};

const checkOutQuestions = {
	nl: [
		'Wie belt of mailt u na vandaag?',
		'Wat neemt u mee naar uw eigen organisatie?',
		'Wat weet u nu wat u bij binnenkomst nog niet wist?'
	],
	en: [
		'Whom will you call or email after today?',
		'What do you take back to your own organisation?',
		'What do you know now that you did not know when you came in?'
	]
};

const background: BackgroundReading[] = [
	{
		title: {
			nl: '"Lokaal samenwerken in de aanpak van kinderarmoede", hoofdstuk 1 tot en met 3 (de aanpak)',
			en: '"Lokaal samenwerken in de aanpak van kinderarmoede" (local collaboration against child poverty), chapters 1 to 3 (the approach)'
		}
	},
	{
		title: {
			nl: 'Handreiking "Omgaan met kinderarmoede in het sociaal domein": werkwijzen, signalen en fondsen',
			en: 'Guide "Omgaan met kinderarmoede in het sociaal domein" (dealing with child poverty in the social domain): working methods, signals and funds'
		}
	}
];

const goals = {
	nl: [
		'Deelnemers kennen elkaar persoonlijk; de drempel om elkaar te bellen is lager.',
		'De groep ziet wie en wat er nodig is in de samenwerking rond gezinnen met geldzorgen.',
		'Er zijn afspraken over het vervolg.'
	],
	en: [
		'Participants know each other personally; the threshold to call each other is lower.',
		'The group sees who and what the collaboration around families with money worries needs.',
		'There are agreements on the follow-up.'
	]
};

const homework = {
	nl: [
		'Doe wat u bij de vervolgafspraken toezegde.',
		'Vertel in uw eigen organisatie wat u hoorde, en neem de volgende keer eventueel een collega mee.'
	],
	en: [
		'Do what you promised in the follow-up agreements.',
		'Tell your own organisation what you heard, and perhaps bring a colleague next time.'
	]
};

const breakPart: PartTemplate = {
	key: 'break',
	kind: 'break',
	title: { nl: 'Pauze', en: 'Break' },
	minutes: 10,
	shortest: 5,
	longest: 15,
	yields: { nl: ['Even rust, en tijd voor losse gesprekken.'], en: ['A rest, and time for informal talk.'] },
	notes: {
		nl: ['Spreek de pauze met de groep af.'],
		en: ['Agree on the break with the group.']
	},
	formats: []
};

const casePart: PartTemplate = {
	key: 'case',
	kind: 'deepDive',
	title: { nl: 'Casus: wie en wat is er nodig?', en: 'Case: who and what is needed?' },
	minutes: 40,
	shortest: 25,
	longest: 60,
	yields: {
		nl: [
			'Per groepje een beeld van wie er bij deze situatie betrokken zou moeten zijn en wat de samenwerking nodig heeft.',
			'Zicht op plekken waar de samenwerking nog hapert.'
		],
		en: [
			'For each small group, a picture of who should be involved in this situation and what the collaboration needs.',
			'Sight of where the collaboration still falters.'
		]
	},
	notes: {
		nl: [
			'Maak de groepjes vooraf: hooguit vijf mensen, verschillende werkvelden door elkaar, en in elk groepje iemand met ervaringskennis, liefst een ervaringsdeskundige.',
			'Werk met een casus van een deelnemer. Heeft niemand er een, gebruik dan een voorbereide casus: complex, over meer domeinen heen, met geldzorgen of armoede.',
			'De casus wordt niet opgelost. Mensen willen dat wel; breng ze steeds terug naar de vraag wie en wat er nodig is.',
			'Zorg voor flip-overs en plakbriefjes, en aparte plekken of hoeken om in groepjes te werken.'
		],
		en: [
			'Make the groups beforehand: five people at most, different fields mixed, and in each group someone with lived experience, preferably a trained experience expert.',
			"Work with a participant's case. If nobody has one, use a prepared case: complex, crossing several domains, with money worries or poverty.",
			'The case is not solved. People will want to; keep bringing them back to the question of who and what is needed.',
			'Provide flip charts and sticky notes, and separate places or corners to work in groups.'
		]
	},
	formats: ['caseExploration'],
	question: {
		nl: 'Wie en wat is er nodig in de samenwerking rond deze situatie?',
		en: 'Who and what does the collaboration around this situation need?'
	}
};

const caseHarvestPart: PartTemplate = {
	key: 'caseHarvest',
	kind: 'deepDive',
	title: { nl: 'Wat zagen de groepjes?', en: 'What did the groups see?' },
	minutes: 15,
	shortest: 10,
	longest: 20,
	yields: {
		nl: ['Een gedeeld beeld van wie er nodig is, wat er ontbreekt en wie elkaar nog moet leren kennen.'],
		en: ['A shared picture of who is needed, what is missing and who still needs to get to know each other.']
	},
	notes: {
		nl: ['Elk groepje laat de eigen flap zien. Maak er foto\'s van voor het verslag.'],
		en: ['Each group shows its flip chart. Take photos for the report.']
	},
	formats: ['galleryWalk', 'groupConversation']
};

function followUpAgreementsPart(extraNotes: { nl: string[]; en: string[] }): PartTemplate {
	return {
		...roundOffPart(
			{
				nl: ['Afspraken voor het vervolg: wie doet wat, met wie, en wat komt de volgende keer aan bod.'],
				en: ['Agreements for the follow-up: who does what, with whom, and what comes up next time.']
			},
			{
				nl: [
					'Noteer de afspraken met een naam erbij en zet ze in het verslag.',
					'Vraag om feedback: past deze bijeenkomst bij wat u nodig heeft?',
					...extraNotes.nl
				],
				en: [
					'Note the agreements with a name beside each and put them in the report.',
					'Ask for feedback: does this session fit what you need?',
					...extraNotes.en
				]
			},
			10
		),
		key: 'followUpAgreements',
		title: { nl: 'Vervolgafspraken', en: 'Agreements for the follow-up' }
	};
}

const checkOutNotes = {
	nl: ['Kort: één zin per persoon.'],
	en: ['Short: one sentence per person.']
};

export const networkFirst: MeetingTemplate = {
	id: 'networkFirst',
	title: { nl: 'Eerste netwerkbijeenkomst', en: 'First network session' },
	summary: {
		nl: 'De start van het lokale netwerk rond kinderarmoede. Leidinggevenden zijn erbij voor het begin. De groep bepaalt wat ze samen wil bereiken, brengt in kaart wat er al is en oefent met een casus: wie en wat is er nodig?',
		en: 'The start of the local network around child poverty. Managers join for the beginning. The group decides what it wants to achieve together, maps what already exists and practises with a case: who and what is needed?'
	},
	goals: {
		nl: [
			'Er is een gedeeld beeld van wat het netwerk samen wil bereiken.',
			'Leidinggevenden geven mandaat en zeggen hoe ze op de hoogte willen blijven.',
			...goals.nl.slice(1)
		],
		en: [
			'There is a shared picture of what the network wants to achieve together.',
			'Managers give a mandate and say how they want to be kept informed.',
			...goals.en.slice(1)
		]
	},
	preparation: {
		nl: [
			'Lees hoofdstuk 1 tot en met 3 van "Lokaal samenwerken in de aanpak van kinderarmoede".',
			'Houd alle bijeenkomsten vrij in uw agenda.',
			'Heeft u een casus uit uw werk? Neem hem mee, zonder namen.'
		],
		en: [
			'Read chapters 1 to 3 of "Lokaal samenwerken in de aanpak van kinderarmoede".',
			'Keep all sessions free in your diary.',
			'Do you have a case from your work? Bring it, without names.'
		]
	},
	background,
	homework,
	checkInQuestions,
	checkOutQuestions,
	minutes: 150,
	parts: [
		welcomePart(
			{
				nl: ['Iedereen weet waarom dit netwerk er is en wat de bijeenkomsten wel en niet zijn.'],
				en: ['Everyone knows why this network exists and what the sessions are and are not.']
			},
			{
				nl: [
					'Zet stoelen in een kring zonder tafels: dat praat makkelijker.',
					'Vertel dat het om samenwerking gaat en niet om het oplossen van casussen; betere samenwerking leidt later tot betere oplossingen.',
					'Vraag iemand het verslag te maken.'
				],
				en: [
					'Set chairs in a circle without tables: it makes talking easier.',
					'Explain that this is about collaboration, not about solving cases; better collaboration leads to better solutions later.',
					'Ask someone to write the report.'
				]
			},
			15
		),
		checkInPart(checkInQuestions, 10, { nl: ['Noem ook uw naam en organisatie.'], en: ['Say your name and organisation too.'] }),
		{
			key: 'mandate',
			kind: 'deepDive',
			title: { nl: 'Mandaat en terugkoppeling', en: 'Mandate and reporting back' },
			minutes: 20,
			shortest: 10,
			longest: 25,
			yields: {
				nl: [
					'De organisaties geven mandaat.',
					'Per organisatie is afgesproken hoe en wanneer de leidinggevende op de hoogte blijft en hoe de deelnemer terugkoppelt.'
				],
				en: [
					'The organisations give a mandate.',
					'For each organisation it is agreed how and when the manager is kept informed and how the participant reports back.'
				]
			},
			notes: {
				nl: [
					'Nodig leidinggevenden en bestuurders uit voor dit begin, of spreek ze vlak daarvoor.',
					'Laat elke organisatie de afspraken zelf maken, zodat er aan het eind geen verrassingen zijn.'
				],
				en: [
					'Invite managers and directors for this start, or meet them just before.',
					'Let each organisation make its own agreements, so there are no surprises at the end.'
				]
			},
			formats: ['groupConversation'],
			question: {
				nl: 'Hoe en wanneer wilt u als leidinggevende op de hoogte blijven?',
				en: 'How and when do you as a manager want to be kept informed?'
			}
		},
		{
			key: 'sharedGoal',
			kind: 'deepDive',
			title: { nl: 'Wat willen we samen bereiken, en wat is er al?', en: 'What do we want to achieve together, and what exists already?' },
			minutes: 25,
			shortest: 15,
			longest: 35,
			yields: {
				nl: [
					'Een gedeeld beeld van wat het netwerk wil bereiken.',
					'Een overzicht van lokale programma\'s, projecten en overleggen die al met (kinder)armoede bezig zijn.'
				],
				en: [
					'A shared picture of what the network wants to achieve.',
					'An overview of local programmes, projects and meetings already working on (child) poverty.'
				]
			},
			notes: {
				nl: [
					'Begin niets nieuws wat elders al belegd is: kijk later of en hoe u met bestaande overleggen afstemt.',
					'Denk ook aan informele organisaties, zoals kerken en vrijwilligers.'
				],
				en: [
					'Do not start anything new that is already covered elsewhere: look later at whether and how to align with existing meetings.',
					'Think of informal organisations too, such as churches and volunteers.'
				]
			},
			formats: ['groupConversation'],
			question: {
				nl: 'Wat willen we over een jaar samen bereikt hebben?',
				en: 'What do we want to have achieved together a year from now?'
			}
		},
		breakPart,
		casePart,
		caseHarvestPart,
		followUpAgreementsPart({
			nl: [
				'Spreek af dat elke organisatie steeds minstens één vaste deelnemer stuurt, die af en toe een andere collega meeneemt.'
			],
			en: ['Agree that every organisation always sends at least one regular participant, who now and then brings another colleague.']
		}),
		checkOutPart(checkOutQuestions, checkOutNotes, 5)
	]
};

export const network: MeetingTemplate = {
	id: 'network',
	title: { nl: 'Netwerkbijeenkomst', en: 'Network session' },
	summary: {
		nl: 'Een bijeenkomst van het lokale netwerk rond kinderarmoede. Deelnemers leren elkaar persoonlijk kennen, werken aan een thema en kijken met een casus wie en wat de samenwerking nodig heeft. Ze eindigen met afspraken voor het vervolg.',
		en: 'A session of the local network around child poverty. Participants get to know each other personally, work on a theme and use a case to see who and what the collaboration needs. They end with agreements for the follow-up.'
	},
	goals,
	preparation: {
		nl: ['Lees het verslag van de vorige keer.', 'Heeft u een casus uit uw werk? Neem hem mee, zonder namen.'],
		en: ['Read the report of last time.', 'Do you have a case from your work? Bring it, without names.']
	},
	background,
	homework,
	checkInQuestions,
	checkOutQuestions,
	minutes: 150,
	parts: [
		welcomePart(
			{
				nl: ['Iedereen is binnen en weet wat er vandaag gebeurt.'],
				en: ['Everyone has arrived and knows what happens today.']
			},
			{
				nl: ['Zet stoelen in een kring zonder tafels.', 'Vraag iemand het verslag te maken.'],
				en: ['Set chairs in a circle without tables.', 'Ask someone to write the report.']
			}
		),
		checkInPart(checkInQuestions, 10, { nl: ['Houd het kort.'], en: ['Keep it short.'] }),
		{
			key: 'introductions',
			kind: 'introductions',
			title: { nl: 'Persoonlijk kennismaken', en: 'Personal introductions' },
			// seed 002 "Kennismaken": at most 15 minutes, from the second session on.
			minutes: 15,
			shortest: 10,
			longest: 15,
			yields: {
				nl: ['Iedereen heeft een paar mensen beter leren kennen en contactgegevens uitgewisseld.'],
				en: ['Everyone has got to know a few people better and exchanged contact details.']
			},
			notes: {
				nl: [
					'Groepjes van hooguit vijf. Vraag mensen op te zoeken met wie ze nog niet eerder spraken.',
					'Het doel: na de vijfde bijeenkomst kent iedereen iedereen persoonlijk. Is dat eerder zo, haal dit onderdeel dan van de agenda.'
				],
				en: [
					'Groups of five at most. Ask people to seek out those they have not spoken to before.',
					'The aim: after the fifth session everyone knows everyone personally. If that happens sooner, take this part off the agenda.'
				]
			},
			formats: ['personalIntroductions'],
			question: {
				nl: 'Wie bent u? Waar werkt u? Waarom is kinderarmoede belangrijk voor u?',
				en: 'Who are you? Where do you work? Why does child poverty matter to you?'
			}
		},
		{
			key: 'lookBack',
			kind: 'lookBack',
			title: { nl: 'Terugblik op de vorige keer', en: 'Look-back on last time' },
			minutes: 10,
			shortest: 5,
			longest: 15,
			yields: {
				nl: ['Iedereen weet wat de vorige keer opleverde en wat er met de afspraken is gebeurd.'],
				en: ['Everyone knows what last time produced and what happened to the agreements.']
			},
			notes: {
				nl: ['Gebruik het verslag en de foto\'s van de flappen van de vorige keer.', 'Loop de vervolgafspraken na.'],
				en: ["Use the report and the photos of last time's flip charts.", 'Go through the follow-up agreements.']
			},
			formats: ['round']
		},
		{
			key: 'theme',
			kind: 'deepDive',
			title: { nl: 'Thema van vandaag', en: "Today's theme" },
			minutes: 25,
			shortest: 15,
			longest: 40,
			yields: {
				nl: ['Meer kennis over een thema dat het netwerk nodig heeft, bijvoorbeeld de sociale kaart, werkwijzen of signalen.'],
				en: ['More knowledge of a theme the network needs, for example the social map, working methods or signals.']
			},
			notes: {
				nl: ['Het projectteam kiest het thema vooraf, uit wat de vorige keren nodig bleek.'],
				en: ['The project team chooses the theme beforehand, from what earlier sessions showed was needed.']
			},
			formats: ['groupConversation', 'whatWorks']
		},
		breakPart,
		casePart,
		caseHarvestPart,
		followUpAgreementsPart({ nl: ['Spreek de volgende datum en het thema af.'], en: ['Agree on the next date and theme.'] }),
		checkOutPart(checkOutQuestions, checkOutNotes, 5)
	]
};
