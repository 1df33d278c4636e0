import type { Localised } from './localised';

// The signals of (hidden) poverty as a conversation aid: seed 004's appendix "Signaleringslijst
// kinderarmoede" (its groups and items), its method "Herkennen en bespreken" (other causes, hidden
// by sacrifices, opening a conversation), its §1.2 (attitudes of professionals), seed 000 §4.2
// (coping styles, self-stigma, three levels; a signals list is never a checklist) and seed 003
// (shame, avoidance, distrust, short-term thinking under stress). The sentences are ours.
//
// By design nothing here has an id, a score or a yes/no: a signal is a sentence to think with, and
// there is nothing a page could tick, count or store against a person. See README.md, "Signals".

/** A short text under a heading. */
export interface Topic {
	title: Localised;
	text: Localised;
}

/** Signals that belong together, under the guide's heading ("may have trouble making ends meet …"). */
export interface SignalCluster {
	heading: Localised;
	signals: Localised<string[]>;
}

/** Who the signals are about, with the moments in life when poverty often starts. */
export interface SignalAudience {
	/** An anchor for in-page navigation; not a key anything is stored under. */
	anchor: 'children' | 'young-adults' | 'parents' | 'home-visit';
	title: Localised;
	intro: Localised;
	riskMoments?: Localised<string[]>;
	clusters: SignalCluster[];
}

/** What to keep in mind before reading any signal: shown first on the page. */
export const signalGuidance: Topic[] = [
	{
		title: { nl: 'Een hulpmiddel voor een gesprek, geen lijst om af te vinken', en: 'An aid for a conversation, not a list to tick off' },
		text: {
			nl: 'Deze signalen helpen u om op ideeën te komen en uw blik te verbreden. Ze zeggen niets zeker over iemand. Gebruik ze nooit om een persoon af te vinken, te scoren of in een dossier te zetten. Wat u ziet, checkt u altijd in een gesprek met de persoon zelf.',
			en: 'These signals help you think of things and widen your view. They say nothing for certain about anyone. Never use them to tick off, score or file a person. Whatever you notice, you always check in a conversation with the person themselves.'
		}
	},
	{
		title: { nl: 'Een signaal kan ook iets anders betekenen', en: 'A signal can mean something else too' },
		text: {
			nl: 'Vermoeid, vaak afwezig of stil: dat kan door geldzorgen komen, maar net zo goed door ziekte, verdriet, een scheiding of iets heel anders. Eén signaal is geen bewijs. Trek geen conclusie voordat u met iemand gepraat hebt.',
			en: 'Tired, often absent or quiet: that can come from money worries, but just as well from illness, grief, a divorce or something else entirely. One signal is no proof. Draw no conclusion before you have talked with someone.'
		}
	},
	{
		title: { nl: 'Armoede is vaak verborgen', en: 'Poverty is often hidden' },
		text: {
			nl: 'Veel ouders offeren veel op zodat hun kind niet opvalt: dure schoenen, toch mee op schoolreis. Kinderen doen er alles aan om niet uit de toon te vallen. Werkende ouders en zelfstandigen zien zichzelf vaak niet als arm. Dat u niets ziet, betekent dus niet dat er niets is.',
			en: 'Many parents sacrifice a lot so their child does not stand out: expensive shoes, still going on the school trip. Children do everything not to stand out. Working parents and self-employed people often do not see themselves as poor. So seeing nothing does not mean there is nothing.'
		}
	},
	{
		title: { nl: 'Signalen laten vaak de gevolgen zien', en: 'Signals often show the consequences' },
		text: {
			nl: 'Veel signalen zijn gevolgen van armoede en van de stress die erbij hoort. Door stress lukt plannen, onthouden en kiezen minder goed. Iemand die een afspraak mist, doet dat meestal niet expres.',
			en: 'Many signals are consequences of poverty and the stress that comes with it. Stress makes planning, remembering and choosing harder. Someone who misses an appointment usually does not do so on purpose.'
		}
	}
];

