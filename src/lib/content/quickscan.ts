import type { QuickscanTheme } from '../domain/vocabularies';
import type { Localised } from './localised';

/** One theme of the readiness scan: what it is about, what a region needs for it, and questions to think it through. */
export interface QuickscanThemeContent {
	theme: QuickscanTheme;
	title: Localised;
	/** One sentence on why the theme matters. */
	about: Localised;
	/** What is needed; the facts (partners, costs, room size, skills) come from seed 000 §2.4 and §3.1. */
	needed: Localised<string[]>;
	/** Questions that help the initiative group see what is already there and what could be stronger. */
	questions: Localised<string[]>;
}

/**
 * The readiness scan (quickscan) of seed 000 §2.4, one entry per theme in `quickscanThemes`, in the
 * guide's order. The facts are the guide's; the sentences are ours. A region answers each theme
 * with what is already there, how to strengthen it and a status in words.
 */
export const quickscanContent: readonly QuickscanThemeContent[] = [
	{
		theme: 'network',
		title: { nl: 'Een lokaal netwerk dat meedoet', en: 'A local network that takes part' },
		about: {
			nl: 'Ontmoetingen werken als organisaties in de buurt erachter staan en later iets doen met de wensen van de groep.',
			en: 'Ontmoetingen work when local organisations back them and later act on the wishes of the group.'
		},
		needed: {
			nl: [
				'Partners die meedoen: de gemeente, welzijnswerk, woningcorporaties, scholen, kerken en moskeeën, vrijwilligersorganisaties.',
				'Steun en een plek in de organisaties om veranderwensen na de reeks op te pakken.',
				'Bereidheid om zelf iets te veranderen.'
			],
			en: [
				'Partners who take part: the municipality, social welfare work, housing associations, schools, churches and mosques, volunteer organisations.',
				'Support and a place within the organisations to take up change wishes after the series.',
				'Willingness to change things themselves.'
			]
		},
		questions: {
			nl: [
				'Welke organisaties kennen we al, en bij wie voelen we energie?',
				'Hoe vertellen we over de Ontmoetingen: een informatiebijeenkomst, via via, met voorbeelden van elders?',
				'Wie zorgt ervoor dat wensen van de groep een vervolg krijgen?'
			],
			en: [
				'Which organisations do we already know, and where do we feel energy?',
				'How do we tell people about the Ontmoetingen: an information meeting, word of mouth, examples from elsewhere?',
				'Who makes sure the wishes of the group are followed up?'
			]
		}
	},
	{
		theme: 'money',
		title: { nl: 'Geld', en: 'Money' },
		about: {
			nl: 'Meedoen kost deelnemers niets, dus de kosten moeten ergens anders vandaan komen.',
			en: 'Taking part costs participants nothing, so the costs have to be covered elsewhere.'
		},
		needed: {
			nl: [
				'Geld voor de uren van de begeleiders en de coördinatie.',
				'Geld voor materiaal, koffie en eten, en de ruimte.',
				'Geld om acties na de reeks mogelijk te maken.'
			],
			en: [
				'Money for the hours of the facilitators and the coordination.',
				'Money for materials, refreshments and the room.',
				'Money to make actions after the series possible.'
			]
		},
		questions: {
			nl: [
				'Wat kan uit een gewone begroting van een partner komen?',
				'Welke lokale fondsen of landelijke subsidies passen bij ons plan?',
				'Is er een eenvoudige onkostenregeling voor deelnemers?'
			],
			en: [
				"What can come out of a partner's regular budget?",
				'Which local funds or national subsidies fit our plan?',
				'Is there a simple expenses arrangement for participants?'
			]
		}
	},
	{
		theme: 'communication',
		title: { nl: 'Communicatie', en: 'Communication' },
		about: {
			nl: 'Mensen doen mee als ze er op tijd en op een gewone manier over horen.',
			en: 'People join when they hear about it in good time and in everyday words.'
		},
		needed: {
			nl: [
				'Eén organisatie die de communicatie regelt en op elkaar afstemt.',
				'Sociale media die veel mensen bereiken.',
				'Contact met lokale kranten, radio of websites.',
				'Contact met de communicatiemedewerkers van de partners.'
			],
			en: [
				'One organisation that takes care of the communication and keeps it in line.',
				'Social media that reach many people.',
				'Contact with local newspapers, radio or websites.',
				"Contact with the partners' communication staff."
			]
		},
		questions: {
			nl: ['Wie neemt de communicatie op zich?', 'Via welke kanalen bereiken we inwoners met ervaring met armoede?', 'Wie benadert mensen persoonlijk?'],
			en: ['Who takes on the communication?', 'Through which channels do we reach residents with lived experience of poverty?', 'Who approaches people in person?']
		}
	},
	{
		theme: 'room',
		title: { nl: 'Een ruimte', en: 'A room' },
		about: {
			nl: 'Een fijne, makkelijk bereikbare plek maakt de drempel lager.',
			en: 'A pleasant place that is easy to reach lowers the threshold.'
		},
		needed: {
			nl: [
				'Een ruimte met plek voor 12 mensen, goed bereikbaar en toegankelijk, het liefst zonder reiskosten voor deelnemers.',
				'Of, als de reeks online is: een online omgeving en laptops met werkende camera en geluid.'
			],
			en: [
				'A room with space for 12 people, easy to reach and accessible, preferably without travel costs for participants.',
				'Or, when the series is online: an online platform and laptops with a working camera and sound.'
			]
		},
		questions: {
			nl: ['Welke partner heeft een ruimte die we gratis mogen gebruiken?', 'Kunnen deelnemers er lopend, met de fiets of met het openbaar vervoer komen?'],
			en: ['Which partner has a room we may use for free?', 'Can participants get there on foot, by bike or by public transport?']
		}
	},
	{
		theme: 'knowledge',
		title: { nl: 'Kennis', en: 'Knowledge' },
		about: {
			nl: 'Wie begrijpt hoe armoede werkt, ziet beter wat er kan veranderen.',
			en: 'Understanding how poverty works helps to see what can change.'
		},
		needed: {
			nl: ['Kennis over oorzaken en gevolgen van armoede.', 'Kennis over hoe persoon, organisatie en samenleving (micro, meso en macro) met elkaar samenhangen.'],
			en: ['Knowledge of the causes and effects of poverty.', 'Knowledge of how person, organisation and society (micro, meso and macro) are connected.']
		},
		questions: {
			nl: ['Wat weten de initiatiefgroep en de begeleiders al?', 'Wat willen we nog lezen of leren, en van wie?'],
			en: ['What do the initiative group and the facilitators already know?', 'What do we still want to read or learn, and from whom?']
		}
	},
	{
		theme: 'people',
		title: { nl: 'De juiste mensen op de juiste plek', en: 'The right people in the right place' },
		about: {
			nl: 'Twee begeleiders die elkaar aanvullen, maken de groep veilig.',
			en: 'Two facilitators who complement each other make the group a safe place.'
		},
		needed: {
			nl: [
				'Een beroepskracht en een ervaringsdeskundige, allebei goed voorbereid.',
				'Minstens één van hen heeft zelf ervaring met armoede, en minstens één heeft ervaring met het begeleiden van groepen.',
				'Kennis van armoede en de gevolgen ervan, en van organisaties en voorzieningen in de regio en landelijk.',
				'Ervaring met samenwerken met mensen met ervaringskennis.'
			],
			en: [
				'A professional and an experience expert, both well prepared.',
				'At least one of them has personal experience of poverty, and at least one is experienced in leading groups.',
				'Knowledge of poverty and its effects, and of organisations and provisions in the region and nationally.',
				'Experience of working with people with lived experience.'
			]
		},
		questions: {
			nl: ['Wie kunnen de twee begeleiders zijn?', 'Wie regelt de praktische zaken, zoals de ruimte en de koffie?', 'Welke managers geven ruimte en tijd?'],
			en: ['Who can the two facilitators be?', 'Who arranges the practical things, such as the room and the coffee?', 'Which managers give room and time?']
		}
	},
	{
		theme: 'coaching',
		title: { nl: 'Steun voor de begeleiders', en: 'Support for the facilitators' },
		about: {
			nl: 'Begeleiden vraagt veel; met steun houden begeleiders het vol en groeien ze.',
			en: 'Facilitating asks a lot; with support, facilitators keep going and grow.'
		},
		needed: {
			nl: ['Coaching of intervisie voor de begeleiders.', 'Coaching of intervisie speciaal voor ervaringsdeskundigen.'],
			en: ['Coaching or peer supervision for the facilitators.', 'Coaching or peer supervision especially for experience experts.']
		},
		questions: {
			nl: ['Bij wie kunnen de begeleiders terecht na een zware bijeenkomst?', 'Is er een intervisiegroep waar de ervaringsdeskundige bij kan aansluiten?'],
			en: ['Who can the facilitators turn to after a hard meeting?', 'Is there a peer supervision group the experience expert can join?']
		}
	}
];

/** The content of one theme. */
export const quickscanThemeContent = (theme: QuickscanTheme): QuickscanThemeContent => quickscanContent.find((c) => c.theme === theme)!;
