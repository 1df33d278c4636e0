import type { WorkingMethod } from '../workingMethods';

// seed 004 §2.2 "Ondersteunen": six methods. Facts (the practices, the programmes and funds named,
// the three working days, the 100–130 % of the social minimum) come from the guide; the sentences are ours.

export const supportingMethods: WorkingMethod[] = [
	{
		id: 'integralSupport',
		group: 'supporting',
		name: { nl: 'Integrale steun', en: 'Integral support' },
		what: {
			nl: 'Het gezin krijgt hulp om zijn situatie in beeld te brengen, doelen te kiezen die ertoe doen en plannen te maken en uit te voeren: voor het hele gezin en voor ieder gezinslid, op alle terreinen van het leven.',
			en: 'The family gets help to map its situation, choose goals that matter, and make and carry out plans: for the whole family and for each member, across all areas of life.'
		},
		why: {
			nl: [
				'Kinderen merken veel van de stress die geldgebrek en schulden bij hun ouders geven, ook als ouders hen proberen te beschermen. Om eruit te komen zijn vaak stappen nodig van verschillende gezinsleden, op meer terreinen tegelijk.',
				'Een gezinsondersteuner helpt het gezin overzicht te krijgen, plannen te maken en te doen wat het zich voorneemt. Kinderen worden betrokken waar dat past, zonder dat het een extra last voor hen wordt. Hoeveel hangt af van hun leeftijd en van waar het plan over gaat.',
				'Een voorbeeld is de aanpak van EMPath (Mobility Mentoring), met aparte hulpmiddelen voor volwassenen (Bridge to Self-Sufficiency), voor kinderen (Child Bridge to a Brighter Future) en voor het gezin als geheel.'
			],
			en: [
				'Children notice much of the stress that lack of money and debts cause their parents, even when parents try to shield them. Getting out often takes steps by several family members, in several areas at once.',
				'A family support worker helps the family get an overview, make plans and do what it sets out to do. Children are involved where that fits, without it becoming an extra burden for them. How much depends on their age and on what the plan is about.',
				'One example is the EMPath approach (Mobility Mentoring), with separate tools for adults (Bridge to Self-Sufficiency), for children (Child Bridge to a Brighter Future) and for the family as a whole.'
			]
		},
		how: [
			{
				heading: { nl: 'Motivatie versterken', en: 'Strengthening motivation' },
				practices: {
					nl: [
						'Zorg voor een snel succes, zoals geld uit een fonds of een plek bij de voedselbank. Dat geeft vertrouwen in u en in de aanpak.',
						'Luister rustig naar wat ouders en kinderen vertellen, en houd hun kijk op de situatie voorop.',
						'Gebruik motiverende gespreksvoering om verandering te helpen.'
					],
					en: [
						'Secure a quick win, such as money from a fund or a place at the food bank. That builds trust in you and in the approach.',
						'Take time to hear the stories of parents and children, and stay true to how they see things.',
						'Use motivational interviewing to help change along.'
					]
				}
			},
			{
				heading: { nl: 'Doelen kiezen', en: 'Choosing goals' },
				practices: {
					nl: [
						'Bespreek met het gezin en met ieder gezinslid hoe zij hun leven graag zien en wat hun dromen zijn.',
						'Kies samen doelen die ertoe doen en haalbaar zijn in de tijd van de begeleiding. Laat het gezin zelf kiezen waar het mee begint.',
						'Maak van grote doelen voor later (een beter huis, schuldenvrij, een diploma) kleine doelen voor nu (een kinderkamer opknappen, rondkomen van weekgeld, beter worden in één vak).'
					],
					en: [
						'Talk with the family and with each member about how they would like their life to be and what their dreams are.',
						'Together choose goals that matter and can be reached within the time of the support. Let the family choose where to start.',
						'Turn big goals for later (a better home, being debt-free, a diploma) into small goals for now (doing up a child’s room, getting by on a weekly budget, improving in one school subject).'
					]
				}
			},
			{
				heading: { nl: 'Plannen maken', en: 'Making plans' },
				practices: {
					nl: [
						'Maak doelen concreet: wie doet wat, en welke hulp is daarbij nodig.',
						'Bedenk vooraf samen wat er mis kan gaan en wat iemand dan kan doen.',
						'Wijk af van de vaste regels als dat nodig is om maatwerk te bieden.',
						'Kijk naar wat het gezin draagt én naar wat het sterk maakt, zoals een netwerk of een stabiele relatie.'
					],
					en: [
						'Make goals concrete: who does what, and what help is needed.',
						'Think through in advance together what could go wrong and what someone can then do.',
						'Depart from the usual rules when that is needed to offer a tailored solution.',
						'Look at what weighs on the family and at what makes it strong, such as a network or a stable relationship.'
					]
				}
			},
			{
				heading: { nl: 'Plannen uitvoeren', en: 'Carrying out plans' },
				practices: {
					nl: [
						'Kies per week of per paar weken het belangrijkste doel. Loop het plan samen door, oefen als dat helpt, help herinneren en betrek het netwerk.',
						'Moedig aan, denk mee hoe iets makkelijker en leuker kan, en waardeer het als iemand in actie komt.',
						'Kijk samen hoe het gaat en stel doelen en plannen bij.'
					],
					en: [
						'Choose the most important goal for each week or few weeks. Go through the plan together, practise if that helps, help people remember and involve the network.',
						'Encourage, think along about how something can be easier and more fun, and show appreciation when someone takes action.',
						'Review together how it is going and adjust goals and plans.'
					]
				}
			},
			{
				heading: { nl: 'Nazorg', en: 'Aftercare' },
				practices: {
					nl: [
						'Stop pas als de zwaarste zorgen weg zijn en het gezin nieuwe problemen zelf aankan, of weet waar het op tijd hulp vindt.',
						'Zorg dat het gezin voor het einde goed verbonden is met het netwerk in de wijk.',
						'Houd een lijntje met het gezin, zodat het zijn evenwicht kan bewaren.'
					],
					en: [
						'Close when the biggest problems are solved and the family can handle new problems itself or find help in time.',
						'Make sure the family is well connected to the network in the neighbourhood before the end.',
						'Keep in touch with the family, so it can keep its balance.'
					]
				}
			}
		],
		together: {
			nl: 'De gezinsondersteuner heeft vaak de regie: die stemt de hulp af, zodat het gezin zijn verhaal niet steeds opnieuw hoeft te vertellen. Daaromheen helpen specialisten op hun eigen terrein.',
			en: 'The family support worker often coordinates: they align the help, so the family does not have to tell its story again and again. Around them, specialists help in their own fields.'
		},
		preconditions: {
			nl: 'Formele en informele hulp moeten goed op elkaar aansluiten. Informele organisaties kunnen een gezin lang volgen, van het eerste signaal tot de nazorg; formele hulp is daarnaast nodig voor specifieke steun. Die moet ook het vertrouwen van gezinnen winnen, vaste gezichten hebben en zonder lange wachtlijst beschikbaar zijn.',
			en: 'Formal and informal help must fit together well. Informal organisations can stay with a family a long time, from the first signal to the aftercare; formal help is needed alongside for specific support. It too must win families’ trust, have familiar faces and be available without long waiting lists.'
		},
		related: ['materialSupport', 'financialSelfReliance'],
		relatedGroups: [],
		signals: false,
		funds: true,
		source: 'seed 004 §2.2 "Integrale steun"; seed 003 on stress-sensitive working and the Bridge tools'
	},
	{
		id: 'parentingSupport',
		group: 'supporting',
		name: { nl: 'Steun bij opvoeden', en: 'Parenting support' },
		what: {
			nl: 'Ouders steunen bij het ouderschap en de opvoeding, zodat zij hun kinderen zo goed mogelijk kunnen helpen opgroeien.',
			en: 'Supporting parents in parenthood and upbringing, so they can help their children grow up as well as possible.'
		},
		why: {
			nl: [
				'Langdurige geldzorgen geven stress. Ouders hebben dan vaak minder aandacht en geduld, spelen minder met hun kind en straffen strenger. Dat kan de band tussen ouder en kind en de ontwikkeling van het kind schaden, en de kans op verwaarlozing vergroten.',
				'Steun bij het opvoeden helpt ouders om beter bij te dragen aan hoe hun kind zich voelt en ontwikkelt. Het gaat erom dat wat ouders aankunnen groter is dan wat op hen drukt. Daarom loont het te investeren in een fijne sfeer thuis, minder stress, zelfvertrouwen, een stevig netwerk en vaardigheden voor het dagelijks leven.'
			],
			en: [
				'Long-lasting money worries cause stress. Parents then often have less attention and patience, play less with their child and punish more harshly. That can harm the bond between parent and child and the child’s development, and increase the risk of neglect.',
				'Support with parenting helps parents contribute better to how their child feels and develops. What matters is that what parents can carry outweighs what weighs on them. That is why it pays to invest in a pleasant atmosphere at home, less stress, self-confidence, a strong network and everyday life skills.'
			]
		},
		how: [
			{
				heading: { nl: 'De band tussen ouder en kind versterken', en: 'Strengthening the bond between parent and child' },
				practices: {
					nl: [
						'Moedig ouders aan om meer met hun kind te praten, te zien wat goed gaat en samen dingen te doen, zoals naar de kinderboerderij of samen voetballen.',
						'Zorg voor momenten waarop ouders met elkaar en met hun kind een leuke tijd hebben.',
						'Bied samen met bijvoorbeeld peuterspeelzaal, kinderopvang, bibliotheek of consultatiebureau activiteiten voor moeders én vaders met hun jonge kind, waarin spelen en leren en steun bij opvoeden samengaan.'
					],
					en: [
						'Encourage parents to talk more with their child, notice what goes well and do things together, such as visiting a city farm or playing football together.',
						'Create moments where parents have a good time with each other and with their child.',
						'Together with, for example, a playgroup, childcare, the library or the baby clinic, offer activities for mothers and fathers with their young child, combining play and learning with parenting support.'
					]
				}
			},
			{
				heading: { nl: 'Informele steun bij opvoedvragen', en: 'Informal support with parenting questions' },
				practices: {
					nl: [
						'Maak opvoedvragen gewoon: twijfels en vragen horen bij elk ouderschap.',
						'Luister, en denk mee over eenvoudige oplossingen bij spanningen thuis.',
						'Moedig ouders aan om opvoedvragen te bespreken met familie, kennissen en andere ouders, en om mee te doen aan activiteiten in de buurt, zoals Meet the Parents, een opvoedparty of Mama’s Garden.',
						'Wijs ouders met jonge kinderen op Home-Start: een vrijwilliger komt een tijd elke week langs voor contact en praktische hulp.',
						'Help ouders hun kind af en toe even ergens anders te laten zijn: bij familie of buren, een buurtgezin of steunouder, de peuterspeelzaal, buitenschoolse opvang of een kinderactiviteit.',
						'Organiseer opvoedactiviteiten in groepen, zoals een opvoedparty of een Wijkacademie Opvoeden, of gebruik het aanbod van het CJG, buurthuis of school.',
						'Moedig ouders aan om vragen ook te bespreken met professionals die het kind kennen. Zij helpen inschatten wat gewoon is en wat ernstig.'
					],
					en: [
						'Make parenting questions ordinary: doubts and questions are part of every parenthood.',
						'Listen, and think along about simple solutions for tension at home.',
						'Encourage parents to discuss parenting questions with family, friends and other parents, and to join neighbourhood activities such as Meet the Parents, a parenting party or Mama’s Garden.',
						'Point parents of young children to Home-Start: a volunteer visits every week for a while for contact and practical help.',
						'Help parents let their child spend time elsewhere now and then: with family or neighbours, a neighbourhood family or support parent, a playgroup, after-school care or a children’s activity.',
						'Organise parenting activities in groups, such as a parenting party or a neighbourhood parenting academy, or use what the youth and family centre, community centre or school offers.',
						'Encourage parents to also discuss questions with professionals who know the child. They help judge what is ordinary and what is serious.'
					]
				}
			},
			{
				heading: { nl: 'Formele steun bij opvoedproblemen', en: 'Formal support with parenting problems' },
				practices: {
					nl: [
						'Schat zwaardere problemen in met de Zelfredzaamheid-Matrix (het deel over kind en gezin).',
						'Wijs ouders die hun verhaal kwijt willen op een plek om te praten of stoom af te blazen, en op opvoedbureaus en spreekuren in de buurt.',
						'Bied ouders met meer risico een vast opvoedprogramma, soms speciaal voor een groep, zoals tienermoeders of alleenstaande moeders.',
						'Maakt u zich zorgen over de veiligheid van een kind? Werk volgens de stappen van de meldcode en overleg bij twijfel met Veilig Thuis.'
					],
					en: [
						'Assess more serious problems with the Self-Sufficiency Matrix (its part on child and family).',
						'Point parents who need to talk to a place to talk or let off steam, and to parenting offices and consultation hours nearby.',
						'Offer parents at higher risk a structured parenting programme, sometimes for a specific group such as teenage mothers or single mothers.',
						'Worried about a child’s safety? Follow the steps of the reporting code for domestic violence and child abuse (meldcode) and consult Veilig Thuis when in doubt.'
					]
				}
			}
		],
		together: {
			nl: 'Bied steun bij opvoeden aan samen met peuterspeelzaal, kinderopvang, bibliotheek, het centrum voor jeugd en gezin, het consultatiebureau of de jeugdgezondheidszorg.',
			en: 'Offer parenting support together with playgroups, childcare, the library, the youth and family centre, the baby clinic or youth health care.'
		},
		preconditions: {
			nl: 'Jeugdprofessionals hebben tijd en geld nodig om al vroeg steun te bieden. Dan zijn gezinnen eerder in beeld en worden problemen niet groter.',
			en: 'Youth professionals need time and money to offer support early. Then families are seen sooner and problems do not grow.'
		},
		related: ['socialEnvironment', 'informalSupport'],
		relatedGroups: [],
		signals: false,
		funds: false,
		source: 'seed 004 §2.2 "Steun bij opvoeden"'
	},
	{
		id: 'informalSupport',
		group: 'supporting',
		name: { nl: '(In)formele steun', en: '(In)formal support' },
		what: {
			nl: 'Steun van een mentor of maatje: een bondgenoot of coach voor een kind, jongere of ouder in een moeilijke situatie, uit de eigen omgeving of via een organisatie.',
			en: 'Support from a mentor or buddy: an ally or coach for a child, young person or parent in a difficult situation, from their own circle or through an organisation.'
		},
		why: {
			nl: [
				'Niet iedereen in armoede heeft een sterk netwerk of iemand om op terug te vallen. Een mentor of maatje die lang blijft, geeft aandacht en steun, soms naast een professional. Jongeren met een mentor voelen zich beter, en een mentor die een jongere zelf kiest helpt ook bij school en werk.',
				'Een mentor kan uit de eigen omgeving komen: een volwassene die geen ouder is, die het kind zelf kiest en waar de ouder mee instemt (zoals bij de JIM-aanpak). Een mentor kan ook via een organisatie komen, met getrainde vrijwilligers of studenten en vooraf afgesproken doelen en duur, als eigen traject (zoals Big Brothers Big Sisters) of als deel van een bredere aanpak.'
			],
			en: [
				'Not everyone in poverty has a strong network or someone to fall back on. A mentor or buddy who stays a long time gives attention and support, sometimes alongside a professional. Young people with a mentor feel better, and a mentor a young person chooses themselves also helps with school and work.',
				'A mentor can come from the person’s own circle: an adult who is not a parent, chosen by the child and agreed by the parent (as in the JIM approach). A mentor can also come through an organisation, with trained volunteers or students and goals and duration agreed beforehand, as a programme of its own (such as Big Brothers Big Sisters) or as part of a broader approach.'
			]
		},
		how: [
			{
				heading: { nl: 'Een mentor uit de eigen omgeving', en: 'A mentor from one’s own circle' },
				practices: {
					nl: [
						'Help het kind of de jongere zoeken naar een mentor in de eigen omgeving.',
						'Vraag de ouders om toestemming.',
						'Geef de mentor een vaste plek in de hulp, met het kind in het midden.',
						'Spreek duidelijk af wie wat doet: de professional, de mentor, de ouders en het kind.'
					],
					en: [
						'Help the child or young person look for a mentor in their own circle.',
						'Ask the parents for permission.',
						'Give the mentor a fixed place in the support, with the child at the centre.',
						'Agree clearly who does what: the professional, the mentor, the parents and the child.'
					]
				}
			},
			{
				heading: { nl: 'Een mentor via een organisatie', en: 'A mentor through an organisation' },
				practices: {
					nl: [
						'Koppel zorgvuldig: kijk naar de vraag van het gezin en naar wat de vrijwilliger kan en is.',
						'Zoek iemand die in de buurt woont, zodat die ook een goede buur kan worden.',
						'Begin met een proeftijd en stop de koppeling als het niet klikt.'
					],
					en: [
						'Match carefully: look at what the family asks and at what the volunteer can do and who they are.',
						'Look for someone who lives nearby, so they can also become a good neighbour.',
						'Start with a trial period and end the match if there is no click.'
					]
				}
			},
			{
				heading: { nl: 'Wat een mentor of maatje doet', en: 'What a mentor or buddy does' },
				practices: {
					nl: [
						'Is er als vertrouwenspersoon in het dagelijks leven, op een positieve manier en van twee kanten.',
						'Laat het kind, de jongere of ouder zelf bepalen wat de mentor doet en hoe.',
						'Bespreekt bij het begin wat ieder verwacht en stelt samen doelen.',
						'Vult de hulp aan en neemt die niet over.',
						'Doet leuke dingen samen, zoals een uitje, en maakt ook ruimte voor serieuze gesprekken.',
						'Helpt concreet, zoals mee naar een open dag of loket, of helpt vaardigheden oefenen, zoals gezond koken of digitale vaardigheden.',
						'Vraagt regelmatig hoe het gaat, wat er nodig is, wat de ander zelf kan en wat die van de mentor verwacht.',
						'Een gezin dat het zwaar heeft kan ook een buurtgezin krijgen: een warm gezin in de buurt waar het kind geregeld komt spelen of logeren.'
					],
					en: [
						'Is there as a confidant in daily life, in a positive way that works both ways.',
						'Lets the child, young person or parent decide what the mentor does and how.',
						'Discusses at the start what each expects and sets goals together.',
						'Adds to the existing help and does not take it over.',
						'Does fun things together, such as an outing, and also makes room for serious talks.',
						'Helps in concrete ways, such as going along to an open day or a service desk, or helps practise skills such as healthy cooking or digital skills.',
						'Regularly asks how it is going, what is needed, what the other can do themselves and what they expect of the mentor.',
						'A family that is having a hard time can also get a neighbourhood family: a warm family nearby where the child regularly comes to play or stay over.'
					]
				}
			}
		],
		together: {
			nl: 'Vult een mentor de formele hulp aan? Verdeel dan de taken goed tussen alle professionals en vrijwilligers rond het gezin. Betrek het gezin daarbij en vertel altijd wat er besproken is.',
			en: 'Does a mentor add to formal help? Then divide the tasks well between all the professionals and volunteers around the family. Involve the family and always tell them what was discussed.'
		},
		preconditions: {
			nl: 'Mentoren hebben een vast aanspreekpunt en begeleiding nodig: erkenning, iemand om mee te overleggen en hulp bij het stellen van grenzen. Maak met een mentor uit de eigen omgeving duidelijke afspraken over contact, wat ieder van elkaar mag weten, wat te doen bij problemen en wanneer u samen terugkijkt. Bij mentoren via een organisatie kan een vrijwilligersovereenkomst helpen, met afspraken over gedrag, privacy en onkosten.',
			en: 'Mentors need a fixed contact person and guidance: recognition, someone to consult and help in setting limits. With a mentor from the person’s own circle, agree clearly on contact, what each may know of the other, what to do when problems arise and when you look back together. With mentors through an organisation, a volunteer agreement can help, covering conduct, privacy and expenses.'
		},
		related: [],
		relatedGroups: [],
		signals: false,
		funds: false,
		source: 'seed 004 §2.2 "(In)formele steun"'
	},
	{
		id: 'materialSupport',
		group: 'supporting',
		name: { nl: 'Materiële steun', en: 'Material support' },
		what: {
			nl: 'Kinderen, jongeren en ouders helpen gebruik te maken van spullen, voedsel en gratis activiteiten die er voor hen zijn.',
			en: 'Helping children, young people and parents make use of the goods, food and free activities that exist for them.'
		},
		why: {
			nl: [
				'Kinderen die opgroeien met weinig geld missen vaak gewone dingen: genoeg eten, een fiets of laptop, kleding die past bij het seizoen. Vaak kunnen ze niet meedoen met leeftijdgenoten. Ze lopen dan meer kans buitengesloten te worden en missen ervaringen die ze nodig hebben om zich te ontwikkelen.',
				'Spullen en uitjes lossen armoede niet op. Maar ze helpen wel nu, bij wat het gezin echt nodig heeft, en ze geven goede ervaringen. Dat vermindert stress en zorgen.'
			],
			en: [
				'Children growing up with little money often miss ordinary things: enough food, a bike or laptop, clothes that suit the season. Often they cannot join in with their peers. They then run a greater risk of being left out and miss experiences they need to develop.',
				'Goods and outings do not solve poverty. But they do help now, with what the family really needs, and they give good experiences. That reduces stress and worry.'
			]
		},
		how: [
			{
				heading: { nl: 'Eten, kleding en spullen', en: 'Food, clothes and things' },
				practices: {
					nl: [
						'Wijs ouders op het Nationaal Jeugd Ontbijt: een gezin zonder geld voor ontbijt krijgt anoniem elke week een tas met zeven ontbijtjes per kind, alle 52 weken van het jaar.',
						'Reken samen uit of het gezin recht heeft op de voedselbank en zoek de dichtstbijzijnde op.',
						'Wijs gezinnen bij de voedselbank op Kinderen van de Voedselbank (nieuwe kleding, schoenen en cadeautjes), of op een kledingbank in de buurt.',
						'Wijs (aanstaande) ouders op Stichting Babyspullen voor een gratis startpakket.',
						'Help ouders met regelingen en fondsen voor bijvoorbeeld een laptop, schoolspullen, fiets of koelkast.',
						'Wijs op speelgoedbanken, speelotheken, KinderzwerfboekStations en de bibliotheek, die voor kinderen meestal gratis is tot 18 jaar.'
					],
					en: [
						'Point parents to the Nationaal Jeugd Ontbijt: families who truly cannot afford it anonymously receive a breakfast bag every week, with seven breakfasts per child, all year round.',
						'Work out together whether the family is entitled to the food bank and look up the nearest one.',
						'Point families at the food bank to Kinderen van de Voedselbank (new clothes, shoes and presents), or to a clothing bank nearby.',
						'Point (expectant) parents to Stichting Babyspullen for a free starter pack.',
						'Help parents with schemes and funds for, for example, a laptop, school things, a bike or a fridge.',
						'Point to toy banks, toy libraries, KinderzwerfboekStations (free books to take and pass on) and the library, usually free for children up to 18.'
					]
				}
			},
			{
				heading: { nl: 'Uitjes, feestjes en vakanties', en: 'Outings, parties and holidays' },
				practices: {
					nl: [
						'Wijs op de stadspas van de gemeente, met korting op zwembad, bioscoop en meer. Musea zijn voor kinderen vaak gratis.',
						'Meld jarige kinderen van 4 tot 12 jaar aan voor een verjaardagsbox van Jarige Job, of laat Stichting Uitgestelde Kinderfeestjes gratis een feestje organiseren.',
						'Meld gezinnen aan voor Actie Pepernoot (cadeaubonnen voor Sinterklaas) en Actie Zomerpret (een zomerpakket met kaartjes, boeken en spellen).',
						'Wijs op kindervakanties, gratis of naar draagkracht, en vakantieweken voor gezinnen, zoals via het Steunpunt Kindervakanties, Humanitas, Heppie of de Vakantiebank.',
						'Voor schoolreisjes en excursies kunnen ouders bijvoorbeeld bij Leergeld terecht.',
						'Organiseer zelf een vakantie voor kinderen of gezinnen, dichtbij of op een bijzondere plek, met boodschappen en vrijkaartjes erbij.'
					],
					en: [
						'Point to the municipality’s city pass, with discounts on the swimming pool, cinema and more. Museums are often free for children.',
						'Sign up children aged 4 to 12 for a birthday box from Jarige Job, or let Stichting Uitgestelde Kinderfeestjes organise a party for free.',
						'Sign families up for Actie Pepernoot (gift vouchers for Sinterklaas) and Actie Zomerpret (a summer package with tickets, books and games).',
						'Point to children’s holidays, free or according to means, and holiday weeks for families, for example through Steunpunt Kindervakanties, Humanitas, Heppie or the Vakantiebank.',
						'For school trips and excursions, parents can turn to Leergeld, for example.',
						'Organise a holiday for children or families yourself, nearby or somewhere special, with groceries and free tickets included.'
					]
				}
			},
			{
				heading: { nl: 'Initiatieven in de wijk', en: 'Neighbourhood initiatives' },
				practices: {
					nl: [
						'Geef voorrang aan initiatieven van bewoners zelf, steun ze op afstand en laat het eigenaarschap bij hen.',
						'Zet in het buurthuis een weggeefkast op een zichtbare plek, met een vrijwilliger die hem bijhoudt en een professional als aanspreekpunt.',
						'Bied maaltijden, uitjes en activiteiten in de vakanties en seizoenen, zoals een speelweek of voetbaltoernooi.',
						'Begin een speelotheek, of houd een paar keer per jaar een kleding- of speelgoedbank.',
						'Zet handige vrijwilligers in voor klusjes, of een Repair Café voor kapot speelgoed en fietsen.',
						'Vraag ondernemers om waardebonnen voor jongeren, en zorg voor gratis menstruatieproducten in buurthuizen, scholen en sportclubs.'
					],
					en: [
						'Give priority to residents’ own initiatives, support them from a distance and leave the ownership with them.',
						'Put a give-away cupboard in the community centre in a visible spot, with a volunteer to keep it tidy and a professional as contact.',
						'Offer meals, outings and activities in the holidays and seasons, such as a play week or a football tournament.',
						'Start a toy library, or hold a clothing or toy bank a few times a year.',
						'Bring in handy volunteers for odd jobs, or a Repair Café for broken toys and bikes.',
						'Ask local businesses for vouchers for young people, and make free menstrual products available in community centres, schools and sports clubs.'
					]
				}
			}
		],
		together: {
			nl: 'Zorg voor een goed overzicht van wat er in de buurt aan materiële steun is. Als u mensen bij fondsen en organisaties persoonlijk kent, is een aanvraag makkelijker. Werk samen met kerken, scholen, buitenschoolse opvang, huisartsen en buurtverenigingen, zodat de steun bij de juiste gezinnen komt.',
			en: 'Keep a good overview of the material support available in the neighbourhood. If you know people at funds and organisations personally, applying is easier. Work together with churches, schools, after-school care, GPs and neighbourhood associations, so the support reaches the right families.'
		},
		preconditions: {
			nl: 'Er is een actuele sociale kaart nodig met lokale en landelijke fondsen. Geld voor materiële steun kunt u vragen bij de gemeente, goede doelen, serviceclubs en fondsen. Vrijwilligers kunt u vinden via kerken en vrijwilligersorganisaties.',
			en: 'An up-to-date social map with local and national funds is needed. Money for material support can be requested from the municipality, charities, service clubs and funds. Volunteers can be found through churches and volunteer organisations.'
		},
		related: [],
		relatedGroups: [],
		signals: false,
		funds: true,
		source: 'seed 004 §2.2 "Materiële steun" and the appendix "Overzicht fondsen"'
	},
	{
		id: 'financialSelfReliance',
		group: 'supporting',
		name: { nl: 'Steun bij financiële zelfredzaamheid', en: 'Support with financial self-reliance' },
		what: {
			nl: 'Jongeren en ouders met weinig geld krijgen hulp en advies om grip te krijgen op hun geld en toeslagen en regelingen aan te vragen, en waar nodig een warme overdracht naar verdere hulp of schuldhulp.',
			en: 'Young people and parents with little money get help and advice to get a grip on their money and to apply for allowances and schemes, and where needed a warm handover to further help or debt support.'
		},
		why: {
			nl: [
				'Jongeren kunnen verleidingen soms moeilijk weerstaan, zoals een dure telefoon op afbetaling, en komen vaker geld tekort. Op hun achttiende zijn ze vaak slecht voorbereid op hun eigen geldzaken. Ook ouders hebben niet altijd overzicht, kennen de regelingen niet en vinden de administratie lastig.',
				'Vroeg helpen voorkomt erger. Mensen krijgen het gevoel dat ze grip hebben, krijgen meer vertrouwen en nemen betere beslissingen. Ouders die steun van een fonds krijgen, zeggen dat ze meer rust en minder stress hebben.'
			],
			en: [
				'Young people sometimes find temptations hard to resist, such as an expensive phone on instalments, and run short of money more often. At eighteen they are often poorly prepared for their own finances. Parents, too, do not always have an overview, do not know the schemes and find the paperwork hard.',
				'Helping early prevents worse. People get the feeling they have a grip, gain confidence and make better decisions. Parents who receive support from a fund say they have more peace and less stress.'
			]
		},
		how: [
			{
				heading: { nl: 'Informatie over geld', en: 'Information about money' },
				practices: {
					nl: [
						'Wijs op betrouwbare informatie, zoals MoneyFit voor jongeren, Wijzer in geldzaken of Kandoor, en de eenvoudige sites van Steffie voor wie moeite heeft met lezen of leren.',
						'Vertel jongeren die naar het mbo gaan dat de school betaalt voor de basisuitrusting en voor bijzondere leermiddelen.',
						'Wijs op een overzicht van de regelingen voor mensen met een laag inkomen in de gemeente, zoals het kindpakket voor elk kind tot 18 en de stadspas.',
						'Wijs op de VoorzieningenWijzer om te zien waarop een gezin kan besparen.',
						'Help bij het aanvragen van vergoedingen, regelingen en fondsen.'
					],
					en: [
						'Point to reliable information, such as MoneyFit for young people, Wijzer in geldzaken or Kandoor, and Steffie’s simple websites for people who find reading or learning hard.',
						'Tell young people going to vocational school (mbo) that the school pays for the basic equipment and for special learning materials.',
						'Point to an overview of the municipality’s schemes for people on a low income, such as the children’s package for every child up to 18 and the city pass.',
						'Point to the VoorzieningenWijzer to see where a family can save.',
						'Help with applying for allowances, schemes and funds.'
					]
				}
			},
			{
				heading: { nl: 'Zelf de geldzaken op orde krijgen', en: 'Getting one’s own finances in order' },
				practices: {
					nl: [
						'Wijs op programma’s zoals Lift je leven! en vraag de gemeente naar wat er lokaal is.',
						'Wijs op BerekenUwRecht voor een overzicht van toeslagen en tegemoetkomingen, en op de formulierenbrigade voor hulp bij het invullen.',
						'Verwijs vroeg naar een financieel spreekuur van de gemeente, het buurthuis, de bibliotheek of de school, en naar sociaal raadslieden voor advies over uitkeringen, belastingen, huur, contracten en meer.',
						'Wijs ouders op de budgethulp van banken en op de test van Geldfit, die naar de passende hulp leidt: van zelfhulp, via een vrijwilliger online of in de buurt, tot schuldhulp van de gemeente.'
					],
					en: [
						'Point to programmes such as Lift je leven! and ask the municipality what is available locally.',
						'Point to BerekenUwRecht for an overview of allowances, and to the form brigade for help filling in forms.',
						'Refer early to a financial consultation hour at the municipality, community centre, library or school, and to social legal advisers for advice on benefits, taxes, rent, contracts and more.',
						'Point parents to banks’ budgeting tools and to the Geldfit test, which leads to the right help: from self-help, through a volunteer online or nearby, to the municipality’s debt support.'
					]
				}
			},
			{
				heading: { nl: 'Hulp bij het op orde krijgen', en: 'Help with getting things in order' },
				practices: {
					nl: [
						'Bied hulp van een ervaringswerker: die drempel is lager en het begrip groter.',
						'Wijs op thuisadministratie (zoals bij Humanitas) of een budgetmaatje, ook speciaal voor jongeren of voor mensen met een beperking.',
						'Verwijs vroeg naar SchuldHulpMaatje of de Nederlandse Schuldhulproute, zodat betalingsproblemen geen schulden worden.',
						'Wijs op een betalingsregeling met bijvoorbeeld de zorgverzekeraar of woningcorporatie.',
						'Vertel dat sommige gemeenten vaste lasten tijdelijk kunnen overnemen. Is meer nodig? Dan zijn het wijkteam of de schuldhulp de volgende stap.'
					],
					en: [
						'Offer help from an expert by experience: the threshold is lower and the understanding greater.',
						'Point to home administration help (such as at Humanitas) or a budget buddy, also specifically for young people or for people with a disability.',
						'Refer early to SchuldHulpMaatje or the Nederlandse Schuldhulproute, so payment problems do not become debts.',
						'Point to a payment arrangement with, for example, the health insurer or housing corporation.',
						'Mention that some municipalities can temporarily take over fixed costs. Refer to the neighbourhood team or debt support when needed.'
					]
				}
			}
		],
		together: {
			nl: 'Korte lijnen en een warme overdracht zijn belangrijk. Dat vraagt contact tussen professionals over de grenzen van hun vak heen en met de gemeente. Bouw persoonlijke contacten op met collega’s bij andere organisaties.',
			en: 'Short lines and a warm handover matter. That takes contact between professionals across the boundaries of their field and with the municipality. Build personal contacts with colleagues at other organisations.'
		},
		preconditions: {
			nl: 'Een goede sociale kaart van financiële steun en een actueel overzicht van vergoedingen helpen. Elke gemeente is anders: de inkomensgrens van een regeling ligt tussen 100 en 130 procent van het sociaal minimum. Gemeenten kunnen aanvragen eenvoudig, in meer talen en via meer kanalen mogelijk maken, ook meerdere tegelijk.',
			en: 'A good social map of financial support and an up-to-date overview of allowances help. Every municipality is different: a scheme’s income limit lies between 100 and 130 percent of the social minimum. Municipalities can make applying simple, in several languages and through several channels, several at once too.'
		},
		related: ['financialEducation', 'debtSupport'],
		relatedGroups: [],
		signals: false,
		funds: true,
		source: 'seed 004 §2.2 "Steun bij financiële zelfredzaamheid"'
	},
	{
		id: 'debtSupport',
		group: 'supporting',
		name: { nl: 'Steun bij schulden', en: 'Debt support' },
		what: {
			nl: 'Hulp om risicovolle of problematische schulden van jongeren en ouders onder controle te krijgen of op te lossen, met oog voor de kinderen in het gezin.',
			en: 'Help to bring risky or problematic debts of young people and parents under control or to resolve them, with an eye for the children in the family.'
		},
		why: {
			nl: [
				'Schulden geven veel stress. Kinderen maken zich zorgen over wat het betekent, zoals of ze mee kunnen op schoolreis of in hun huis kunnen blijven, en dat remt hun ontwikkeling. Jongeren met schulden en een flexcontract hebben vaker last van stress, eenzaamheid en problemen met hun opleiding.',
				'Schaamte houdt mensen lang tegen: gemiddeld zoeken ze pas na vier tot vijf jaar hulp, en intussen lopen de schulden op. Wie uiteindelijk hulp krijgt, is daar meestal positief over.',
				'Door stress ontbreekt het vaak aan overzicht en kracht om te doen wat nodig is. Dan helpt het niet om alleen op zelfredzaamheid te rekenen: de hulpverlener neemt het tijdelijk over en zorgt eerst voor rust en overzicht.'
			],
			en: [
				'Debts cause a lot of stress. Children worry about what it means, such as whether they can go on the school trip or stay in their home, and that holds back their development. Young people with debts and a flexible contract more often suffer from stress, loneliness and problems with their studies.',
				'Out of shame, people wait four to five years on average before seeking help; meanwhile the debts grow. Those who finally get help are mostly positive about it.',
				'Stress often takes away the overview and the strength to do what is needed. Then relying on self-reliance alone does not help: the support worker temporarily takes over and first brings calm and overview.'
			]
		},
		how: [
			{
				heading: { nl: 'Jongeren', en: 'Young people' },
				practices: {
					nl: [
						'Wijs jongeren op de Nibud-site om zelf schulden aan te pakken, of op een online buddy van Fikks.',
						'Verwijs naar de schuldhulp van de gemeente, naar projecten voor jongeren of naar stichtingen die helpen uit de schulden te komen.',
						'Gebruik bij problematische schulden waar het kan een project waarin de gemeente de schulden overneemt, zoals een jongerenperspectieffonds.',
						'Zet een vrijwilliger in die de jongere helpt en daarna nog even volgt, zoals SchuldHulpMaatje Jong of Get a Grip.'
					],
					en: [
						'Point to Nibud’s site for sorting out your own debts or to an online buddy through Fikks.',
						'Refer to the municipality’s debt support, to projects for young people or to foundations that help people out of debt.',
						'With problematic debts, where possible use a project in which the municipality takes over the debts, such as a youth perspective fund.',
						'Bring in a volunteer who helps the young person and keeps an eye on them for a while afterwards, such as SchuldHulpMaatje Jong or Get a Grip.'
					]
				}
			},
			{
				heading: { nl: 'Ouders', en: 'Parents' },
				practices: {
					nl: [
						'Help ouders hun geldzaken te ordenen, eventueel met thuisadministratie of een schuldhulpmaatje, ook met ervaringsdeskundigen.',
						'Worden ouders uitgesloten van schuldhulp? Vraag de beschikking op en help met bezwaar via sociaal raadslieden of het juridisch loket.',
						'Dreigt afsluiting van energie of water? Meld dat meteen bij de schuldhulp: dat is een crisis, en binnen drie werkdagen moet er iets gebeuren.',
						'Dreigt een deurwaarder met beslag op spullen van de kinderen? Schakel schuldhulp, sociaal raadslieden of het juridisch loket in.',
						'Vertel dat sommige gemeenten vaste lasten tijdelijk kunnen betalen.',
						'Let bij schuldsanering op kinderalimentatie bij het vaststellen van het leefgeld.',
						'Bekijk schulden in de context van het hele gezin, bijvoorbeeld met een huisbezoek.'
					],
					en: [
						'Help parents put their finances in order, perhaps with home administration help or a debt buddy, including experts by experience.',
						'Are parents excluded from debt support? Ask for the written decision and help with an objection through social legal advisers or the legal aid desk.',
						'Is energy or water about to be cut off? Report it to debt support at once: that is a crisis, and something must happen within three working days.',
						'Does a bailiff threaten to seize the children’s belongings? Bring in debt support, social legal advisers or the legal aid desk.',
						'Mention that some municipalities can temporarily pay fixed costs.',
						'In debt restructuring, take child maintenance into account when setting the living allowance.',
						'Look at debts in the context of the whole family, for example with a home visit.'
					]
				}
			},
			{
				heading: { nl: 'Aandacht voor kinderen', en: 'Attention for children' },
				practices: {
					nl: [
						'Praat over schulden als de kinderen op school zijn, of zorg voor opvang: geldzorgen horen niet op hun schouders.',
						'Vertel ouders dat zorg voor kinderen niet van het eigen risico afgaat en dat de tandarts voor kinderen in de basisverzekering zit.',
						'Vraag als tussenpersoon geld aan bij fondsen, zodat kinderen kunnen blijven meedoen.'
					],
					en: [
						'Plan conversations about debts during school hours or arrange childcare, so children are not burdened with money worries.',
						'Tell parents that care for children does not count toward the deductible and that the dentist for children is covered by basic insurance.',
						'As an intermediary, apply to funds so children can keep taking part.'
					]
				}
			},
			{
				heading: { nl: 'Wat de gemeente kan doen', en: 'What the municipality can do' },
				practices: {
					nl: [
						'Zoek mensen met geldzorgen zelf op waar ze te vinden zijn, bied uit eigen beweging schuldhulp aan en help met kwijtschelding van belastingen.',
						'Verlaag de drempel met huisbezoeken, ervaringswerkers of een praktijkondersteuner financiën bij de huisarts.',
						'Gebruik de meldingen van woningcorporaties, energiebedrijven en zorgverzekeraars over betalingsachterstanden (vroegsignalering, geregeld in de Wet gemeentelijke schuldhulpverlening).',
						'Werk stress-sensitief: een gastvrije ontvangst en tijd voor mensen.'
					],
					en: [
						'Seek out people with money worries where they can be found, offer debt support of your own accord and help with tax remission.',
						'Lower the threshold with home visits, experts by experience or a finance practice assistant at the GP.',
						'Use the reports of housing corporations, energy companies and health insurers about payment arrears (early signalling, set out in the Municipal Debt Support Act).',
						'Work in a stress-sensitive way: a hospitable welcome and time for people.'
					]
				}
			}
		],
		together: {
			nl: 'Schulden zijn vaak niet het eerste werk van partners, maar ze kunnen wel helpen schulden te zien, te beperken of terug te dringen, en mensen klaar te maken voor een schuldregeling. Het helpt als zij weten welke stappen iemand daarvoor moet zetten en naar wie zij kunnen verwijzen.',
			en: 'Debts are often not partners’ main work, but they can help spot, limit or reduce debts, and get people ready for a debt arrangement. It helps when they know which steps someone has to take and to whom they can refer.'
		},
		preconditions: {
			nl: 'Schuldhulp vraagt maatwerk. Geef professionals ruimte om binnen de wet te doen wat nodig is, help jongeren anders dan volwassenen (bijvoorbeeld met een jongerenloket) en zorg voor genoeg kennis van schulden in wijkteams. Maak het voor schuldhulpverleners eenvoudiger om een moratorium te gebruiken: een noodrem die schuldeisers tot een half jaar op afstand houdt.',
			en: 'Debt support needs a tailored approach. Give professionals room to do what is needed within the law, help young people differently from adults (for example with a youth desk) and ensure enough knowledge of debt in neighbourhood teams. Make it easier for debt workers to use a moratorium: an emergency brake that keeps creditors at bay for up to six months.'
		},
		related: ['financialSelfReliance'],
		relatedGroups: [],
		signals: false,
		funds: true,
		source: 'seed 004 §2.2 "Steun bij schulden"'
	}
];