/** How to open a conversation respectfully (seed 004 "Herkennen en bespreken"), in our words. */
export const conversationSteps: Localised<string[]> = {
	nl: [
		'Kies wie het gesprek voert: wie heeft de sterkste band met het kind, de jongere of de ouder? Twijfelt u? Overleg met een collega, zonder meer over het gezin te delen dan nodig.',
		'Zoek een rustig moment, zonder anderen erbij. Praat met ouders over geld liefst niet waar de kinderen bij zijn.',
		'Zeg wat u zag, zonder oordeel, en vraag of u ernaar mag vragen.',
		'Maak het gewoon: veel gezinnen hebben moeite om rond te komen. Stel open vragen en zeg dat het gesprek vertrouwelijk is.',
		'U mag zeggen dat u het zelf ook lastig vindt om erover te beginnen.',
		'Houd bij kinderen rekening met hun trouw aan hun ouders. Dwing niets af.',
		'Vraag wat iemand nu het meest zou helpen, en vertel wat anderen hielp in plaats van te zeggen wat iemand moet.',
		'Verwijst u door? Doe het warm: stel iemand persoonlijk voor aan iemand die u kent, en vraag later hoe het ging.'
	],
	en: [
		'Choose who holds the conversation: the person with the best bond with the child, young person or parent. In doubt? Consult a colleague, without sharing more about the family than needed.',
		'Find a quiet moment, with no one else around. Preferably talk with parents about money when the children are not there.',
		'Say what you noticed, without judgement, and ask whether you may ask about it.',
		'Make it ordinary: many families find it hard to make ends meet. Ask open questions and say the conversation is confidential.',
		'You may say that you find it hard to bring up too.',
		'With children, keep their loyalty to their parents in mind. Do not force anything.',
		'Ask what would help most right now, and tell what helped others instead of saying what someone must do.',
		'Referring someone? Do it warmly: introduce them personally to someone you know, and later ask how it went.'
	]
};

/** Example openings, to say in your own way. */
export const conversationOpeners: Localised<string[]> = {
	nl: [
		'Het viel me op dat … Mag ik daar iets over vragen?',
		'Veel gezinnen hebben het op dit moment krap. Hoe gaat dat bij u?',
		'Is er iets waardoor meedoen lastig is? Dan zoeken we samen naar een oplossing.',
		'Ik vind het een beetje lastig om hierover te beginnen, maar ik wil het toch vragen.',
		'Wat zou u nu het meest helpen?'
	],
	en: [
		'I noticed that … May I ask about it?',
		'Many families are short of money at the moment. How is that for you?',
		'Is there anything that makes taking part difficult? Then we will look for a solution together.',
		'I find it a bit hard to bring this up, but I want to ask anyway.',
		'What would help you most right now?'
	]
};

