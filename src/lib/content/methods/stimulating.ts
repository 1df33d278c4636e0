import type { WorkingMethod } from '../workingMethods';

// seed 004 §2.3 "Stimuleren": five methods. Facts (the four money competences, the six rungs of the
// participation ladder, the programmes named) come from the guide; the sentences are ours.

export const stimulatingMethods: WorkingMethod[] = [
	{
		id: 'financialEducation',
		group: 'stimulating',
		name: { nl: 'Financiële opvoeding', en: 'Financial education' },
		what: {
			nl: 'Activiteiten die kinderen en jongeren leren hun eigen geldzaken te regelen, en die ouders helpen daarin een goed voorbeeld te zijn en hun kind te begeleiden.',
			en: 'Activities that teach children and young people to manage their own money, and that help parents set a good example and guide their child.'
		},
		why: {
			nl: [
				'Jongeren die thuis niet leerden met geld om te gaan, krijgen na hun achttiende vaker betalingsproblemen. Financiële opvoeding legt de basis om doordachte keuzes te maken en helpt schulden later te voorkomen.',
				'Vier vaardigheden zijn daarbij belangrijk: geld verdienen, geldzaken regelen, voorbereid zijn op wat onverwacht komt, en verstandig uitgeven. Wat kinderen bij hun ouders zien, telt het zwaarst.'
			],
			en: [
				'Young people who did not learn to handle money at home more often run into payment problems after eighteen. Financial education lays the groundwork for considered choices and helps prevent debts later on.',
				'Four skills matter: earning money, organising money matters, being prepared for the unexpected, and spending wisely. What children see their parents do counts most.'
			]
		},
		how: [
			{
				heading: { nl: 'Kinderen', en: 'Children' },
				practices: {
					nl: [
						'Laat kinderen leren omgaan met geld en sparen met zakgeld, liefst contant.',
						'Laat kinderen een activiteit organiseren waarvoor ze zelf het budget beheren, zoals koken of een feestje.',
						'Het Arm en Rijk spel (tot 14 jaar) laat kinderen spelenderwijs ervaren wat geld betekent.'
					],
					en: [
						'Let children learn to handle money and save with pocket money, preferably cash.',
						'Let children organise an activity with a budget they manage themselves, such as cooking or a party.',
						'Play the Arm en Rijk game with children up to 14.'
					]
				}
			},
			{
				heading: { nl: 'Jongeren', en: 'Young people' },
				practices: {
					nl: [
						'Wijs jongeren op het risico van schulden bij online winkelen, achteraf betalen en kopen op afbetaling. Maak het zichtbaar met contant geld of een nagebootste portemonnee.',
						'Maak jongeren bewust van reclame, groepsdruk en andere verleidingen, bijvoorbeeld met gastlessen of een gratis lespakket.',
						'Laat jongeren een spel spelen over schulden en waar je hulp kunt vinden, zoals No Credit, Game Over!.'
					],
					en: [
						'Point out to young people the risk of debts from online shopping, buy now pay later and buying on instalments. Make it visible with cash or a simulated wallet.',
						'Make young people aware of advertising, peer pressure and other temptations, for example with guest lessons or a free teaching pack.',
						'Let young people play a game about debts and where to find help, such as No Credit, Game Over!.'
					]
				}
			},
			{
				heading: { nl: 'Ouders', en: 'Parents' },
				practices: {
					nl: [
						'Moedig ouders aan hun kinderen al jong zakgeld te geven, zich aan de afspraken te houden en het zakgeld niet als straf in te houden of voor eigen schulden te gebruiken.',
						'Help ouders met financieel opvoeden, eventueel met een ervaringsdeskundige, zoals in het Zakg€ldProject of de workshop ‘Ik krijg nooooit wat!’.',
						'Wijs ouders op de financiële opvoedtest van het Nibud.',
						'Help ouders zelf steviger te staan met geld, zoals met budgettrainingen van Stichting Knip of Lift je leven!, ook voor wie moeite heeft met lezen. Vraag de gemeente naar cursussen.'
					],
					en: [
						'Encourage parents to give their children pocket money from a young age, keep to the agreements and not withhold it as punishment or use it for their own debts.',
						'Help parents with financial parenting, perhaps with an expert by experience, as in the Zakg€ldProject or the workshop ‘Ik krijg nooooit wat!’ (I never get anything!).',
						'Point parents to Nibud’s financial parenting test.',
						'Help parents get on a firmer footing with money themselves, such as with budget training from Stichting Knip or Lift je leven!, also for people who find reading hard. Ask the municipality about courses.'
					]
				}
			},
			{
				heading: { nl: 'Scholen', en: 'Schools' },
				practices: {
					nl: [
						'Moedig scholen aan om vast aandacht te geven aan geldzaken, bijvoorbeeld met Geldlessen of de Week van het geld, en werk daarin samen.',
						'Wijs scholen op aanbieders van lessen over geld voor 8 tot 18 jaar.',
						'Vraag middelbare scholen en het mbo extra aandacht te geven aan jongeren die 18 worden, met lesprogramma’s over het voorkomen van schulden.'
					],
					en: [
						'Encourage schools to give money matters regular attention, for example with Geldlessen or Money Week, and work together on it.',
						'Point schools to providers of lessons about money for ages 8 to 18.',
						'Ask secondary and vocational schools to pay extra attention to young people turning 18, with lessons on preventing debt.'
					]
				}
			},
			{
				heading: { nl: 'Wat de gemeente kan doen', en: 'What the municipality can do' },
				practices: {
					nl: [
						'Vertel jongeren die 18 worden wat er dan verandert aan hun geldzaken, bijvoorbeeld met een verjaardagskaart of het Geldplan Bijna 18.',
						'Vertel sociaal professionals wat de gemeente aanbiedt.',
						'Zet financiële educatie op de lokale onderwijsagenda en spreek jeugdzorgaanbieders aan op hun rol.'
					],
					en: [
						'Tell young people turning 18 what changes in their finances, for example with a birthday card or Nibud’s plan for almost-18s.',
						'Tell social professionals what the municipality offers.',
						'Put financial education on the local education agenda and hold youth care providers to their role.'
					]
				}
			}
		],
		together: {
			nl: 'Werk samen met scholen en welzijnsorganisaties aan activiteiten voor elke leeftijd, en houd samen overzicht over wat er in de wijk is.',
			en: 'Work with schools and welfare organisations on activities for every age, and keep an overview together of what the neighbourhood offers.'
		},
		preconditions: {
			nl: 'Programma’s werken het best als ze kennis en vaardigheden combineren en aandacht geven aan het vertrouwen in eigen kunnen.',
			en: 'Programmes work best when they combine knowledge and skills and pay attention to confidence in one’s own abilities.'
		},
		related: ['parentingSupport'],
		relatedGroups: [],
		signals: false,
		funds: false,
		source: 'seed 004 §2.3 "Financiële opvoeding"'
	},
	{
		id: 'healthyLifestyle',
		group: 'stimulating',
		name: { nl: 'Gezonde leefstijl', en: 'Healthy lifestyle' },
		what: {
			nl: 'Een manier van leven stimuleren waardoor kinderen, jongeren en ouders gezond en fit zijn.',
			en: 'Encouraging a way of living that keeps children, young people and parents healthy and fit.'
		},
		why: {
			nl: [
				'Geldzorgen geven stress, en door die stress leven mensen in armoede gemiddeld minder gezond: ze eten minder gezond en bewegen minder. Dat heeft grote gevolgen, van overgewicht tot meer ziekte later en een kortere levensverwachting.',
				'De basis is minder stress, gezond eten, genoeg bewegen en goed slapen; vooral gezond eten en bewegen samen werken. Verandering houdt het langst stand als mensen zelf meedenken en hun eigen doelen kiezen.'
			],
			en: [
				'Money worries cause stress, and because of that stress people in poverty live less healthily on average: they eat less healthily and move less. The consequences are serious, from overweight to more illness later and a shorter life expectancy.',
				'The basis is less stress, healthy food, enough exercise and good sleep; healthy eating and exercise work best together. Change lasts longest when people think along and choose their own goals.'
			]
		},
		how: [
			{
				heading: { nl: 'Minder stress', en: 'Less stress' },
				practices: {
					nl: [
						'Neem eerst de directe oorzaak van stress weg met concrete steun.',
						'Leg uit dat stress ziek kan maken: slecht slapen, hartkloppingen, misselijkheid.',
						'Help mensen gezonde doelen en een plan te bedenken, met leefstijl- of maatjescoaches.',
						'Bied ouders een programma over de gezondheid en het welzijn van hun kind, zoals Gezonde kinderen in krappe tijden.'
					],
					en: [
						'First remove the direct cause of stress with concrete support.',
						'Explain that stress can make people ill: poor sleep, palpitations, nausea.',
						'Help people think of healthy goals and a plan, with lifestyle or peer coaches.',
						'Offer parents a programme about their child’s health and wellbeing, such as Gezonde kinderen in krappe tijden (healthy children in lean times).'
					]
				}
			},
			{
				heading: { nl: 'Gezond eten', en: 'Healthy food' },
				practices: {
					nl: [
						'Wijs ouders op de voedselbank en het Nationaal Jeugd Ontbijt, zodat er thuis genoeg eten is.',
						'Maak gezond de makkelijke keuze, zoals water en gratis fruit, en weer ongezond eten uit kantines en activiteiten.',
						'Help basisscholen met ontbijt of gezonde lunch, met ouders als vrijwilligers.',
						'Geef kook- en smaaklessen, leg samen een moestuin aan, en ga met ouders boodschappen doen met tips voor gezond en goedkoop eten.',
						'Ontmoedig roken, alcohol en drugs, en vraag ouders het goede voorbeeld te geven.'
					],
					en: [
						'Help parents find their way to the food bank and the Nationaal Jeugd Ontbijt.',
						'Make healthy the easy choice, such as water and free fruit, and keep unhealthy food out of canteens and activities.',
						'Help primary schools with breakfast or a healthy lunch, with parents as volunteers.',
						'Give cooking and tasting lessons, create a vegetable garden together, and go shopping with parents with tips for healthy, cheap food.',
						'Discourage smoking, alcohol and drugs, and ask parents to set a good example.'
					]
				}
			},
			{
				heading: { nl: 'Genoeg bewegen', en: 'Enough exercise' },
				practices: {
					nl: [
						'Moedig bewegen aan, liefst minstens drie keer per week een half uur: buitenspelen, sporten, zwemmen, fietsen, wandelen.',
						'Organiseer toegankelijke activiteiten, rustig en inspannend, samen met buurtsportcoaches en sportclubs, en laat vaders en moeders meedoen.',
						'Maak activiteiten zichtbaar, online en in de wijk.',
						'Houd als sportcoach contact met andere professionals in de buurt.',
						'Help kinderen aan geld voor sport uit regelingen en fondsen.'
					],
					en: [
						'Encourage exercise, preferably at least three times a week for half an hour: playing outside, sports, swimming, cycling, walking.',
						'Organise accessible activities, calm and demanding, with neighbourhood sports coaches and sports clubs, and let fathers and mothers join in.',
						'Make activities visible, online and in the neighbourhood.',
						'As a sports coach, keep in touch with other professionals nearby.',
						'Help children get money for sport from schemes and funds.'
					]
				}
			},
			{
				heading: { nl: 'Goed slapen', en: 'Good sleep' },
				practices: {
					nl: [
						'Vraag na of kinderen een eigen bed hebben, help zo nodig met de aanschaf en met een rustige plek om te slapen.',
						'Moedig een vast ritme aan: elke dag op dezelfde tijd opstaan, eten en naar bed.',
						'Geef tips om te ontspannen voor het slapen: geen scherm, koffie of suiker, wel voorlezen, een wandeling of een douche.',
						'Verwijs bij slaapproblemen naar een opvoedspreekuur.'
					],
					en: [
						'Check whether children have a bed of their own; help with buying one if needed and with a quiet place to sleep.',
						'Encourage a fixed rhythm: getting up, eating and going to bed at the same time every day.',
						'Give tips to relax before sleep: no screens, coffee or sugar; instead reading aloud, a walk or a shower.',
						'Refer to a parenting consultation hour for sleep problems.'
					]
				}
			}
		],
		together: {
			nl: 'Een samenhangend aanbod vraagt samenwerking met sportleraren, huisartsen, diëtisten, leerkrachten en ervaringswerkers. Een buurtsportcoach die coördineert, kan ook tussenpersoon zijn voor het Jeugdfonds Sport & Cultuur.',
			en: 'A coherent offer takes cooperation with sports teachers, GPs, dieticians, teachers and experts by experience. A coordinating neighbourhood sports coach can also act as intermediary for the Jeugdfonds Sport & Cultuur.'
		},
		preconditions: {
			nl: 'Verandering op lange termijn vraagt activiteiten die terugkomen, met een vaste aanpak. Meedoen mag niets kosten. De gemeente zorgt voor een gezonde buitenruimte: groen, weinig verkeer, speel- en sportplekken.',
			en: 'Long-term change needs activities that recur, with a structured approach. Taking part must cost nothing. The municipality provides a healthy outdoor space: greenery, little traffic, places to play and exercise.'
		},
		related: ['materialSupport'],
		relatedGroups: ['supporting'],
		signals: false,
		funds: true,
		source: 'seed 004 §2.3 "Gezonde leefstijl"'
	},
	{
		id: 'resilience',
		group: 'stimulating',
		name: { nl: 'Veerkracht', en: 'Resilience' },
		what: {
			nl: 'Kinderen, jongeren en ouders in armoede beter bestand maken tegen tegenslag, door te versterken wat hen beschermt.',
			en: 'Increasing the resilience of children, young people and parents in poverty by strengthening what protects them.'
		},
		why: {
			nl: [
				'Veerkracht is het vermogen om met tegenslag om te gaan. Bescherming komt van drie kanten: van binnenuit, van thuis en van de buurt. Geloven dat je door oefenen beter wordt (een groeimindset), ervaringen waarin het lukt en goede voorbeelden om je heen maken kinderen sterker.',
				'Veerkracht helpt kinderen om met armoede om te gaan en vergroot hun kansen. Maar het lost armoede en stress niet op: concrete steun blijft nodig.'
			],
			en: [
				'Resilience is the ability to cope with setbacks. What protects lies in the child, in the family and in the neighbourhood. Believing you get better by practising (a growth mindset), experiences of success and good examples around you make children stronger.',
				'Resilience helps children cope with poverty and increases their chances. But it does not solve poverty and stress: concrete support remains necessary.'
			]
		},
		how: [
			{
				heading: { nl: 'Kinderen en jongeren', en: 'Children and young people' },
				practices: {
					nl: [
						'Ontdek samen wat het kind al heeft aan steun, eigen kwaliteiten en vaardigheden met anderen, bijvoorbeeld met het boomdiagram veerkracht.',
						'Bespreek welk probleem het kind wil aanpakken, wat het doel is, welke stappen het kan zetten en hoe het zijn sterke kanten inzet. Help het vertrouwen te krijgen dat het gaat lukken.',
						'Geef complimenten voor de inzet, niet alleen het resultaat, en heb hoge verwachtingen.',
						'Verwijs zo nodig naar een training voor sociale en emotionele vaardigheden, zoals de Kanjertraining of Levensvaardigheden.'
					],
					en: [
						'Discover together what support, own qualities and social skills the child already has, for example with the resilience tree diagram.',
						'Discuss which problem the child wants to tackle, what the goal is, which steps it can take and how it uses its strengths. Help it gain confidence that it will work.',
						'Praise effort, not only results, and have high expectations.',
						'Refer when needed to training in social and emotional skills, such as the Kanjertraining or Levensvaardigheden.'
					]
				}
			},
			{
				heading: { nl: 'Gezin', en: 'Family' },
				practices: {
					nl: [
						'Kijk wat het gezin al heeft, zoals ouders die een goed voorbeeld zijn, en structuur en regels thuis.',
						'Kijk samen met ouders hoe zij zelf kunnen groeien en een steunende sfeer thuis kunnen maken.',
						'Verwijs zo nodig naar lichte opvoedsteun, zoals van de jeugdgezondheidszorg of Home-Start.'
					],
					en: [
						'See what the family already has, such as parents who set a good example, and structure and rules at home.',
						'Look with parents at how they can grow themselves and create a supportive atmosphere at home.',
						'Refer when needed to light parenting support, such as from youth health care or Home-Start.'
					]
				}
			},
			{
				heading: { nl: 'Omgeving', en: 'Surroundings' },
				practices: {
					nl: [
						'Kijk wat een kind al heeft om zich heen: mensen die het vertrouwt, voorbeelden, toegang tot zorg, onderwijs en veiligheid.',
						'Zoek samen wat het kind sterker maakt en uitval voorkomt, zoals sport of extra onderwijs.',
						'Laat kinderen zelf de regels bedenken als u samen iets organiseert, zoals een kledingruilbeurs.'
					],
					en: [
						'See what a child already has around it: people it trusts, examples, access to care, education and safety.',
						'Look together for what makes the child stronger and prevents dropping out, such as sport or extra education.',
						'Let children make up the rules when you organise something together, such as a clothes swap.'
					]
				}
			}
		],
		together: {
			nl: 'Zorg met de partners in de buurt voor een aanbod dat kinderen helpt positief op te groeien, zoals Allemaal opvoeders, Communities that Care of De Vreedzame Wijk. Werk vanuit alle organisaties op dezelfde oplossingsgerichte manier.',
			en: 'Build an offer in the village or neighbourhood that helps children grow up positively, such as Allemaal opvoeders, Communities that Care or De Vreedzame Wijk. Work in the same solution-focused way from all organisations.'
		},
		preconditions: {
			nl: 'De gemeente neemt zelf verantwoordelijkheid voor de veerkracht van inwoners en het voorkomen van kwetsbaarheid. Zij maakt samenwerking tussen formele en informele zorg mogelijk en zorgt dat mensen bij hulp kunnen.',
			en: 'The municipality takes responsibility itself for residents’ resilience and for preventing vulnerability. It makes cooperation between formal and informal care possible and ensures people can reach help.'
		},
		related: ['integralSupport', 'parentingSupport', 'healthyLifestyle', 'participation'],
		relatedGroups: ['supporting'],
		signals: false,
		funds: false,
		source: 'seed 004 §2.3 "Veerkracht"'
	},
	{
		id: 'extraLearning',
		group: 'stimulating',
		name: { nl: 'Aanvullend leren', en: 'Extra learning' },
		what: {
			nl: 'Voorzieningen en programma’s die het leren en de talenten van kinderen en jongeren stimuleren, naast of voorafgaand aan de gewone school.',
			en: 'Facilities and programmes that stimulate the learning and talents of children and young people, alongside or ahead of regular school.'
		},
		why: {
			nl: [
				'Het is niet altijd makkelijk voor ouders om hun kind te stimuleren, zeker niet met stress of weinig eigen opleiding. Ze zijn dan onzeker over hun rol en zien minder goed welke opleidingen en beroepen er zijn.',
				'Extra steun bij taal, leren, sociale vaardigheden, het verbreden van de blik en het ontdekken van talent vergroot de kansen van kinderen. Kinderen vinden zulke programma’s vaak leuk en leren er veel van.'
			],
			en: [
				'It is not always easy for parents to stimulate their child, certainly not with stress or little education of their own. They may then feel unsure about their role and see less clearly which studies and jobs exist.',
				'Extra support with language, learning, social skills, broadening horizons and discovering talent increases children’s chances. Children often enjoy such programmes and learn a lot from them.'
			]
		},
		how: [
			{
				heading: { nl: 'Lezen en leren', en: 'Reading and learning' },
				practices: {
					nl: [
						'Zorg dat gezinnen met jonge kinderen boeken en spelmateriaal hebben, via BoekStart, speelotheken en speelgoedbanken.',
						'Bied gezinnen met jonge kinderen programma’s aan huis die de ontwikkeling en de taal thuis stimuleren, zoals de VoorleesExpress.',
						'Wijs op de bibliotheek en de online jeugdbibliotheek: lenen is gratis voor kinderen.',
						'Bied vanaf de bovenbouw van de basisschool hulp bij leren, om achterstand in te halen of juist uit te blinken: bijles, huiswerkbegeleiding, examentraining, lente- en zomerscholen, gratis of vergoed.'
					],
					en: [
						'Make sure families with young children have books and play materials, through BoekStart, toy libraries and toy banks.',
						'Offer families with young children home programmes that stimulate development and language at home, such as the VoorleesExpress.',
						'Point to the library and the online youth library: borrowing is free for children.',
						'From the upper years of primary school, offer help with learning, to catch up or to excel: tutoring, homework support, exam training, spring and summer schools, free or reimbursed.'
					]
				}
			},
			{
				heading: { nl: 'Talent en schoolloopbaan', en: 'Talent and school career' },
				practices: {
					nl: [
						'Bied veel soorten sport en cultuur aan en help kinderen meedoen, zodat ze ontdekken waar hun interesses en talenten liggen.',
						'Bied onder of na schooltijd extra onderwijs dat helpt bij keuzes en overstappen en beroepen laat zien, zoals de Weekend Academie of IMC Weekendschool. Betrek de ouders.',
						'Gaat een jongere van school af, of dreigt dat? Wijs op programma’s die helpen alsnog een diploma of werk te halen.'
					],
					en: [
						'Offer many kinds of sport and culture and help children take part, so they discover their interests and talents.',
						'Offer extra education during or after school that helps with choices and transitions and shows what jobs exist, such as the Weekend Academie or IMC Weekendschool. Involve the parents.',
						'Point young people who drop out or are at risk of dropping out to programmes that help them still get a diploma or work.'
					]
				}
			}
		],
		together: {
			nl: 'Stem het aanbod af en zorg dat het bekend is. Werk bij elke activiteit goed samen met de school en met de ouders over hoe het kind zich ontwikkelt.',
			en: 'Coordinate what is offered and make sure it is known. In every activity, work closely with the school and with the parents on how the child develops.'
		},
		preconditions: {
			nl: 'Kosten mogen meedoen niet in de weg staan. Ideële en gesubsidieerde aanbieders zijn gratis of goedkoop, commerciële bijlesbureaus houden vaak plekken vrij voor wie het niet kan betalen, en fondsen kunnen de kosten dragen.',
			en: 'Costs must not stand in the way of taking part. Non-profit and subsidised providers are free or cheap, commercial tutoring agencies often keep places for those who cannot pay, and funds can cover the costs.'
		},
		related: [],
		relatedGroups: [],
		signals: false,
		funds: true,
		source: 'seed 004 §2.3 "Aanvullend leren"'
	},
	{
		id: 'participation',
		group: 'stimulating',
		name: { nl: 'Participatie', en: 'Participation' },
		what: {
			nl: 'Kinderen, jongeren en ouders helpen een plek te vinden in de samenleving: in hun vrije tijd, als mantelzorger of vrijwilliger, op school en in werk.',
			en: 'Investing in children, young people and parents taking part in society: in their free time, as carers or volunteers, at school and at work.'
		},
		why: {
			nl: [
				'Geldgebrek, stress en schaamte houden mensen tegen om mee te doen: mensen thuis ontvangen, sporten, cultuur, een vaste baan. Kinderen die buiten de boot vallen, hebben daar last van in gedrag, gezondheid, welzijn en op school, en lopen later meer kans op armoede. Ouders die meedoen, brengen leren en werken mee naar huis en zijn een voorbeeld voor hun kinderen.',
				'Meedoen kan op verschillende treden van de participatieladder: 1) uit het isolement komen, 2) contact durven maken, 3) meedoen aan georganiseerde activiteiten, 4) onbetaald werk, 5) betaald werk met steun, 6) een eigen inkomen uit werk. Klantmanagers richten zich vooral op de treden 5 en 6, maar steun op de treden 1 tot en met 4 telt net zo. Voor jongeren zonder startkwalificatie gaat een opleiding voor; een bijbaan kan wel.'
			],
			en: [
				'Lack of money, stress and shame keep people from taking part: having people over, sports, culture, a steady job. Children who are left out suffer for it in behaviour, health, wellbeing and at school, and are more likely to be poor later. Parents who take part bring learning and work into the home and set an example for their children.',
				'Taking part can happen on different rungs of the participation ladder: 1) breaking out of isolation, 2) daring to make contact, 3) joining organised activities, 4) unpaid work, 5) paid work with support, 6) an income of one’s own from work. Case managers mostly focus on rungs 5 and 6, but support on rungs 1 to 4 counts just as much. For young people without a basic qualification, education comes first; a side job is fine.'
			]
		},
		how: [
			{
				heading: { nl: 'Kinderen en jongeren', en: 'Children and young people' },
				practices: {
					nl: [
						'Versterk de zin in school, help bij het kiezen van een route en voorkom spijbelen en uitval, zo nodig met de leerplichtambtenaar.',
						'Zorg dat kinderen kunnen meedoen aan clubs, sport en cultuur, ook met wat daarvoor nodig is, zoals kleding en vervoer.',
						'Help kinderen aan klusjes voor zakgeld en jongeren aan een bijbaan.'
					],
					en: [
						'Strengthen motivation for school, help with choosing a route and prevent truancy and dropping out, with the school attendance officer when needed.',
						'Make sure children can join clubs, sport and culture, including what that takes, such as clothes and transport.',
						'Help children find odd jobs for pocket money and young people a side job.'
					]
				}
			},
			{
				heading: { nl: 'Ouders', en: 'Parents' },
				practices: {
					nl: [
						'Moedig ouders aan mee te doen aan activiteiten waar ze mensen leren kennen, zoals koffie-uurtjes en wijkmaaltijden.',
						'Laat ouders ontdekken dat leren leuk is: vraag naar een oude wens om iets te leren en help die waar te maken.',
						'Bied activiteiten voor taal, computer en opvoeden, met oog voor drempels zoals laaggeletterdheid of een licht verstandelijke beperking.',
						'Bied vrijwilligerswerk en werkervaringsplekken aan, ook in uw eigen organisatie, of verwijs ernaar.',
						'Wijs alleenstaande moeders op programma’s die stap voor stap helpen weer regie te krijgen en aan het werk te gaan.',
						'Vertel ouders dat zij zich kunnen laten opleiden tot ervaringswerker, bijvoorbeeld bij Sterk uit Armoede of Howie the Harp.',
						'Begeleid ouders naar een baan op hun niveau, en help bij het solliciteren.'
					],
					en: [
						'Encourage parents to join activities where they meet people, such as coffee hours and neighbourhood meals.',
						'Let parents experience how enjoyable learning is: ask what they always wanted to learn and help them do it.',
						'Offer activities for language, computer skills and parenting, with an eye for barriers such as low literacy or a mild intellectual disability.',
						'Offer volunteer work and work placements, also in your own organisation, or refer to them.',
						'Point single mothers to programmes that help them step by step to take back control and return to work.',
						'Point parents to the training as an expert by experience, for example at Sterk uit Armoede or Howie the Harp.',
						'Guide parents to a job at their level, and help with applying.'
					]
				}
			}
		],
		together: {
			nl: 'Participatie lukt als onderwijs, sociaal professionals, de afdeling werk en inkomen van de gemeente en werkgevers goed samenwerken.',
			en: 'Participation succeeds when education, social professionals, the municipality’s work and income department and employers work well together.'
		},
		preconditions: {
			nl: 'Zorg en werk moeten te combineren zijn (kinderopvang, haalbare werktijden, vervoer), en eisen zoals de taaleis of een rijbewijs kunnen soepeler. Investeer in netwerken van werkgevers en sociaal ondernemers voor meer werkplekken, en in de scholing van klantmanagers en sociaal professionals in maatwerk.',
			en: 'Care and work must be combinable (childcare, workable hours, transport), and requirements such as the language requirement or a driving licence can be eased. Invest in networks of employers and social entrepreneurs for more workplaces, and in training case managers and social professionals in tailored work.'
		},
		related: ['extraLearning', 'informalSupport', 'materialSupport', 'parentingSupport'],
		relatedGroups: [],
		signals: false,
		funds: true,
		source: 'seed 004 §2.3 "Participatie"'
	}
];
