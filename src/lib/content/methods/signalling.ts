import type { WorkingMethod } from '../workingMethods';

// seed 004 §2.1 "Signaleren": three methods. Facts (the practices, the tools and programmes named,
// who works together) come from the guide; the sentences are ours.

export const signallingMethods: WorkingMethod[] = [
	{
		id: 'buildingRelationship',
		group: 'signalling',
		name: { nl: 'Relatie opbouwen', en: 'Building a relationship' },
		what: {
			nl: 'Een band van vertrouwen opbouwen met kinderen, jongeren en ouders, zodat zij durven te vertellen over geldzorgen.',
			en: 'Building a bond of trust with children, young people and parents, so they dare to talk about money worries.'
		},
		why: {
			nl: [
				'Veel mensen houden armoede verborgen. Ze schamen zich, of ze willen het eerst zelf oplossen omdat ze hulpverleners niet vertrouwen. Soms zien ze door stress of een licht verstandelijke beperking niet goed hoe ernstig het is.',
				'Wie iemand kent en vertrouwt, vertelt eerder wat er speelt. Mensen van buurthuizen, kinderopvang, kerken en wijkpastoraten zien veel gezinnen van dichtbij. Als zij naar buiten gaan en makkelijk te vinden zijn, komen zij sneller in contact met gezinnen die het moeilijk hebben.'
			],
			en: [
				'Many people keep poverty hidden. They feel ashamed, or they want to solve it themselves first because they do not trust professionals. Sometimes stress or a mild intellectual disability makes it hard to see how serious it is.',
				'People tell someone they know and trust sooner. Staff at community centres, childcare, churches and neighbourhood chaplaincies see many families up close. When they go out and are easy to find, they meet families who are struggling sooner.'
			]
		},
		how: [
			{
				heading: { nl: 'Wees te vinden', en: 'Be easy to find' },
				practices: {
					nl: [
						'Neem de tijd, wees echt aanwezig en sluit aan bij de wereld van de ander.',
						'Wees als een goede buur aanspreekbaar op gewone plekken in de wijk: de supermarkt, de speeltuin, het buurthuis, de school. Begin daar zelf een praatje.',
						'Zoek mensen actief op. Neem ze mee naar binnen bij een inloop, koffieochtend of maaltijd en zorg dat ze zich welkom voelen.'
					],
					en: [
						'Take your time, be truly present and connect with the other person’s world.',
						'Be approachable like a good neighbour in ordinary places in the neighbourhood: the supermarket, the playground, the community centre, the school. Start a chat there yourself.',
						'Reach out actively. Bring people along to a drop-in, a coffee morning or a meal, and make sure they feel welcome.'
					]
				}
			},
			{
				heading: { nl: 'Leef u in', en: 'Show empathy' },
				practices: {
					nl: [
						'Behandel de ander als gelijke. Respecteer hun keuzes en hun trots, en oordeel niet.',
						'Wees bescheiden en echt. Laat ook iets van uzelf zien; de persoon telt meer dan de methode.',
						'Benoem wat goed gaat en kies de lichtste oplossing die helpt.',
						'Leer het gezin kennen en kijk ook vanuit de kinderen en de andere gezinsleden.'
					],
					en: [
						'Treat the other person as an equal. Respect their choices and their pride, and do not judge.',
						'Be modest and genuine. Show something of yourself too; the person matters more than the method.',
						'Name what is going well and choose the lightest solution that helps.',
						'Get to know the family and also look from the point of view of the children and the other family members.'
					]
				}
			},
			{
				heading: { nl: 'Wees betrouwbaar', en: 'Be reliable' },
				practices: {
					nl: [
						'Is er acute nood? Zorg dan snel voor een eerste resultaat.',
						'Doe wat u zegt, en zeg wat u doet.',
						'Wilt u iets delen wat u in vertrouwen hoorde, ook met een ander gezinslid? Vraag eerst toestemming.'
					],
					en: [
						'Is there an acute need? Then make sure of a first result quickly.',
						'Do what you say, and say what you do.',
						'Do you want to share something you heard in confidence, even with another family member? Ask permission first.'
					]
				}
			}
		],
		together: {
			nl: 'Leer de mensen van andere organisaties in de buurt persoonlijk kennen. Dan kunt u een gezin met een warme overdracht voorstellen aan iemand die u zelf kent en vertrouwt.',
			en: 'Get to know the people of other organisations in the neighbourhood personally. Then you can introduce a family, with a warm handover, to someone you know and trust yourself.'
		},
		preconditions: {
			nl: 'Zonder oordeel werken vraagt bewustwording en training, ook voor vrijwilligers. Vertrouwen groeit als dezelfde mensen een gezin lang kunnen volgen. Daarvoor zijn vaste subsidie voor buurtorganisaties en geld voor ervaringswerkers nodig.',
			en: 'Working without judgement takes awareness and training, for volunteers too. Trust grows when the same people can stay with a family for a long time. That needs steady funding for neighbourhood organisations and money for experts by experience.'
		},
		related: ['socialEnvironment', 'integralSupport'],
		relatedGroups: [],
		signals: false,
		funds: false,
		source: 'seed 004 §2.1 "Relatie opbouwen"; attitudes in seed 004 §1.2'
	},
	{
		id: 'recognisingAndDiscussing',
		group: 'signalling',
		name: { nl: 'Herkennen en bespreken', en: 'Recognising and discussing' },
		what: {
			nl: 'Armoede in een gezin vroeg opmerken en er met kinderen, jongeren en ouders over praten.',
			en: 'Noticing poverty in a family early and talking about it with children, young people and parents.'
		},
		why: {
			nl: [
				'Geldgebrek gaat vaak samen met schaamte: kinderen, jongeren en ouders vragen dan niet om hulp. Ouders zien soms niet dat het geldgebrek andere problemen in het gezin veroorzaakt. Daardoor is armoede voor professionals lastig te herkennen.',
				'Hoe eerder armoede gezien wordt, hoe korter kinderen met stress leven. Praten helpt kinderen om met de situatie om te gaan; zwijgen en wegkijken kan juist tot psychische klachten leiden.'
			],
			en: [
				'Many children, young people and parents are ashamed of having too little money and do not ask for help. Parents sometimes do not see that the lack of money causes other problems in the family. That makes poverty hard for professionals to recognise.',
				'The earlier poverty is seen, the shorter children live with stress. Talking helps children cope with the situation; silence and looking away can instead lead to mental health problems.'
			]
		},
		how: [
			{
				heading: { nl: 'Herkennen', en: 'Recognising' },
				practices: {
					nl: [
						'Let in uw gewone werk, bij een activiteit of huisbezoek, op signalen en risicomomenten. De signalenlijst helpt u op ideeën te komen, niet om iemand af te vinken.',
						'Neem een ervaringswerker mee, bijvoorbeeld op huisbezoek. Die ziet signalen vaak eerder en spreekt de taal van thuis.',
						'Onthoud twee dingen: een signaal kan ook een heel andere oorzaak hebben, en armoede blijft vaak onzichtbaar omdat ouders veel opgeven zodat hun kind er niet uit valt.',
						'Twijfelt u? Bespreek het met een collega, in uw eigen organisatie of een andere die het gezin kent.'
					],
					en: [
						'In your everyday work, during an activity or a home visit, watch for signals and risk moments. The signals list helps you think of things, not to tick anyone off.',
						'Bring an expert by experience, for example on a home visit. They often see signals sooner and speak the language of home.',
						'Remember two things: a signal can have a completely different cause, and poverty often stays invisible because parents give up a lot so their child does not stand out.',
						'In doubt? Discuss it with a colleague, in your own organisation or another one that knows the family.'
					]
				}
			},
			{
				heading: { nl: 'Praten met kinderen en jongeren', en: 'Talking with children and young people' },
				practices: {
					nl: [
						'Voel in het gesprek aan of geld thuis een onderwerp kan zijn. Kinderen zijn loyaal aan hun ouders; houd daar rekening mee.',
						'Maak armoede op een speelse manier bespreekbaar, bijvoorbeeld in de kinderclub met een spel zoals het Monsterspel of het Arm en Rijk spel.',
						'Ziet u iets? Begin er voorzichtig over en vraag of u ernaar mag vragen.',
						'Laat een kidsteam onder begeleiding van een jongerenwerker vertellen over regelingen en fondsen, bijvoorbeeld met vlogs of op school en bij clubs.',
						'Praat over dromen en talenten, en luister naar de oplossingen die kinderen zelf bedenken.'
					],
					en: [
						'Sense in the conversation whether money at home can be a topic. Children are loyal to their parents; keep that in mind.',
						'Make poverty something to talk about in a playful way, for example at a children’s club with a game such as the Monsterspel or the Arm en Rijk game.',
						'Notice something? Raise it carefully and ask whether you may ask about it.',
						'Let a kids’ team guided by a youth worker tell others about schemes and funds, for example with vlogs or at school and at clubs.',
						'Talk about dreams and talents, and listen to the solutions children think of themselves.'
					]
				}
			},
			{
				heading: { nl: 'Praten met ouders', en: 'Talking with parents' },
				practices: {
					nl: [
						'Twijfelt u? Vraag het ouders gewoon. Zeg wat u ziet, blijf nieuwsgierig en betrokken, en oordeel niet.',
						'Maak het gewoon: vertel dat veel gezinnen moeite hebben om rond te komen. Begrijp dat iemand eerst afwijzend kan reageren, stel open vragen en zeg dat het gesprek vertrouwelijk is.',
						'Vraag bij een inschrijving of intake of er iets is dat meedoen in de weg staat. Zo kan iemand zorgen noemen zonder het woord armoede.',
						'U mag laten merken dat u het zelf ook lastig vindt om erover te beginnen. Dat maakt het vaak makkelijker voor de ander.'
					],
					en: [
						'In doubt? Simply ask the parents. Say what you see, stay curious and involved, and do not judge.',
						'Make it ordinary: say that many families find it hard to make ends meet. Understand that someone may first push back, ask open questions and say the conversation is confidential.',
						'At a registration or intake, ask whether anything stands in the way of taking part. Then someone can mention worries without the word poverty.',
						'You may show that you find it hard to bring up too. That often makes it easier for the other person.'
					]
				}
			},
			{
				heading: { nl: 'Doorverwijzen', en: 'Referring' },
				practices: {
					nl: [
						'Stel voorzichtig voor wie kan helpen: vraag of u mag vertellen wat anderen in zo’n situatie hielp, in plaats van te zeggen wat iemand moet.',
						'Houd contact na een verwijzing. Vraag na een tijdje hoe het ging, en zoek samen een oplossing als iets de stap naar hulp in de weg staat.'
					],
					en: [
						'Suggest carefully who could help: ask whether you may tell what helped others in a similar situation, instead of saying what someone must do.',
						'Keep in touch after a referral. After a while ask how it went, and look for a solution together if something stands in the way of taking the step.'
					]
				}
			}
		],
		together: {
			nl: 'Zie armoede het liefst voordat er schulden zijn. Bespreek twijfels met collega’s van andere organisaties, zonder de privacy van het gezin te schaden, en spreek af wie de beste band heeft om het gesprek aan te gaan. Gemeenten, woningcorporaties, energie- en waterbedrijven en zorgverzekeraars kunnen betalingsachterstanden vroeg melden.',
			en: 'Ideally, see poverty before there are debts. Discuss doubts with colleagues from other organisations, respecting the family’s privacy, and agree who has the best bond to start the conversation. Municipalities, housing corporations, energy and water companies and health insurers can report payment arrears early.'
		},
		preconditions: {
			nl: 'Samen een training volgen helpt, net als praktische hulpmiddelen, zoals de Nibud-training Vroegsignalering, de training Aanpakken schulden in de wijk of de set ‘Een goed gesprek over geld’.',
			en: 'Professionals benefit from training together and from practical tools, such as the Nibud training on early signalling, the training on tackling debts in the neighbourhood, or the kit ‘Een goed gesprek over geld’ (a good conversation about money).'
		},
		related: [],
		relatedGroups: [],
		signals: true,
		funds: true,
		source: 'seed 004 §2.1 "Herkennen en bespreken" and the appendix "Signaleringslijst kinderarmoede"'
	},
	{
		id: 'socialEnvironment',
		group: 'signalling',
		name: { nl: 'Sociale omgeving versterken', en: 'Strengthening the social environment' },
		what: {
			nl: 'Een netwerk in het dorp of de wijk met plekken en activiteiten waar kinderen, jongeren en ouders zonder drempel terecht kunnen.',
			en: 'A network in the village or neighbourhood with places and activities that children, young people and parents can join without barriers.'
		},
		why: {
			nl: [
				'Schaamte en weinig mogelijkheden om te reizen kunnen gezinnen eenzaam maken. Dat geldt vooral als hun netwerk klein is en bestaat uit mensen die zelf ook weinig hebben. Ze vinden dan ook moeilijk de weg naar hulp.',
				'Een gemengd netwerk in de buurt helpt: gezinnen ontmoeten anderen, kunnen even ontspannen en leren organisaties kennen. Zo’n informeel netwerk is vertrouwder dan formele hulp, die vaak een hogere drempel heeft en kort duurt. Het is een plek waar armoede gezien wordt, en waar gezinnen ook zelf iets kunnen bijdragen.'
			],
			en: [
				'Shame and few ways to travel can make families lonely. That is especially so when their network is small and consists of people who have little themselves. They then also struggle to find their way to help.',
				'A mixed network in the neighbourhood helps: families meet others, can relax for a while and get to know organisations. Such an informal network is more familiar than formal help, which often has a higher threshold and lasts only a short time. It is a place where poverty is noticed, and where families can also contribute themselves.'
			]
		},
		how: [
			{
				heading: { nl: 'Ontmoeten', en: 'Meeting' },
				practices: {
					nl: [
						'Bied een inloop of huiskamer waar iedereen zonder verplichting binnen kan lopen voor thee, een spelletje of een luisterend oor.',
						'Organiseer koffieochtenden rond een thema of voor een groep, zoals alleenstaande ouders, zodat mensen merken: hier horen mensen zoals ik.',
						'Help een app- of Facebookgroep op gang waarin jongeren of ouders vragen, zorgen en plezier delen.',
						'Ga zelf bij gezinnen langs en nodig ze uit voor een activiteit in de wijk.',
						'Bouw aan een gevoel van samen horen erbij.'
					],
					en: [
						'Offer a drop-in or living room where anyone can walk in without obligation for tea, a game or a listening ear.',
						'Organise coffee mornings around a theme or for a group, such as single parents, so people notice: people like me belong here.',
						'Help start a chat or Facebook group where young people or parents share questions, worries and fun.',
						'Visit families yourself and invite them to a neighbourhood activity.',
						'Build a feeling of belonging together.'
					]
				}
			},
			{
				heading: { nl: 'Ontspannen', en: 'Relaxing' },
				practices: {
					nl: [
						'Zorg voor veel soorten laagdrempelige activiteiten, ook voor het hele gezin, zoals een maaltijd, uitje of feest. Houd rekening met leeftijd, geslacht en geloof, en deel het aanbod via sociale media.',
						'Vraag bewoners, jong en oud, wat zij zelf zouden willen organiseren, en zet het samen op.',
						'Regel opvang voor de kinderen bij activiteiten voor volwassenen. Leer bij activiteiten voor kinderen ook de ouders kennen.',
						'Denk mee over activiteiten van andere organisaties die passen.'
					],
					en: [
						'Provide many kinds of low-threshold activities, also for the whole family, such as a meal, an outing or a celebration. Take age, gender and faith into account, and share what is on offer through social media.',
						'Think up with children, young people and parents which activities they want to organise themselves.',
						'Arrange childcare at activities for adults. At activities for children, get to know the parents too.',
						'Help think of suitable activities offered by other organisations.'
					]
				}
			},
			{
				heading: { nl: 'Ondersteunen', en: 'Supporting' },
				practices: {
					nl: [
						'Steun activiteiten die mensen zelf willen opzetten.',
						'Bied informele steun en laagdrempelige spreekuren tijdens of rond de activiteiten.',
						'Help ouders mensen uit hun eigen omgeving te vinden die meedenken over oplossingen, bijvoorbeeld in een Eigen Kracht-conferentie.'
					],
					en: [
						'Support activities that people want to set up themselves.',
						'Offer informal support and low-threshold consultation hours during or around the activities.',
						'Help parents find people in their own circle who think along about solutions, for example in a Family Group Conference (Eigen Kracht-conferentie).'
					]
				}
			},
			{
				heading: { nl: 'Bijdragen', en: 'Contributing' },
				practices: {
					nl: [
						'Geef ouders een rol, bijvoorbeeld als gastvrouw of gastheer bij een activiteit.',
						'Vraag ouders hun kennis en handigheid in te zetten voor anderen, zoals bij klussen, schilderen of verhuizen.',
						'Help kinderen en jongeren iets te doen voor anderen, zoals oppassen of boodschappen doen voor ouderen, en liefst iets te verdienen.',
						'Vraag niet te veel van vrijwilligers uit deze gezinnen en laat een activiteit niet van hen afhangen.'
					],
					en: [
						'Give parents a role, for example as host at an activity.',
						'Ask parents to use their knowledge and skills for others, such as odd jobs, painting or moving house.',
						'Help children and young people do something for others, such as babysitting or shopping for older people, and preferably earn something.',
						'Do not ask too much of volunteers from these families and do not let an activity depend on them.'
					]
				}
			}
		],
		together: {
			nl: 'Een informeel netwerk werkt als alle organisaties in de wijk elkaar kennen en samenwerken. Als scholen, het centrum voor jeugd en gezin, huisartsen, speeltuinverenigingen, kerken en moskeeën het aanbod kennen, kunnen zij gezinnen erop wijzen. Organiseer ook ontmoeting tussen professionals, zoals een sociaal café of themamiddag.',
			en: 'An informal network works when all the organisations in the neighbourhood know each other and work together. When schools, the youth and family centre, GPs, playground associations, churches and mosques know what is on offer, they can point families to it. Also organise meetings between professionals, such as a social café or a themed afternoon.'
		},
		preconditions: {
			nl: 'Er is een goede sociale kaart nodig van alle activiteiten in de wijk, die partners en bewoners ook kennen. Informele organisaties hebben vaste subsidie nodig en moeten lang in een wijk kunnen werken.',
			en: 'A good social map of all the activities in the neighbourhood is needed, known to partners and residents alike. Informal organisations need steady funding and must be able to work in a neighbourhood for a long time.'
		},
		related: [],
		relatedGroups: [],
		signals: false,
		funds: false,
		source: 'seed 004 §2.1 "Sociale omgeving versterken" (the headings follow Meet the Parents, as the guide says)'
	}
];