/** The signals list of seed 004's appendix, grouped as there. */
export const signalAudiences: SignalAudience[] = [
	{
		anchor: 'children',
		title: { nl: 'Kinderen en jongeren', en: 'Children and young people' },
		intro: {
			nl: 'Kinderen en jongeren die in armoede opgroeien, kunnen bijvoorbeeld:',
			en: 'Children and young people growing up in poverty may, for example:'
		},
		riskMoments: {
			nl: [
				'ouders met weinig geld',
				'een onveilige buurt',
				'school verlaten zonder diploma, of een vervolgopleiding niet afmaken',
				'de achttiende verjaardag: vanaf dan zelf verantwoordelijk voor geld',
				'op zichzelf gaan wonen',
				'(langdurige) ziekte'
			],
			en: [
				'parents with little money',
				'an unsafe neighbourhood',
				'leaving school without a diploma, or not finishing further education',
				'the eighteenth birthday: from then on responsible for money themselves',
				'moving out to live on their own',
				'(long-term) illness'
			]
		},
		clusters: [
			{
				heading: { nl: 'er minder verzorgd uitzien', en: 'look less cared for' },
				signals: {
					nl: [
						'vaak dezelfde, kapotte of slecht passende kleding, of kleding die niet bij het seizoen past',
						'geen sportkleding of winterjas, of juist opvallend dure spullen',
						'zonder ontbijt, fruit of lunch naar school komen, of met ongezonde snacks',
						'een onverzorgd uiterlijk of gebit, overgewicht, een onfrisse geur'
					],
					en: [
						'often the same, broken or badly fitting clothes, or clothes that do not suit the season',
						'no sports clothes or winter coat, or strikingly expensive things instead',
						'coming to school without breakfast, fruit or lunch, or with unhealthy snacks',
						'an unkempt appearance or teeth, overweight, an unfresh smell'
					]
				}
			},
			{
				heading: { nl: 'moeite hebben met gedrag of ontwikkeling', en: 'struggle with behaviour or development' },
				signals: {
					nl: [
						'zich slecht concentreren, chaotisch, gejaagd of gespannen zijn',
						'achterlopen met leren of ontwikkeling, huiswerk niet maken',
						'vaak hoofdpijn hebben of moe lijken',
						'stil en teruggetrokken zijn, of juist snel boos',
						'weinig zelfvertrouwen hebben, zich schamen of bang zijn om te falen',
						'alcohol of drugs gebruiken',
						'verkeerde vrienden hebben, kleine criminaliteit'
					],
					en: [
						'finding it hard to concentrate, being chaotic, rushed or tense',
						'falling behind in learning or development, not doing homework',
						'often having headaches or seeming tired',
						'being quiet and withdrawn, or quick to anger',
						'having little self-confidence, feeling ashamed or afraid to fail',
						'using alcohol or drugs',
						'having the wrong friends, petty crime'
					]
				}
			},
			{
				heading: { nl: 'minder meedoen', en: 'take part less' },
				signals: {
					nl: [
						'vaak afwezig of te laat zijn, spijbelen, niet meegaan op excursies',
						'niet op de eigen verjaardag of op feestjes komen, weinig vrienden mee naar huis nemen',
						'geen lid zijn van een club, nooit op vakantie gaan, geen zwemdiploma hebben',
						'geen computer of internet hebben voor huiswerk',
						'niet naar de school van hun keuze gaan vanwege de reis- of schoolkosten',
						'niet naar de tandarts gaan',
						'gepest worden of alleen staan',
						'geen andere volwassenen kennen dan hun ouders'
					],
					en: [
						'being absent or late often, skipping school, not going on trips',
						'missing their own birthday or parties, bringing few friends home',
						'not being a member of a club, never going on holiday, having no swimming certificate',
						'having no computer or internet for homework',
						'not going to the school of their choice because of travel or school costs',
						'not going to the dentist',
						'being bullied or isolated',
						'knowing no adults other than their parents'
					]
				}
			}
		]
	},
	{
		anchor: 'young-adults',
		title: { nl: 'Jongvolwassenen (18+)', en: 'Young adults (18+)' },
		intro: {
			nl: 'Bij jongeren van 18 jaar en ouder kunt u bijvoorbeeld zien:',
			en: 'With young people aged 18 and over you may, for example, see:'
		},
		clusters: [
			{
				heading: { nl: 'geldzorgen naast studie of werk', en: 'money worries alongside study or work' },
				signals: {
					nl: [
						'veel werken, of veel verschillende bijbaantjes',
						'een studie niet afmaken',
						'zorgkosten vermijden',
						'een achterstand met collegegeld of een hoge studielening',
						'een achterstand met de zorgverzekering'
					],
					en: [
						'working a lot, or many different side jobs',
						'not finishing a course of study',
						'avoiding healthcare costs',
						'arrears in tuition fees or a high student loan',
						'arrears in health insurance'
					]
				}
			}
		]
	},
	{
		anchor: 'parents',
		title: { nl: 'Ouders', en: 'Parents' },
		intro: {
			nl: 'Ouders die in armoede leven, kunnen bijvoorbeeld:',
			en: 'Parents living in poverty may, for example:'
		},
		riskMoments: {
			nl: [
				'er alleen voor staan als ouder',
				'scheiding, overlijden, langdurige ziekte of detentie',
				'ontslag, faillissement, onzekerheid over de toekomst',
				'veel problemen tegelijk, onrust in het gezin'
			],
			en: [
				'raising children alone',
				'divorce, bereavement, long-term illness or detention',
				'dismissal, bankruptcy, uncertainty about the future',
				'many problems at once, unrest in the family'
			]
		},
		clusters: [
			{
				heading: { nl: 'te weinig werk of opleiding hebben', en: 'have too little work or education' },
				signals: {
					nl: [
						'geen werk, te weinig opdrachten, of een slecht betaalde baan of veel kleine baantjes',
						'weinig Nederlands spreken',
						'moeite met lezen en schrijven, een licht verstandelijke beperking of weinig digitale vaardigheden'
					],
					en: [
						'no work, too few assignments, or a poorly paid job or many small jobs',
						'speaking little Dutch',
						'difficulty reading and writing, a mild intellectual disability or few digital skills'
					]
				}
			},
			{
				heading: { nl: 'geldproblemen hebben', en: 'have money problems' },
				signals: {
					nl: [
						'rekeningen niet betalen',
						'geld vragen of lenen bij familie en vrienden',
						'zorgkosten vermijden',
						'incassobureaus en deurwaarders aan de deur'
					],
					en: [
						'not paying bills',
						'asking for or borrowing money from family and friends',
						'avoiding healthcare costs',
						'debt collectors and bailiffs at the door'
					]
				}
			},
			{
				heading: { nl: 'lichamelijke of psychische klachten hebben', en: 'have physical or mental health complaints' },
				signals: {
					nl: [
						'slecht slapen of zich slecht concentreren',
						'vaker ziek zijn en de dokter uitstellen',
						'tandproblemen, en de tandarts overslaan, voor zichzelf en voor de kinderen',
						'weinig zelfvertrouwen',
						'stress en spanning, niet verder kijken dan morgen',
						'afspraken niet nakomen'
					],
					en: [
						'sleeping badly or finding it hard to concentrate',
						'being ill more often and putting off the doctor',
						'poor teeth, not going to the dentist, not with the children either',
						'little self-confidence',
						'stress and tension, not looking further ahead than tomorrow',
						'not keeping appointments'
					]
				}
			},
			{
				heading: { nl: 'weinig meedoen', en: 'take part little' },
				signals: {
					nl: [
						'een klein netwerk',
						'geen bezoek willen ontvangen',
						'niet naar verjaardagen gaan, niet op vakantie',
						'weinig contact met school en de activiteiten van de kinderen',
						'zorg, hulp, contact en activiteiten vermijden die geld kosten'
					],
					en: [
						'a small network',
						'not wanting visitors',
						'not going to birthdays, not going on holiday',
						'little contact with school and the children’s activities',
						'avoiding care, help, contact and activities that cost money'
					]
				}
			},
			{
				heading: { nl: 'hun kinderen minder steun kunnen geven', en: 'be able to give their children less support' },
				signals: {
					nl: [
						'weinig structuur en rust in het gezin, veel veranderingen',
						'het kind krijgt weinig (positieve) aandacht, wordt verwaarloosd of hard gestraft',
						'taken bij het kind leggen, zoals contact met school, papieren of zorgen voor broertjes en zusjes'
					],
					en: [
						'little structure and calm in the family, many changes',
						'little (positive) attention for the child, neglect or harsh punishment',
						'passing tasks to the child, such as contact with school, paperwork or caring for siblings'
					]
				}
			}
		]
	},
	{
		anchor: 'home-visit',
		title: { nl: 'Bij een huisbezoek', en: 'During a home visit' },
		intro: {
			nl: 'Bij een huisbezoek kunt u bijvoorbeeld opmerken:',
			en: 'During a home visit you may, for example, notice:'
		},
		clusters: [
			{
				heading: { nl: 'in en om het huis', en: 'in and around the home' },
				signals: {
					nl: [
						'de gordijnen zijn altijd dicht',
						'het gezin is telefonisch slecht bereikbaar',
						'een volle brievenbus, post overal in huis of ongeopend',
						'brieven van een deurwaarder of incassobureau',
						'het huis of de mensen zien er verwaarloosd uit',
						'een lege of eenzijdig gevulde koelkast of voorraadkast',
						'meubels ontbreken of zijn versleten, bijvoorbeeld een matras op de grond',
						'geen speelgoed of kinderboeken',
						'het is koud in huis, omdat de energie is afgesloten',
						'een achterstand met huur of energie',
						'vaak moeten verhuizen',
						'een kapotte fiets of andere spullen die niet gemaakt worden'
					],
					en: [
						'the curtains are always closed',
						'the family is hard to reach by phone',
						'an overflowing letterbox, post everywhere in the house or unopened',
						'letters from a bailiff or debt collector',
						'the home or the people look neglected',
						'an empty or one-sidedly filled fridge or pantry',
						'furniture is missing or worn, for example a mattress on the floor',
						'no toys or children’s books',
						'it is cold in the house, because the energy has been cut off',
						'arrears in rent or energy',
						'having to move often',
						'a broken bike or other things that are not repaired'
					]
				}
			}
		]
	}
];

