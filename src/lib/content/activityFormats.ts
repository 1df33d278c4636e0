import type { ActivityFormat, ActivityFormatId } from './meetingScript';

/**
 * The built-in activity formats (werkvormen), one per id in `activityFormatIds`. Facts (names,
 * minutes, group sizes, what is handed out) come from the seeds named in each `source`; the
 * sentences are our own. Where a seed gives no length, the minutes are our estimate of a usual
 * length for a group of 8 to 12, which the agenda editor lets the facilitators change.
 */
export const activityFormats: readonly ActivityFormat[] = [
	{
		id: 'groupConversation',
		name: { nl: 'Groepsgesprek', en: 'Group conversation' },
		purpose: {
			nl: 'De hele groep praat samen over het thema van vandaag. Iedereen vertelt vanuit de eigen ervaring, en de groep leert van verschillen.',
			en: "The whole group talks about today's theme together. Everyone speaks from their own experience, and the group learns from the differences."
		},
		minutes: 30,
		groupForm: 'plenary',
		materials: {
			nl: ['Een flap met de vraag van het gesprek', 'Stiften om wensen en ideeën op te schrijven'],
			en: ['A flip chart with the question for the conversation', 'Markers to write down wishes and ideas']
		},
		steps: {
			nl: [
				'Zet de stoelen in een kring, zonder tafels ertussen.',
				'Stel één open vraag over het thema en schrijf die op de flap.',
				'Geef iedereen de kans om iets te zeggen. Let erop dat niet steeds dezelfde mensen praten.',
				'Vraag door op wat mensen zelf meemaakten, niet op verhalen over anderen buiten de groep.',
				'Houd een paar extra vragen achter de hand voor als het gesprek stilvalt.',
				'Hoort u "Als we nou eens…" of "Hoe kunnen we…"? Schrijf die veranderwens op.'
			],
			en: [
				'Put the chairs in a circle, with no tables in between.',
				'Ask one open question about the theme and write it on the flip chart.',
				'Give everyone the chance to say something. Make sure it is not always the same people talking.',
				'Ask more about what people went through themselves, not about others outside the group.',
				'Keep a few extra questions in reserve for when the conversation goes quiet.',
				'Hear "What if we…" or "How could we…"? Write that change wish down.'
			]
		},
		onlineVariant: {
			nl: 'Zet de vraag in de chat of deel uw scherm. Geef mensen om de beurt het woord, want door elkaar praten werkt online slecht.',
			en: 'Put the question in the chat or share your screen. Give people the floor one by one, because talking at the same time works badly online.'
		},
		source: 'seed 000 §3.2 "Werkvormen", §4 Ontmoeting 1 and 4 ("Groepsgesprek")'
	},
	{
		id: 'sentenceCompletion',
		name: { nl: 'Onthullen en toedekken (zinnen aanvullen)', en: 'Revealing and covering up (sentence completion)' },
		purpose: {
			nl: 'Iedereen maakt zinnen af over geld, schaamte en wat je liever voor je houdt. Zo merkt de groep waarom mensen armoede verborgen willen houden.',
			en: 'Everyone completes sentences about money, shame and what you would rather keep to yourself. This shows the group why people want to keep poverty hidden.'
		},
		minutes: 45,
		groupForm: 'plenary',
		materials: {
			nl: ['Pen en papier voor iedereen', 'Het blad met de begin-zinnen, op A4, voor iedereen'],
			en: ['Pen and paper for everyone', 'The sheet with the sentence starters, on A4, for everyone']
		},
		steps: {
			nl: [
				'Leg de opdracht rustig uit. Sommige zinnen kunnen gevoelens oproepen die niet fijn zijn.',
				'Zeg erbij: u bepaalt zelf wat u deelt, en wanneer. Het hoeft niet over armoede te gaan; twijfel aan uzelf of iets in een relatie mag ook.',
				'Iedereen maakt in stilte de zinnen af, ook de begeleiders. Let op wat het schrijven met u doet.',
				'Daarna leest iedereen om de beurt hoogstens vijf van zijn zinnen voor. Vraag niet door op de inhoud.',
				'Bedank na elke beurt, bijvoorbeeld met een zin of een gebaar dat de groep samen kiest.',
				'Praat daarna over wat de zinnen opriepen: welke waren lastig, welke wilde u niet delen, en waarom?',
				'Maak de stap naar verborgen armoede: waarom houden mensen het stil, en hoe doen ze dat?'
			],
			en: [
				'Explain the task calmly. Some sentences may bring up feelings that are not pleasant.',
				'Add that everyone decides what to share, and when. It need not be about poverty; doubts about yourself or something in a relationship count too.',
				'Everyone completes the sentences in silence, the facilitators too. Notice what the writing does to you.',
				'Then everyone in turn reads out at most five of their sentences. Do not ask about the content.',
				'Say thank you after each turn, for instance with words or a gesture the group chooses together.',
				'Then talk about what the sentences brought up: which were hard, which did you not want to share, and why?',
				'Make the link to hidden poverty: why do people keep it quiet, and how do they do it?'
			]
		},
		onlineVariant: {
			nl: 'Stuur de begin-zinnen vooraf of zet ze in de chat. Iedereen schrijft op papier; bij het voorlezen roept u de volgende persoon bij naam.',
			en: 'Send the sentence starters beforehand or put them in the chat. Everyone writes on paper; when reading out, call the next person by name.'
		},
		// The starters are the exercise itself, handed out as they are (seed 000 §4, Ontmoeting 1).
		prompts: {
			nl: [
				'Toen ik geboren werd…',
				'Ik krijg kriebels in mijn buik van…',
				'Ik ben onzeker over…',
				'Ik ben dankbaar voor…',
				'Ik trek me terug als…',
				'Gezond zijn betekent voor mij…',
				'Ik heb veel geleerd van…',
				'Ik voelde me buitengesloten toen…',
				'Anderen zeggen over mij…',
				'Ik geloof in…',
				'Geld vind ik…',
				'Ik schaam me voor…',
				'Als ik geen geld meer zou hebben…',
				'Mijn financiële situatie op dit moment is…',
				'Ik wil niets te maken hebben met…',
				'Ik heb een keer heel veel geld uitgegeven aan…',
				'Als ik een rekening op tijd betaal, voel ik me…'
			],
			en: [
				'When I was born…',
				'I get butterflies in my stomach from…',
				'I feel unsure about…',
				'I am grateful for…',
				'I withdraw when…',
				'Being healthy means to me…',
				'I learned a lot from…',
				'I felt left out when…',
				'Other people say about me…',
				'I believe in…',
				'Money, to me, is…',
				'I am ashamed of…',
				'If I had no money left…',
				'My financial situation right now is…',
				'I want nothing to do with…',
				'I once spent a lot of money on…',
				'When I pay a bill on time, I feel…'
			]
		},
		source: 'seed 000 §4, Ontmoeting 1 ("Onthullen en toedekken": the starters, read at most five)'
	},
	{
		id: 'ballOfWool',
		name: { nl: 'Bol wol (namenspel)', en: 'Ball of wool (name game)' },
		purpose: {
			nl: 'Een luchtig spel om elkaars namen te leren. Aan het eind ziet de groep letterlijk hoe iedereen met elkaar verbonden is.',
			en: "A light game to learn each other's names. At the end the group can literally see how everyone is connected."
		},
		minutes: 10,
		groupForm: 'plenary',
		materials: { nl: ['Een bol wol'], en: ['A ball of wool'] },
		steps: {
			nl: [
				'Iedereen gaat in een kring staan.',
				'De eerste houdt het eind van de draad vast, noemt de naam van iemand anders en gooit die persoon de bol toe.',
				'Wie de bol vangt, houdt de draad vast en gooit door naar een volgende, weer met diens naam.',
				'Zo ontstaat een web. De laatste gooit de bol terug naar wie begon, en noemt ook die naam.'
			],
			en: [
				'Everyone stands in a circle.',
				"The first person holds the end of the thread, says someone else's name and throws them the ball.",
				'Whoever catches it holds on to the thread and throws it on to the next person, again saying their name.',
				'A web appears. The last person throws the ball back to whoever started, saying that name too.'
			]
		},
		onlineVariant: {
			nl: 'Zonder wol: wie aan de beurt is, noemt de naam van de volgende. De begeleider schrijft de volgorde in de chat, zodat het web daar zichtbaar wordt.',
			en: 'Without wool: whoever has the turn says the name of the next person. The facilitator writes the order in the chat, so the web shows there.'
		},
		source: 'seed 000 §4, Ontmoeting 1 (extra name game)'
	},
	{
		id: 'furnishHouse',
		name: { nl: 'Huisje inrichten', en: 'Furnishing a house' },
		purpose: {
			nl: 'Een andere manier om over onthullen en toedekken te praten: wat laat u bezoekers zien, en wat houdt u achter een dichte deur?',
			en: 'Another way to talk about revealing and covering up: what do you show visitors, and what stays behind a closed door?'
		},
		minutes: 45,
		groupForm: 'individual',
		materials: {
			nl: ['Een groot vel papier voor iedereen', 'Stiften of potloden', 'Eventueel tijdschriften, schaar en lijm'],
			en: ['A large sheet of paper for everyone', 'Markers or pencils', 'Magazines, scissors and glue, if you like']
		},
		steps: {
			nl: [
				'Iedereen tekent een huis met een paar kamers, een voordeur en een zolder of kelder.',
				'In de kamer aan de voorkant zet u wat anderen van u mogen zien.',
				'Achter een dichte deur zet u wat u liever voor uzelf houdt. U hoeft dat niet op te schrijven; een teken is genoeg.',
				'Laat om de beurt zien wat u wilt laten zien. Niemand hoeft iets achter de dichte deur te laten zien.',
				'Praat samen door: wat houden mensen binnen, en wat heeft dat met verborgen armoede te maken?'
			],
			en: [
				'Everyone draws a house with a few rooms, a front door and an attic or cellar.',
				'In the front room, put what others may see of you.',
				'Behind a closed door, put what you would rather keep to yourself. You need not write it down; a sign is enough.',
				'Take turns showing what you want to show. Nobody has to show anything behind the closed door.',
				'Talk it through together: what do people keep inside, and what does that have to do with hidden poverty?'
			]
		},
		onlineVariant: {
			nl: 'Iedereen tekent op papier thuis en houdt de tekening voor de camera, of vertelt erover zonder hem te laten zien.',
			en: 'Everyone draws on paper at home and holds the drawing up to the camera, or talks about it without showing it.'
		},
		// The seed names this format only as an alternative deep dive; the steps are our own proposal.
		source: 'seed 000 §4, Ontmoeting 1 (alternative to "Onthullen en toedekken")'
	},
	{
		id: 'worldInAGrainOfSand',
		name: { nl: 'De wereld zien in een korrel zand', en: 'Seeing the world in a grain of sand' },
		purpose: {
			nl: 'De groep luistert heel precies naar één echt verhaal uit de groep. Samen halen ze er de signalen van geldzorgen en zelfstigma uit, en zien ze hoeveel één verhaal vertelt.',
			en: 'The group listens very closely to one real story from the group. Together they find the signs of money worries and self-stigma in it, and see how much one story tells.'
		},
		minutes: 60,
		groupForm: 'plenary',
		materials: {
			nl: ['Pen en papier voor iedereen', 'Een flap en stiften voor de signalen', 'Een signalenkaart en een overzicht van copingstijlen, om uit te delen'],
			en: ['Pen and paper for everyone', 'A flip chart and markers for the signals', 'A signals card and an overview of coping styles, to hand out']
		},
		steps: {
			nl: [
				'Vraag in de vorige bijeenkomst iemand met eigen ervaring om een situatie op te schrijven waarin hij geldzorgen verborgen hield. Bel of app vooraf even hoe het gaat.',
				'De verteller leest het verhaal voor. De anderen luisteren in stilte en schrijven voor zichzelf op wat ze zien, horen en voelen.',
				'Daarna een momentje stilte van 2 tot 5 minuten: schrijf verder, en bedenk twee vragen voor de verteller.',
				'Bedank de verteller. Schrijf samen de signalen uit het verhaal op de flap, tot er niets nieuws meer komt.',
				'Iedereen stelt om de beurt de twee vragen, en zegt waarom. De verteller mag een vraag overslaan.',
				'Zoek samen naar zelfstigma in het verhaal en zet dat bij de signalen. Wie herkent het bij zichzelf?',
				'Deel de signalenkaart uit en geef 5 minuten om te lezen. Vergelijk met de eigen lijst. Zeg erbij: een signaal check je altijd bij de ander, en een lijst is nooit een afvinklijst.',
				'Is er tijd over? Kijk naar de drie niveaus in het verhaal: de persoon, de omgeving en de samenleving.'
			],
			en: [
				'At the previous meeting, ask someone with lived experience to write down a situation in which they hid money worries. Check in with them beforehand to see how it is going.',
				'The storyteller reads the story out. The others listen in silence and write down for themselves what they see, hear and feel.',
				'Then a pause moment of 2 to 5 minutes: write some more, and think of two questions for the storyteller.',
				'Thank the storyteller. Write the signals from the story on the flip chart together, until nothing new comes up.',
				'Everyone in turn asks their two questions, and says why. The storyteller may skip a question.',
				'Look together for self-stigma in the story and add it beside the signals. Who recognises it in themselves?',
				'Hand out the signals card and give 5 minutes to read. Compare it with the group\'s own list. Add that a signal is always checked with the other person, and that a list is never a checklist.',
				'Time left? Look at the three levels in the story: the person, their surroundings and society.'
			]
		},
		onlineVariant: {
			nl: 'De verteller leest voor met de camera aan; de anderen zetten hun microfoon uit. Schrijf de signalen in een gedeeld document dat iedereen ziet.',
			en: 'The storyteller reads with the camera on; the others mute their microphones. Write the signals in a shared document that everyone can see.'
		},
		prompts: {
			nl: [
				'Waaraan had iemand in dit verhaal kunnen zien, horen, voelen of ruiken dat er geldzorgen waren?',
				'Welke twee vragen wilt u de verteller stellen, en waarom juist die?',
				'Welk zelfstigma hoorde u in het verhaal?',
				'Wat is hetzelfde en wat is anders dan op de signalenkaart?',
				'Wat vindt u belangrijk bij signaleren? Zeg het in één zin.'
			],
			en: [
				'What could someone in this story have seen, heard, felt or smelled that showed money worries?',
				'Which two questions would you like to ask the storyteller, and why those?',
				'What self-stigma did you hear in the story?',
				'What is the same as on the signals card, and what is different?',
				'What matters most to you in noticing signals? Say it in one sentence.'
			]
		},
		source: 'seed 000 §4, Ontmoeting 2 (silence 2–5 minutes, two questions each, 5 minutes to read the signals card)'
	},
	{
		id: 'whatWorks',
		name: { nl: 'Wat werkt?', en: 'What works?' },
		purpose: {
			nl: 'In kleine, gemengde groepjes delen mensen een goede ervaring met een gesprek over armoede. Zo wordt zichtbaar wat helpt om zo\'n gesprek te beginnen.',
			en: 'In small, mixed groups people share a good experience of a conversation about poverty. This shows what helps to start such a conversation.'
		},
		minutes: 45,
		groupForm: 'pairsOrThrees',
		materials: {
			nl: ['Een flap en stiften per groepje', 'De vragen voor het groepje, op papier', 'Een telefoon om een foto te maken van de flap met inzichten'],
			en: ['A flip chart and markers for each group', 'The questions for the group, on paper', 'A phone to take a photo of the flip chart with insights']
		},
		steps: {
			nl: [
				'Vraag vooraf iedereen om te denken aan een eigen ervaring waarin verborgen armoede ter sprake kwam. Dat mag ook iets zijn dat langzaam ging.',
				'Maak tweetallen of drietallen die zo gemengd mogelijk zijn.',
				'Ieder vertelt zijn ervaring aan de hand van de vragen. De anderen vragen door: wat was hier belangrijk?',
				'Praat daarna samen na: hoe was het om te vertellen, en wat herkent u bij de ander?',
				'Teken op de flap wat hielp om het gesprek te beginnen. Emoticons en poppetjes zijn prima; een paar woorden mag ook.',
				'Sluit af met een galerij: iedereen loopt langs de flappen en elk groepje vertelt over de eigen flap.',
				'Iemand zet de inzichten samen op één flap. Maak er een foto van en geef iedereen een afdruk mee.'
			],
			en: [
				'Ask everyone beforehand to think of an experience of their own in which hidden poverty came up. It may also be something that happened slowly.',
				'Make pairs or threes that are as mixed as possible.',
				'Each person tells their experience along the questions. The others ask more: what mattered here?',
				'Then talk it over: what was it like to tell, and what do you recognise in the other person?',
				'Draw on the flip chart what helped to start the conversation. Emoticons and stick figures are fine; a few words are allowed too.',
				'Finish with a gallery walk: everyone walks past the flip charts and each group explains its own.',
				'Someone gathers the insights on one flip chart. Take a photo and give everyone a printed copy.'
			]
		},
		onlineVariant: {
			nl: 'Gebruik aparte gespreksruimtes voor de groepjes en een gedeeld bord per groepje. Bij de galerij deelt elk groepje zijn bord op het scherm.',
			en: 'Use breakout rooms for the groups and a shared board per group. For the gallery walk each group shares its board on screen.'
		},
		prompts: {
			nl: [
				'Wanneer was het, in welke periode?',
				'Wie waren erbij betrokken?',
				'Wat voor relatie was het?',
				'Wat hielp?',
				'Wat zat in de weg?',
				'Hoe was het om uw ervaring te delen?',
				'Wat herkent u in de ervaring van de ander?'
			],
			en: [
				'When was it, in which period?',
				'Who was involved?',
				'What kind of relationship was it?',
				'What helped?',
				'What got in the way?',
				'What was it like to share your experience?',
				"What do you recognise in the other person's experience?"
			]
		},
		source: 'seed 000 §4, Ontmoeting 3 ("Wat werkt?": mixed pairs or threes, flip charts, gallery walk, photo for everyone)'
	},
	{
		id: 'galleryWalk',
		name: { nl: 'Galerij (langs de flappen)', en: 'Gallery walk' },
		purpose: {
			nl: 'De groepjes laten elkaar zien wat ze maakten. Iedereen loopt langs en hoort in korte tijd wat alle groepjes opleverden.',
			en: 'The groups show each other what they made. Everyone walks past and hears in a short time what every group came up with.'
		},
		minutes: 15,
		groupForm: 'plenary',
		materials: {
			nl: ['De flappen of werkbladen van de groepjes', 'Plakband of punaises om ze op te hangen'],
			en: ["The groups' flip charts or worksheets", 'Tape or pins to hang them up']
		},
		steps: {
			nl: [
				'Elk groepje hangt zijn flap op een plek waar de groep er goed omheen kan staan.',
				'De hele groep loopt samen van flap naar flap.',
				'Bij elke flap vertelt het groepje in een paar zinnen wat er staat. De anderen mogen iets vragen.',
				'Houd de tijd per flap gelijk, zodat elk groepje evenveel aandacht krijgt.'
			],
			en: [
				'Each group hangs its flip chart where the group can easily stand around it.',
				'The whole group walks from flip chart to flip chart together.',
				'At each flip chart, the group explains in a few sentences what is on it. The others may ask a question.',
				'Keep the time per flip chart the same, so every group gets as much attention.'
			]
		},
		onlineVariant: {
			nl: 'Elk groepje deelt om de beurt zijn bord of document op het scherm en licht het kort toe.',
			en: 'Each group in turn shares its board or document on screen and explains it briefly.'
		},
		source: 'seed 000 §4, Ontmoeting 3 (the round past the flip charts of "Wat werkt?")'
	},
	{
		id: 'distanceFromTheEdge',
		name: { nl: 'Kwartet "Hoe ver van de rand sta jij?"', en: 'Card game "How far from the edge are you?"' },
		purpose: {
			nl: 'Een kwartetspel dat op een speelse en luchtige manier allerlei onderwerpen rond armoede en schulden bespreekbaar maakt.',
			en: 'A game of happy families that makes all kinds of topics around poverty and debt easier to talk about, in a playful and light way.'
		},
		minutes: 30,
		groupForm: 'smallGroups',
		maxGroupSize: 5,
		materials: {
			nl: ['Het kwartetspel "Hoe ver van de rand sta jij?", één spel per groepje', 'De spelregels die bij het spel horen'],
			en: ['The card game "Hoe ver van de rand sta jij?", one deck per group', 'The rules that come with the game']
		},
		steps: {
			nl: [
				'Leg kort uit waar het spel voor is: praten over geld en schulden, zonder dat het zwaar wordt.',
				'Maak groepjes van hoogstens vijf en geef elk groepje een spel.',
				'Speel volgens de spelregels van het spel. Het spel kan op verschillende manieren gespeeld worden; kies wat bij de groep past.',
				'Neem de tijd voor het gesprek dat een kaart oproept. Het gesprek is belangrijker dan winnen.',
				'Vraag aan het eind: welk onderwerp bleef hangen, en waarom?'
			],
			en: [
				'Briefly explain what the game is for: talking about money and debt without it getting heavy.',
				'Make groups of at most five and give each group a deck.',
				'Play by the rules of the game. It can be played in several ways; choose what suits the group.',
				'Take time for the conversation a card brings up. The conversation matters more than winning.',
				'Ask at the end: which topic stayed with you, and why?'
			]
		},
		onlineVariant: {
			nl: 'De begeleider laat een kaart zien op het scherm en stelt de vraag of het onderwerp ervan aan de groep. Wie wil, reageert.',
			en: 'The facilitator shows a card on screen and puts its question or topic to the group. Whoever wants to, responds.'
		},
		source: 'seed 000 §4, Ontmoeting 3 (kwartet "Hoe ver van de rand sta jij?"; rules published by Werkplaatsen Sociaal Domein)'
	},
	{
		id: 'talentMarket',
		name: { nl: 'Markt van talenten', en: 'Talent market' },
		purpose: {
			nl: 'Iedereen laat zien welke talenten hij heeft, wat hij al veranderde en wat hij nog wil. Samen oogst de groep talenten, wensen en ieders eerste stap.',
			en: 'Everyone shows their talents, what they have already changed and what they still want. Together the group gathers talents, wishes and everyone\'s first step.'
		},
		minutes: 60,
		groupForm: 'plenary',
		materials: {
			nl: ['Een A3-vel voor iedereen, in de vorige bijeenkomst meegegeven', 'Een A4-blad bij elke kraam voor aanvullingen en vragen', 'Pennen', 'Eventueel muziek voor het rondlopen'],
			en: ['An A3 sheet for everyone, handed out at the previous meeting', 'An A4 sheet at each stall for additions and questions', 'Pens', 'Music for walking around, if you like']
		},
		steps: {
			nl: [
				'Thuis maakt iedereen een marktkraam, een etalage, een collage of een eigen vorm met zijn talenten, de veranderingen die hij al bereikte en zijn wensen.',
				'Iedereen zet zijn kraam ergens in de ruimte waar je er makkelijk omheen kunt lopen.',
				'Een kwartier lang loopt iedereen langs alle kramen. Op het A4-blad bij elke kraam schrijft u talenten die u ziet, vragen of opmerkingen.',
				'Daarna vertelt iedereen om de beurt over zijn kraam en vraagt naar wat anderen op het blad schreven.',
				'Vraag goed door: wat nog meer? Noem ook veranderingen die iemand zelf misschien niet ziet.',
				'Tot slot bedenkt iedereen zijn eerste stap om een wens waar te maken, en zet die op de eigen kraam.'
			],
			en: [
				'At home, everyone makes a market stall, a shop window, a collage or a form of their own showing their talents, the changes they already made and their wishes.',
				'Everyone places their stall somewhere in the room where people can easily walk around it.',
				'For a quarter of an hour everyone walks past all the stalls. On the A4 sheet at each stall, write talents you notice, questions or remarks.',
				'Then everyone in turn talks about their stall and asks about what others wrote on the sheet.',
				'Keep asking: what else? Also name changes someone may not notice themselves.',
				'Finally everyone thinks of their first step towards a wish, and adds it to their own stall.'
			]
		},
		onlineVariant: {
			nl: 'Iedereen maakt een foto van zijn kraam en zet die op een gedeeld bord. Bij elke foto kunnen anderen talenten en vragen typen.',
			en: 'Everyone takes a photo of their stall and puts it on a shared board. Beside each photo others can type talents and questions.'
		},
		prompts: {
			nl: [
				'Welke talenten heeft u om zelf het verschil te maken?',
				'Wat heeft u al veranderd?',
				'Wat wenst u voor de toekomst?',
				'Wat is uw eerste stap?',
				'Heeft u mensen om u heen verteld wat de Ontmoetingen u brachten?'
			],
			en: [
				'Which talents do you have to make a difference yourself?',
				'What have you already changed?',
				'What do you wish for the future?',
				'What is your first step?',
				'Have you told people around you what the meetings gave you?'
			]
		},
		source: 'seed 000 §4, Ontmoeting 3 (homework on A3) and Ontmoeting 4 ("Markt": a quarter of an hour past the stalls, A4 per stall, first step)'
	},
	{
		id: 'stepForward',
		name: { nl: 'Stap naar voren', en: 'Step forward' },
		purpose: {
			nl: 'Een check-in in beweging. Iedereen laat zonder veel woorden iets van zichzelf zien, en de groep ontdekt wat mensen delen.',
			en: 'A check-in on your feet. Everyone shows something of themselves without many words, and the group finds out what people have in common.'
		},
		minutes: 10,
		groupForm: 'plenary',
		materials: {
			nl: ['Een lijstje uitspraken, vooraf bedacht door de begeleiders of door de deelnemers', 'Ruimte om in een rij of kring te staan'],
			en: ['A short list of statements, thought up beforehand by the facilitators or the participants', 'Room to stand in a line or a circle']
		},
		steps: {
			nl: [
				'Iedereen gaat staan, ook de begeleiders.',
				'Lees een uitspraak voor. Wie vindt dat die bij hem past, zet een stap naar voren.',
				'Kijk even rond, zonder te reageren of te bespreken. Dan stapt iedereen weer terug.',
				'Begin licht en laat de uitspraken langzaam iets persoonlijker worden. Niemand hoeft naar voren te stappen.'
			],
			en: [
				'Everyone stands up, the facilitators too.',
				'Read out a statement. Whoever feels it fits them takes a step forward.',
				'Look around for a moment, without comments or discussion. Then everyone steps back.',
				'Start light and let the statements slowly become a little more personal. Nobody has to step forward.'
			]
		},
		onlineVariant: {
			nl: 'Wie de uitspraak bij zich vindt passen, zet de camera aan of steekt een digitale hand op.',
			en: 'Whoever feels the statement fits them turns their camera on or raises a digital hand.'
		},
		prompts: {
			nl: ['Ik heb vannacht lekker geslapen.', 'Ik rijd weleens door rood.', 'Ik maak me weleens zorgen over geld.', 'Ik heb vandaag al gelachen.'],
			en: ['I slept well last night.', 'I sometimes run a red light.', 'I sometimes worry about money.', 'I have already laughed today.']
		},
		source: 'seed 000 §3.2 "Check-in en check-out" (stand, step forward)'
	},
	{
		id: 'pictureCheckOut',
		name: { nl: 'Kies een plaatje', en: 'Choose a picture' },
		purpose: {
			nl: 'Een rustige afsluiting. Iedereen kiest een beeld dat past bij hoe hij nu is, of bij wat de bijeenkomst voor hem betekende.',
			en: 'A calm ending. Everyone chooses an image that fits how they are now, or what the meeting meant to them.'
		},
		minutes: 10,
		groupForm: 'plenary',
		materials: {
			nl: ['Foto\'s, ansichtkaarten of kaarten met afbeeldingen: ruim meer dan er mensen zijn'],
			en: ['Photos, postcards or picture cards: plenty more than there are people']
		},
		steps: {
			nl: [
				'Leg de plaatjes op tafel of op de grond, zodat iedereen ze kan zien.',
				'Iedereen kiest in stilte één plaatje dat hem nu het meest aanspreekt.',
				'Om de beurt vertelt iedereen in een paar zinnen waarom hij dit plaatje koos.',
				'Aan het eind van een reeks kan de vraag zijn: welk plaatje past bij wat de Ontmoetingen voor u betekenden?'
			],
			en: [
				'Lay the pictures out on a table or on the floor, so everyone can see them.',
				'Everyone silently chooses the one picture that appeals to them most right now.',
				'In turn, everyone says in a few sentences why they chose it.',
				'At the end of a series the question can be: which picture fits what the meetings meant to you?'
			]
		},
		onlineVariant: {
			nl: 'Deel een scherm met genummerde plaatjes, of laat iedereen een foto op de eigen telefoon kiezen en die voor de camera houden.',
			en: 'Share a screen with numbered pictures, or let everyone choose a photo on their own phone and hold it up to the camera.'
		},
		source: 'seed 000 §4, Ontmoeting 3 (check-out with pictures) and Ontmoeting 4 (a card that stands for the meetings, or a picture on the phone)'
	},
	{
		id: 'pauseMoment',
		name: { nl: 'Momentje', en: 'Pause moment' },
		purpose: {
			nl: 'Even stil zijn. Een kort moment om na te denken, te voelen en iets op te schrijven. Het haalt bewust het tempo eruit.',
			en: 'A moment of quiet. A short pause to think, feel and write something down. It slows the pace on purpose.'
		},
		minutes: 3,
		groupForm: 'individual',
		materials: { nl: ['Pen en papier voor iedereen'], en: ['Pen and paper for everyone'] },
		steps: {
			nl: [
				'Zeg dat er nu een momentje stilte komt, en hoe lang het duurt: meestal tussen de 2 en 5 minuten.',
				'Iedereen denkt na, voelt wat er is en schrijft op wat in hem opkomt. Niemand hoeft iets te delen.',
				'Kijk naar de groep: heeft die meer of juist minder tijd nodig?',
				'Sluit het momentje rustig af voordat het volgende onderdeel begint.'
			],
			en: [
				'Say that a quiet moment is coming, and how long it lasts: usually between 2 and 5 minutes.',
				'Everyone thinks, notices how they feel and writes down what comes up. Nobody has to share anything.',
				'Watch the group: does it need more time, or less?',
				'Close the moment calmly before the next part begins.'
			]
		},
		onlineVariant: {
			nl: 'Laat de tijd zien op het gedeelde scherm. Mensen mogen hun camera uitzetten tijdens de stilte.',
			en: 'Show the time on the shared screen. People may turn their camera off during the silence.'
		},
		source: 'seed 000 §3.2 "Momentjes", §4 Ontmoeting 2 (silence of 2 to 5 minutes)'
	},
	{
		id: 'round',
		name: { nl: 'Rondje', en: 'Round' },
		purpose: {
			nl: 'Iedereen zegt om de beurt kort iets: een zin afmaken of een vraag beantwoorden. Zo komt iedereen aan het woord, zonder discussie.',
			en: 'Everyone in turn says something short: finishing a sentence or answering a question. This way everyone gets to speak, without discussion.'
		},
		minutes: 10,
		groupForm: 'plenary',
		materials: {
			nl: ['De vraag of het begin van de zin, op een flap of op het scherm'],
			en: ['The question or the start of the sentence, on a flip chart or on screen']
		},
		steps: {
			nl: [
				'Zet de vraag of het begin van de zin zichtbaar neer.',
				'Een begeleider begint, om de toon te zetten. De begeleiders doen zelf ook mee.',
				'Wie klaar is, geeft de beurt door door de naam van iemand te noemen; liever niet de buurman.',
				'Anderen reageren niet en gaan er niet op in. Het is een rondje, geen gesprek.',
				'Gebruik de namen vaak, zeker in de eerste bijeenkomst.'
			],
			en: [
				'Show the question or the start of the sentence where everyone can see it.',
				'A facilitator goes first, to set the tone. The facilitators take part too.',
				'Whoever is done passes the turn by saying someone\'s name; preferably not the person next to them.',
				'Others do not respond or go into it. It is a round, not a conversation.',
				'Use names often, especially in the first meeting.'
			]
		},
		onlineVariant: {
			nl: 'Zet de vraag in de chat. Omdat er online geen kring is, noemt iedereen de naam van de volgende.',
			en: 'Put the question in the chat. Since there is no circle online, everyone says the name of the next person.'
		},
		source: 'seed 000 §3.2 "Check-in en check-out" (finish a sentence, no discussion), §4 Ontmoeting 1 (pass the turn by name)'
	},
	{
		id: 'ownerRound',
		name: { nl: 'Rondje van de eigenaren', en: "Owners' round" },
		purpose: {
			nl: 'In een vervolgontmoeting vertelt iedere eigenaar van een actie hoe het ervoor staat. De groep denkt mee en biedt hulp aan.',
			en: 'In a follow-up meeting, every owner of an action says where it stands. The group thinks along and offers help.'
		},
		minutes: 45,
		groupForm: 'plenary',
		materials: {
			nl: ['De lijst met acties en hun eigenaren', 'Een flap voor wat mensen van elkaar nodig hebben'],
			en: ['The list of actions and their owners', 'A flip chart for what people need from each other']
		},
		steps: {
			nl: [
				'Iedere eigenaar krijgt ongeveer evenveel tijd. Spreek die vooraf af.',
				'De eigenaar beantwoordt de vier vragen over zijn actie.',
				'De anderen vragen door om het te begrijpen, niet om te oordelen.',
				'Schrijf op de flap wat de eigenaar van anderen nodig heeft, en wie dat kan geven.',
				'Houd bij welke actie gelukt is, en welke de groep bewust loslaat, met de reden.'
			],
			en: [
				'Every owner gets about the same time. Agree on it beforehand.',
				'The owner answers the four questions about their action.',
				'The others ask questions to understand, not to judge.',
				'Write on the flip chart what the owner needs from others, and who can give it.',
				'Keep track of which action has succeeded, and which the group decides to let go, with the reason.'
			]
		},
		onlineVariant: {
			nl: 'Deel de lijst met acties op het scherm en geef de eigenaren om de beurt het woord. Wat iemand nodig heeft, komt in de chat.',
			en: 'Share the list of actions on screen and give the owners the floor in turn. What someone needs goes in the chat.'
		},
		prompts: {
			nl: [
				'Wat heb ik al kunnen doen met mijn actie?',
				'Wat gaat goed, en hoe staat het ervoor?',
				'Wat lukt nog niet, en waarom niet?',
				'Wat heb ik van jullie of van anderen nodig om verder te komen?'
			],
			en: [
				'What have I been able to do with my action so far?',
				'What is going well, and where does it stand?',
				'What is not working yet, and why not?',
				'What do I need from you or from others to move on?'
			]
		},
		source: 'seed 001 §4 (the four questions of each follow-up meeting)'
	},
	{
		id: 'personalIntroductions',
		name: { nl: 'Persoonlijk kennismaken', en: 'Personal introductions' },
		purpose: {
			nl: 'In kleine groepjes leren mensen elkaar persoonlijk kennen. Wie elkaar al eens sprak, belt elkaar later makkelijker.',
			en: 'In small groups, people get to know each other personally. Those who have spoken once find it easier to call each other later.'
		},
		minutes: 15,
		groupForm: 'smallGroups',
		maxGroupSize: 5,
		materials: {
			nl: ['De drie vragen, op een flap of op het scherm', 'Plekken in de ruimte waar groepjes apart kunnen zitten'],
			en: ['The three questions, on a flip chart or on screen', 'Places in the room where groups can sit apart']
		},
		steps: {
			nl: [
				'Doe dit vanaf de tweede bijeenkomst, elke keer, hoogstens een kwartier.',
				'Maak groepjes van hoogstens vijf mensen, met mensen die elkaar nog niet eerder spraken.',
				'Iedereen vertelt kort aan de hand van de drie vragen.',
				'Nodig mensen uit om contactgegevens uit te wisselen.',
				'Kent iedereen elkaar al persoonlijk? Dan kan dit onderdeel van de agenda af. Het doel is dat dit na de vijfde bijeenkomst zo is.'
			],
			en: [
				'Do this from the second meeting on, every time, for at most a quarter of an hour.',
				'Make groups of at most five people, with people who have not spoken to each other before.',
				'Everyone speaks briefly along the three questions.',
				'Invite people to exchange contact details.',
				'Does everyone know each other personally already? Then this part can come off the agenda. The aim is that this is so after the fifth meeting.'
			]
		},
		onlineVariant: {
			nl: 'Gebruik aparte gespreksruimtes van hoogstens vijf mensen en zet de drie vragen in de chat.',
			en: 'Use breakout rooms of at most five people and put the three questions in the chat.'
		},
		prompts: {
			nl: ['Wie bent u?', 'Waar werkt u?', 'Waarom is kinderarmoede belangrijk voor u?'],
			en: ['Who are you?', 'Where do you work?', 'Why does child poverty matter to you?']
		},
		source: 'seed 002 "Kennismaken" (from the second session, at most 15 minutes, groups of at most five)'
	},
	{
		id: 'caseExploration',
		name: { nl: 'Casus verkennen', en: 'Exploring a case' },
		purpose: {
			nl: 'Een casus laat zien wie en wat er nodig is in de samenwerking. Het doel is niet om de casus op te lossen.',
			en: 'A case shows who and what the collaboration needs. The aim is not to solve the case.'
		},
		minutes: 45,
		groupForm: 'smallGroups',
		maxGroupSize: 5,
		materials: {
			nl: ['Een casus van een deelnemer, of een beschreven casus achter de hand', 'Flappen en sticky notes per groepje', 'Een telefoon om foto\'s van de flappen te maken'],
			en: ["A participant's own case, or a written case in reserve", 'Flip charts and sticky notes for each group', 'A phone to take photos of the flip charts']
		},
		steps: {
			nl: [
				'Kies een casus die ingewikkeld is, over meer domeinen gaat en waarin geldzorgen spelen. Heeft niemand er een? Gebruik dan de casus die u achter de hand hebt.',
				'Zeg vooraf duidelijk: we gaan de casus niet oplossen. We kijken wie en wat er nodig is in de samenwerking.',
				'Maak groepjes van hoogstens vijf, met verschillende domeinen en bij voorkeur in elk groepje een ervaringsdeskundige.',
				'Elk groepje zet op de flap welke mensen en organisaties nodig zijn, en hoe ze elkaar kunnen vinden.',
				'Merkt u dat een groepje oplossingen gaat bedenken? Breng het dan vriendelijk terug naar de samenwerking.',
				'Maak foto\'s van de flappen of verzamel ze, zodat ze verwerkt kunnen worden voor de volgende keer.'
			],
			en: [
				'Choose a case that is complex, crosses domains and involves money worries. Does nobody have one? Then use the case you kept in reserve.',
				'Say clearly beforehand: we will not solve the case. We look at who and what the collaboration needs.',
				'Make groups of at most five, mixing domains and preferably with an experience expert in each group.',
				'Each group puts on the flip chart which people and organisations are needed, and how they can find each other.',
				'Notice a group starting to think up solutions? Kindly bring it back to the collaboration.',
				'Take photos of the flip charts or collect them, so they can be worked up for next time.'
			]
		},
		onlineVariant: {
			nl: 'Deel de casus vooraf. Werk in aparte gespreksruimtes van hoogstens vijf, met een gedeeld bord per groepje.',
			en: 'Share the case beforehand. Work in breakout rooms of at most five, with a shared board per group.'
		},
		prompts: {
			nl: [
				'Wie zijn er al bij betrokken?',
				'Wie of wat ontbreekt er nog?',
				'Wie heeft wie nodig, en weten ze elkaar te vinden?',
				'Wat staat de samenwerking nu in de weg?'
			],
			en: [
				'Who is involved already?',
				'Who or what is still missing?',
				'Who needs whom, and can they find each other?',
				'What stands in the way of working together now?'
			]
		},
		source: 'seed 002 "Casuïstiek", "Verwachtingsmanagement", "Indeling" (never to solve the case; groups spread over domains, an experience expert in each)'
	}
];

const byId = new Map(activityFormats.map((format) => [format.id, format]));

/** The built-in format with this id; every id has one (`activityFormats.test.ts`). */
export function activityFormat(id: ActivityFormatId): ActivityFormat {
	const format = byId.get(id);
	if (!format) throw new Error(`no activity format ${id}`);
	return format;
}

/** Whether a stored format reference names a built-in format (otherwise it is an own format's uuid). */
export const isActivityFormatId = (reference: string): reference is ActivityFormatId => byId.has(reference as ActivityFormatId);