/**
 * Coping styles: ways people handle the stress and shame of too little money (seed 000 §4.2:
 * most people prefer one or two; seed 003: shame leads to avoidance, distrust to short-term
 * thinking, and children learn the same ways from their parents). Each is a way of surviving, not a fault.
 */
export const copingIntro: Localised = {
	nl: 'Sommige signalen zijn eigenlijk manieren om met stress en schaamte om te gaan. Mensen ontwikkelen gedrag zodat anderen niet zien dat ze geldzorgen hebben. Meestal heeft iemand een voorkeur voor één of twee manieren; kinderen leren ze vaak van hun ouders. Het zijn manieren om overeind te blijven, geen fouten.',
	en: 'Some signals are really ways of dealing with stress and shame. People develop behaviour so others do not see their money worries. Usually someone prefers one or two ways; children often learn them from their parents. These are ways of staying on your feet, not faults.'
};

export const copingStyles: Topic[] = [
	{
		title: { nl: 'De schijn ophouden', en: 'Keeping up appearances' },
		text: {
			nl: 'Zorgen dat niemand iets merkt: het kind krijgt dezelfde merkschoenen als de rest, er komt toch een cadeau. Het geld gaat dan ten koste van iets anders.',
			en: 'Making sure nobody notices: the child gets the same brand of shoes as the others, there is a present after all. The money then comes at the cost of something else.'
		}
	},
	{
		title: { nl: 'Vermijden', en: 'Avoiding' },
		text: {
			nl: 'Post niet openen, afspraken missen, niet naar de dokter of tandarts gaan, activiteiten overslaan die geld kosten. Wegkijken geeft even rust, maar problemen groeien.',
			en: 'Not opening post, missing appointments, not going to the doctor or dentist, skipping activities that cost money. Looking away gives a moment’s peace, but problems grow.'
		}
	},
	{
		title: { nl: 'Zich terugtrekken', en: 'Withdrawing' },
		text: {
			nl: 'Geen bezoek ontvangen, niet naar verjaardagen gaan, het contact met vrienden laten verwateren. Het netwerk wordt kleiner, en daarmee de steun.',
			en: 'Not having visitors, not going to birthdays, letting contact with friends fade. The network shrinks, and with it the support.'
		}
	},
	{
		title: { nl: 'Van dag tot dag leven', en: 'Living day by day' },
		text: {
			nl: 'Door de stress is er geen ruimte om vooruit te denken. Alles draait om vandaag en morgen; plannen voor later lukken niet.',
			en: 'Stress leaves no room to think ahead. Everything is about today and tomorrow; plans for later do not work out.'
		}
	},
	{
		title: { nl: 'Het zelf willen oplossen', en: 'Wanting to solve it alone' },
		text: {
			nl: 'Geen hulp vragen, uit trots of omdat het vertrouwen in instanties beschadigd is. Vaak duurt het jaren voordat iemand wel om hulp vraagt.',
			en: 'Not asking for help, out of pride or because trust in agencies has been damaged. It often takes years before someone does ask for help.'
		}
	},
	{
		title: { nl: 'Creatief rondkomen', en: 'Getting by creatively' },
		text: {
			nl: 'Slim met weinig rondkomen: ruilen, tweedehands kopen, zelf repareren, elkaar helpen. Dit is ook een kracht om te erkennen.',
			en: 'Cleverly getting by on little: swapping, buying second-hand, repairing things, helping each other. This is a strength to recognise too.'
		}
	}
];

/** Self-stigma (seed 000 §4.2), in our words. */
export const selfStigma: { text: Localised<string[]>; whatHelps: Localised<string[]> } = {
	text: {
		nl: [
			'Zelfstigma is dat iemand de harde beelden over armoede gaat geloven over zichzelf. Bijvoorbeeld: “Het is mijn eigen schuld, dus moet ik me schamen”, of “Als ik beter mijn best had gedaan, zat ik niet in de problemen.”',
			'Zulke gedachten maken de stap naar hulp groter en kunnen iemand nog verder laten terugtrekken.'
		],
		en: [
			'Self-stigma is when someone comes to believe the harsh images of poverty about themselves. For example: “It is my own fault, so I should be ashamed”, or “If I had tried harder, I would not be in trouble.”',
			'Such thoughts make the step to help bigger and can make someone withdraw even further.'
		]
	},
	whatHelps: {
		nl: [
			'Leg de schuld niet bij de persoon: armoede komt vaak door omstandigheden, en stress maakt het moeilijk om eruit te komen.',
			'Luister naar hoe iemand over zichzelf praat, en zeg wat u anders ziet.',
			'Benoem wat iemand allemaal wél doet en kan.'
		],
		en: [
			'Do not put the blame on the person: poverty often comes from circumstances, and stress makes it hard to get out.',
			'Listen to how someone talks about themselves, and say what you see differently.',
			'Name everything someone does do and can do.'
		]
	}
};

/** The three levels to look at poverty on (seed 000 §4.2): causes and solutions often lie on all three. */
export const threeLevelsIntro: Localised = {
	nl: 'U kunt op drie niveaus naar armoede kijken. Vaak spelen oorzaken en oplossingen op alle drie tegelijk. Wie alleen naar de persoon kijkt, ziet de helft niet.',
	en: 'You can look at poverty on three levels. Causes and solutions often lie on all three at once. Looking only at the person misses half of it.'
};

export const threeLevels: Topic[] = [
	{
		title: { nl: 'De persoon', en: 'The person' },
		text: {
			nl: 'Wat iemand meemaakt en kan: gezondheid, stress, kennis en vaardigheden, hoe iemand met tegenslag omgaat.',
			en: 'What someone goes through and can do: health, stress, knowledge and skills, how someone deals with setbacks.'
		}
	},
	{
		title: { nl: 'De omgeving', en: 'The environment' },
		text: {
			nl: 'Het gezin, de buren, vrienden, school en werk, de buurt: wie er is om op terug te vallen, en wat er dichtbij te doen en te krijgen is.',
			en: 'The family, neighbours, friends, school and work, the neighbourhood: who is there to fall back on, and what there is to do and get nearby.'
		}
	},
	{
		title: { nl: 'De samenleving', en: 'Society' },
		text: {
			nl: 'Regels en bedragen die voor iedereen gelden: de hoogte van een uitkering of de huur, hoe wetten en regelingen werken, wachtlijsten.',
			en: 'Rules and amounts that apply to everyone: the level of a benefit or the rent, how laws and schemes work, waiting lists.'
		}
	}
];

/** The attitudes of professionals (seed 004 §1.2), in our words. */
export const professionalAttitudes: Topic[] = [
	{
		title: { nl: 'Oog en oor voor de jeugd', en: 'Eyes and ears for the young' },
		text: {
			nl: 'Kijk naar het hele gezin en vraag ook hoe de kinderen het zien, ook als uw werk vooral met volwassenen is.',
			en: 'Look at the whole family and also ask how the children see it, even if your work is mainly with adults.'
		}
	},
	{
		title: { nl: 'Erop af gaan', en: 'Reaching out' },
		text: {
			nl: 'Zoek gezinnen zelf op waar ze zijn, wees makkelijk bereikbaar en betrouwbaar, neem de tijd en werk stress-sensitief.',
			en: 'Seek families out where they are, be easy to reach and reliable, take your time and work in a stress-sensitive way.'
		}
	},
	{
		title: { nl: 'Niet de schuld geven', en: 'Not blaming' },
		text: {
			nl: 'Kinderen hebben nooit schuld aan armoede, en ook ouders rekent u hun situatie niet aan. Oordeel niet: ouders zijn vaak al streng genoeg voor zichzelf.',
			en: 'Children are never to blame for poverty, and parents are not blamed either. Do not judge: parents are often hard enough on themselves already.'
		}
	},
	{
		title: { nl: 'Oprecht zijn', en: 'Being sincere' },
		text: {
			nl: 'Gezinnen kunnen wantrouwig zijn. Wees echt, toon belangstelling en respect, en neem de tijd.',
			en: 'Families may be distrustful. Be genuine, show interest and respect, and take your time.'
		}
	},
	{
		title: { nl: 'Optimistisch zijn', en: 'Being optimistic' },
		text: {
			nl: 'Kijk vooral naar wat goed gaat en versterk dat. Heb respect voor kinderen en ouders die met weinig geld goed rondkomen en hun kinderen liefde geven.',
			en: 'Look above all at what goes well and strengthen it. Respect children and parents who get by well on little money and give their children love.'
		}
	}
];
