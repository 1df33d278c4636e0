import type { FundCriteria, FundOffer } from '../domain/eligibility';
import type { FundApplicant } from '../domain/fundVocabularies';
import type { Localised } from './localised';

/*
 * The national funds of seed 004's appendix "Overzicht fondsen" (issue #13 item 3), as data the
 * finder matches on (`domain/eligibility.ts`). Names, ages, who may apply, conditions and links are
 * the seed's facts; every sentence is our own. Where the seed leaves a fact open, the comment says
 * what we chose and why. Ages are whole years with both ends included: the seed's "4 tot 18 jaar"
 * is 4 to 17, "tot en met 12" is up to 12.
 */

export const nationalFundIds = [
	'leergeld',
	'jeugdfondsSportCultuur',
	'kinderhulp',
	'jarigeJob',
	'uitgesteldeKinderfeestjes',
	'jeugdeducatiefonds',
	'kinderenVanDeVoedselbank',
	'stichtingBabyspullen',
	'anwbKinderfietsenplan',
	'kansarmeKinderen',
	'lindaFoundation',
	'armoedefonds',
	'urgenteNoden',
	'kledingbanken',
	'witgoedregelingen',
	'huisdierenwelzijn'
] as const;
export type NationalFundId = (typeof nationalFundIds)[number];
export const isNationalFundId = (code: string): code is NationalFundId => (nationalFundIds as readonly string[]).includes(code);

export interface NationalFund extends FundCriteria {
	id: NationalFundId;
	/** The fund's own name: the same in both languages. */
	name: string;
	/** What the fund does, in a sentence or two. */
	summary: Localised;
	offers: readonly FundOffer[];
	applicants: readonly FundApplicant[];
	/** Concrete examples of what it pays for or gives. */
	examples: Localised<string[]>;
	/** What to know before applying; left out when the seed names none. */
	conditions?: Localised<string[]>;
	howToApply: Localised;
	/** The fund's website, as the seed gives it; null when there is no one national address. */
	link: string | null;
	source: string;
}

/** Seed 004: Leergeld, Jeugdfonds Sport & Cultuur, Kinderhulp and Jarige Job work together in Sam&. */
export const samenVoorAlleKinderen = {
	name: 'Sam& (Samen voor alle kinderen)',
	link: 'http://www.samenvoorallekinderen.nl/',
	summary: {
		nl: 'Leergeld, Jeugdfonds Sport & Cultuur, Kinderhulp en Jarige Job werken samen in Sam&. Op één website kunt u bij alle vier tegelijk kijken wat er kan.',
		en: 'Leergeld, Jeugdfonds Sport & Cultuur, Kinderhulp and Jarige Job work together as Sam&. On one website you can see what all four offer at once.'
	} satisfies Localised
};

const childhood: FundOffer['ages'] = { from: 0, to: 17 };
/** Basisschool: groep 1 to 8, about 4 to 12 years old. */
const primarySchool: FundOffer['ages'] = { from: 4, to: 12 };

export const nationalFunds: readonly NationalFund[] = [
	{
		id: 'leergeld',
		name: 'Leergeld',
		summary: {
			nl: 'Leergeld helpt kinderen en jongeren van 4 tot 18 jaar om mee te doen op school, bij sport, bij cultuur en in hun vrije tijd.',
			en: 'Leergeld helps children and young people aged 4 to 18 take part at school, in sport, in culture and in their free time.'
		},
		offers: [{ needs: ['school', 'sportCulture', 'bike'], ages: { from: 4, to: 17 } }],
		applicants: ['parent'],
		examples: {
			nl: ['Spullen voor school, zoals een tas of gymkleding', 'Een fiets om naar school te gaan', 'Een schoolreisje', 'Muziekles', 'Lid worden van een sportclub, met sportkleding en spullen'],
			en: ['Things for school, such as a bag or PE kit', 'A bike to get to school', 'A school trip', 'Music lessons', 'Joining a sports club, with sportswear and gear']
		},
		conditions: {
			nl: ['De ouder vraagt het zelf aan; een hulpverlener kan helpen, maar doet de aanvraag niet.'],
			en: ['The parent applies themselves; a worker can help, but does not send the application.']
		},
		howToApply: {
			nl: 'De ouder meldt zich bij Leergeld in de eigen plaats, via de website. Daar staat ook wat er in die plaats kan.',
			en: 'The parent contacts Leergeld in their own town through the website, which also shows what is possible there.'
		},
		link: 'http://www.leergeld.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"; working method "Participatie": school trips through Leergeld'
	},
	{
		id: 'jeugdfondsSportCultuur',
		name: 'Jeugdfonds Sport & Cultuur',
		summary: {
			nl: 'Het Jeugdfonds Sport & Cultuur betaalt mee aan sport en creatieve lessen voor kinderen en jongeren tot 18 jaar.',
			en: 'Jeugdfonds Sport & Cultuur helps pay for sport and creative lessons for children and young people under 18.'
		},
		offers: [{ needs: ['sportCulture'], ages: childhood }],
		// Seed 004: recognised intermediaries, professionals involved in raising, guiding or teaching the child; a teacher is one.
		applicants: ['intermediary', 'school'],
		examples: {
			nl: ['De contributie van een sportclub', 'Lesgeld voor muziek, dans of theater', 'Sportkleding en spullen die erbij horen'],
			en: ['A sports club membership fee', 'Fees for music, dance or drama lessons', 'Sportswear and the gear that goes with it']
		},
		conditions: {
			nl: ['Alleen een intermediair die het fonds heeft erkend kan aanvragen, zoals een leerkracht, jongerenwerker of hulpverlener.'],
			en: ['Only an intermediary the fund has recognised can apply, such as a teacher, youth worker or social worker.']
		},
		howToApply: {
			nl: 'Vraag een erkende intermediair rond het kind om de aanvraag te doen. Op de website ziet u wie dat in uw gemeente zijn.',
			en: 'Ask a recognised intermediary around the child to apply. The website shows who they are in your municipality.'
		},
		link: 'http://www.jeugdfondssportencultuur.nl',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'kinderhulp',
		name: 'Kinderhulp',
		summary: {
			nl: 'Kinderhulp steunt kinderen en jongeren tot 21 jaar met geld voor ontwikkeling, ontspanning en basisspullen, juist als andere fondsen niet kunnen helpen.',
			en: 'Kinderhulp supports children and young people under 21 with money for development, relaxation and basic needs, especially when other funds cannot help.'
		},
		offers: [{ needs: ['school', 'sportCulture', 'laptop', 'holiday', 'bike', 'clothing', 'urgent'], ages: { from: 0, to: 20 } }],
		applicants: ['intermediary'],
		examples: {
			nl: [
				'Een opleiding, cursus of leesboeken',
				'Sport, zwemles of muziek- en spelmateriaal',
				'Een laptop voor school',
				'Een dagje uit of een weekje kamperen (ook Actie Pepernoot en Actie Zomerpret)',
				'Een fiets, kleding of spullen voor de eigen kamer',
				'Bijzondere kosten, zoals medicijnen of therapie'
			],
			en: [
				'Training, a course or reading books',
				'Sport, swimming lessons or music and play materials',
				'A laptop for school',
				'A day out or a week of camping (also the Pepernoot and Zomerpret campaigns)',
				'A bike, clothing or things for their own room',
				'Special costs, such as medicines or therapy'
			]
		},
		conditions: {
			nl: ['Kinderhulp is er voor wat bij andere fondsen niet kan: kijk eerst daar.'],
			en: ['Kinderhulp is there for what other funds cannot pay for: look there first.']
		},
		howToApply: {
			nl: 'Een intermediair, zoals een hulpverlener of maatschappelijk werker, doet de aanvraag via de website.',
			en: 'An intermediary, such as a social worker, applies through the website.'
		},
		link: 'https://kinderhulp.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"; working method "Participatie": Actie Pepernoot, Actie Zomerpret'
	},
	{
		id: 'jarigeJob',
		name: 'Stichting Jarige Job',
		summary: {
			nl: 'Jarige Job geeft kinderen van 4 tot en met 12 jaar een verjaardagsbox, zodat zij hun verjaardag kunnen vieren.',
			en: 'Jarige Job gives children aged 4 to 12 a birthday box, so they can celebrate their birthday.'
		},
		offers: [{ needs: ['birthday'], ages: primarySchool }],
		applicants: ['parent', 'intermediary'],
		examples: {
			nl: ['Versiering', 'Iets om op school uit te delen', 'Een cadeau', 'Iets lekkers voor het bezoek thuis'],
			en: ['Decorations', 'A treat to hand out at school', 'A present', 'Something nice for visitors at home']
		},
		conditions: {
			nl: ['Vraag de box uiterlijk zes weken voor de verjaardag aan.'],
			en: ['Apply for the box at least six weeks before the birthday.']
		},
		howToApply: {
			nl: 'De ouder of een intermediair vraagt de box aan via de website, op tijd voor de verjaardag.',
			en: 'The parent or an intermediary applies for the box on the website, in good time before the birthday.'
		},
		link: 'http://www.stichtingjarigejob.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"; working method "Participatie": birthday boxes for 4 to 12'
	},
	{
		id: 'uitgesteldeKinderfeestjes',
		name: 'Stichting Uitgestelde Kinderfeestjes',
		summary: {
			nl: 'Uitgestelde Kinderfeestjes regelt een kinderfeestje voor kinderen die al lang in armoede opgroeien en anders geen feestje kunnen geven.',
			en: 'Uitgestelde Kinderfeestjes arranges a birthday party for children who have grown up in poverty for a long time and could not have a party otherwise.'
		},
		// Seed 004: groep 2 to 8 of the primary school, about 5 to 12 years old.
		offers: [{ needs: ['birthday'], ages: { from: 5, to: 12 } }],
		// Seed 004: the children cannot have a party "without someone stepping in"; we read that as an intermediary who signs them up.
		applicants: ['intermediary'],
		examples: {
			nl: ['Een kinderfeestje met vriendjes, helemaal geregeld'],
			en: ['A birthday party with friends, fully arranged']
		},
		conditions: {
			nl: ['Voor kinderen in groep 2 tot en met 8 die al lang in armoede opgroeien.'],
			en: ['For children in year groups 2 to 8 of primary school who have grown up in poverty for a long time.']
		},
		howToApply: {
			nl: 'Een intermediair rond het gezin meldt het kind aan via de website.',
			en: "An intermediary who knows the family signs the child up on the website."
		},
		link: 'https://www.uitgesteldekinderfeestjes.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"; working method "Participatie"'
	},
	{
		id: 'jeugdeducatiefonds',
		name: 'Jeugdeducatiefonds',
		summary: {
			nl: 'Het Jeugdeducatiefonds betaalt mee aan activiteiten en materialen die kinderen op de basisschool meer kansen geven.',
			en: 'Jeugdeducatiefonds helps pay for activities and materials that give primary-school children more opportunities.'
		},
		offers: [{ needs: ['school', 'sportCulture', 'laptop'], ages: primarySchool }],
		applicants: ['school'],
		examples: {
			nl: ['Schoolreisjes en uitstapjes', 'Bijles', 'Sport en cultuur', 'Een laptop of ander lesmateriaal'],
			en: ['School trips and outings', 'Tutoring', 'Sport and culture', 'A laptop or other learning materials']
		},
		conditions: {
			nl: ['De aanvraag gaat via de basisschool.', 'Het mag ook gaan om iets voor de hele klas.'],
			en: ['The application goes through the primary school.', 'It may also be for something for the whole class.']
		},
		howToApply: {
			nl: 'Vraag de basisschool van het kind om de aanvraag te doen.',
			en: "Ask the child's primary school to apply."
		},
		link: 'http://www.jeugdeducatiefonds.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'kinderenVanDeVoedselbank',
		name: 'Stichting Kinderen van de Voedselbank',
		summary: {
			nl: 'Kinderen van de Voedselbank geeft kinderen van gezinnen bij de voedselbank nieuwe kleding, schoenen en een verjaardagsbox, zodat zij zich goed voelen over zichzelf.',
			en: 'Kinderen van de Voedselbank gives children of food-bank families new clothes, shoes and a birthday box, so they can feel good about themselves.'
		},
		offers: [
			{ needs: ['clothing'], ages: childhood },
			{ needs: ['birthday'], ages: primarySchool }
		],
		// Seed 004 names the food bank's families; the local food bank hands the packages out.
		applicants: ['organisation'],
		examples: {
			nl: ['Een pakket met nieuwe kleding, schoenen en cadeautjes', 'Een verjaardagsbox met een cadeau en traktaties, voor kinderen op de basisschool'],
			en: ['A package of new clothes, shoes and small presents', 'A birthday box with a present and treats, for primary-school children']
		},
		conditions: {
			nl: ['Voor gezinnen die een pakket van de voedselbank krijgen.', 'Verjaardagsboxen zijn voor kinderen van basisschoolleeftijd.'],
			en: ['For families who receive food-bank parcels.', 'Birthday boxes are for children of primary-school age.']
		},
		howToApply: {
			nl: 'Vraag bij de voedselbank waar het gezin een pakket haalt.',
			en: 'Ask at the food bank where the family collects its parcel.'
		},
		link: 'https://www.kinderenvandevoedselbank.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'stichtingBabyspullen',
		name: 'Stichting Babyspullen',
		summary: {
			nl: 'Stichting Babyspullen geeft (aanstaande) ouders gratis een startpakket met nieuwe en gebruikte babyspullen.',
			en: 'Stichting Babyspullen gives (expecting) parents a free starter package of new and used baby things.'
		},
		// For expecting parents too, so age plays no part.
		offers: [{ needs: ['baby'], ages: null }],
		// Seed 004 does not say who applies; the foundation takes applications from a professional around the family.
		applicants: ['intermediary'],
		examples: {
			nl: ['Een startpakket met kleertjes, verzorging en spullen voor de eerste tijd'],
			en: ['A starter package with clothes, care products and things for the first months']
		},
		howToApply: {
			nl: 'Een hulpverlener of verloskundige rond het gezin vraagt het pakket aan via de website.',
			en: 'A social worker or midwife who knows the family applies for the package on the website.'
		},
		link: 'https://stichtingbabyspullen.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'anwbKinderfietsenplan',
		name: 'ANWB Kinderfietsenplan',
		summary: {
			nl: 'Het ANWB Kinderfietsenplan zamelt fietsen in, maakt ze weer goed en geeft ze aan kinderen zonder fiets.',
			en: 'The ANWB Kinderfietsenplan collects bikes, repairs them and gives them to children who have no bike.'
		},
		offers: [{ needs: ['bike'], ages: childhood }],
		// Seed 004 does not say who applies; the bikes go out through local partners, so an intermediary signs the child up.
		applicants: ['intermediary', 'organisation'],
		examples: {
			nl: ['Een opgeknapte fiets die past bij het kind'],
			en: ['A refurbished bike that fits the child']
		},
		howToApply: {
			nl: 'Kijk op de website welke organisatie in uw buurt de fietsen uitdeelt, en meld het kind daar aan.',
			en: 'Check the website for the organisation near you that hands out the bikes, and sign the child up there.'
		},
		link: 'https://www.anwb.nl/over-anwb/anwb-kinderfietsenplan',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'kansarmeKinderen',
		name: 'Stichting Kansarme Kinderen In Nederland',
		summary: {
			nl: 'Deze stichting stuurt gezinnen een pakket op maat, en helpt ook met fietsen, uitjes en feestdagen.',
			en: 'This foundation sends families a package made to measure, and also helps with bikes, outings and celebrations.'
		},
		offers: [{ needs: ['clothing', 'bike', 'holiday', 'birthday', 'school'], ages: childhood }],
		// Seed 004 does not say who applies; the foundation works with applications from professionals.
		applicants: ['intermediary'],
		examples: {
			nl: ['Nieuwe kleding, schoenen, speelgoed en een cadeaubon', 'Een fiets', 'Kaartjes voor een uitje', 'Sinterklaascadeaus', 'Een verjaardagspakket of een pakket voor school'],
			en: ['New clothes, shoes, toys and a gift voucher', 'A bike', 'Tickets for an outing', 'Sinterklaas presents', 'A birthday package or a package for school']
		},
		howToApply: {
			nl: 'Een hulpverlener rond het gezin vraagt een pakket aan via de website.',
			en: 'A social worker who knows the family applies for a package on the website.'
		},
		link: 'https://skkin.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'lindaFoundation',
		name: 'LINDA.foundation',
		summary: {
			nl: 'LINDA.foundation geeft cadeaukaarten aan gezinnen met kinderen die het financieel heel moeilijk hebben.',
			en: 'LINDA.foundation gives gift cards to families with children who are in serious financial difficulty.'
		},
		offers: [{ needs: ['urgent', 'clothing'], ages: childhood }],
		// Seed 004 does not say who applies; the foundation takes applications from professionals.
		applicants: ['intermediary'],
		examples: {
			nl: ['Een cadeaukaart voor wat het gezin het hardst nodig heeft'],
			en: ['A gift card for what the family needs most']
		},
		howToApply: {
			nl: 'Een hulpverlener rond het gezin vraagt de cadeaukaart aan via de website.',
			en: 'A social worker who knows the family applies for the gift card on the website.'
		},
		link: 'http://www.lindafoundation.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'armoedefonds',
		name: 'Stichting Armoedefonds',
		summary: {
			nl: 'Het Armoedefonds steunt lokale organisaties die mensen in armoede helpen, met acties per thema.',
			en: 'Armoedefonds supports local organisations that help people in poverty, with a campaign per theme.'
		},
		offers: [{ needs: ['school', 'clothing', 'urgent'], ages: childhood }],
		applicants: ['organisation'],
		examples: {
			nl: ['Schoolspullenpassen om in de eigen plaats schoolspullen te kopen', 'Kleding', 'Voedselhulp', 'Gratis menstruatieproducten'],
			en: ['School-supplies passes to buy school things locally', 'Clothing', 'Food aid', 'Free period products']
		},
		conditions: {
			nl: ['Het fonds geeft aan lokale organisaties, niet aan gezinnen zelf.'],
			en: ['The fund gives to local organisations, not to families themselves.']
		},
		howToApply: {
			nl: 'Een lokale organisatie, zoals de voedselbank of een kerk, doet mee aan een actie van het fonds. Vraag welke organisatie in uw plaats meedoet.',
			en: 'A local organisation, such as the food bank or a church, takes part in one of the fund\'s campaigns. Ask which organisation in your town takes part.'
		},
		link: 'https://www.armoedefonds.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'urgenteNoden',
		name: 'Stichting Urgente Noden Nederland',
		summary: {
			nl: 'Urgente Noden helpt bij een dringend geldprobleem, zoals een kapotte koelkast of geen bed, als er geen andere regeling is.',
			en: 'Urgente Noden helps with an urgent money problem, such as a broken fridge or no bed, when no other scheme can help.'
		},
		offers: [{ needs: ['urgent'], ages: null }],
		applicants: ['intermediary'],
		examples: {
			nl: ['Een koelkast', 'Een bed', 'Andere dringende kosten die niet kunnen wachten'],
			en: ['A fridge', 'A bed', 'Other urgent costs that cannot wait']
		},
		conditions: {
			nl: ['Alleen een professionele hulpverlener kan de aanvraag doen.', 'Alleen als bestaande regelingen en voorzieningen niet helpen.'],
			en: ['Only a professional worker can apply.', 'Only when existing schemes and services do not help.']
		},
		howToApply: {
			nl: 'Een professionele hulpverlener doet de aanvraag via de website, en laat zien welke regelingen al geprobeerd zijn.',
			en: 'A professional worker applies through the website, showing which schemes have already been tried.'
		},
		link: 'https://www.sunnederland.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'kledingbanken',
		name: 'Kledingbanken',
		summary: {
			nl: 'Een kledingbank geeft kleding, schoenen en beddengoed aan mensen die dat nodig hebben. Er is geen landelijke organisatie; er is wel een overzicht per provincie.',
			en: 'A clothing bank gives clothes, shoes and bed linen to people who need them. There is no national organisation, but there is a list per province.'
		},
		offers: [{ needs: ['clothing', 'baby'], ages: null }],
		// Seed 004 does not say who applies; a clothing bank usually takes families directly or through a referral.
		applicants: ['parent', 'intermediary'],
		examples: {
			nl: ['Kleding en schoenen', 'Beddengoed en handdoeken'],
			en: ['Clothes and shoes', 'Bed linen and towels']
		},
		conditions: {
			nl: ['Elke kledingbank heeft eigen regels; soms is een verwijzing nodig.'],
			en: ['Every clothing bank has its own rules; sometimes a referral is needed.']
		},
		howToApply: {
			nl: 'Zoek in het overzicht per provincie een kledingbank in de buurt, en vraag daar hoe het werkt.',
			en: 'Find a clothing bank nearby in the list per province, and ask there how it works.'
		},
		link: 'https://sites.google.com/site/kledingbank/kledingbanken-per-provincie',
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'witgoedregelingen',
		name: 'Witgoedregelingen',
		summary: {
			nl: 'Veel gemeenten hebben een regeling voor een wasmachine, fornuis of koelkast, voor gezinnen die er recht op hebben.',
			en: 'Many municipalities have a scheme for a washing machine, cooker or fridge, for families who qualify.'
		},
		offers: [{ needs: ['urgent'], ages: null }],
		applicants: ['parent', 'intermediary'],
		examples: {
			nl: ['Een wasmachine', 'Een fornuis', 'Een koelkast'],
			en: ['A washing machine', 'A cooker', 'A fridge']
		},
		conditions: {
			nl: ['De regels verschillen per gemeente, ook de inkomensgrens.'],
			en: ['The rules differ per municipality, including the income limit.']
		},
		howToApply: {
			nl: 'Vraag bij de eigen gemeente of er een witgoedregeling is en hoe u die aanvraagt.',
			en: 'Ask your own municipality whether it has such a scheme and how to apply.'
		},
		// Seed 004 links one municipality's page as an example; there is no national address.
		link: null,
		source: 'seed 004, appendix "Overzicht fondsen"'
	},
	{
		id: 'huisdierenwelzijn',
		name: 'Stichting Bevordering Huisdierenwelzijn',
		summary: {
			nl: 'Deze stichting helpt baasjes met weinig geld om goed voor hun huisdier te zorgen, zodat een gezin het dier van de kinderen niet weg hoeft te doen.',
			en: "This foundation helps pet owners on a low income to look after their pet, so a family need not give up the children's beloved animal."
		},
		offers: [{ needs: ['pet'], ages: null }],
		applicants: ['parent', 'intermediary'],
		examples: {
			nl: ['Hulp bij de kosten van de dierenarts of de verzorging', 'Dierenvoedselbanken geven voer (zie Dierwijzer)'],
			en: ["Help with the cost of the vet or care", 'Pet food banks give food (see Dierwijzer)']
		},
		conditions: {
			nl: ['Voor eigenaren die met een laag inkomen rond moeten komen.'],
			en: ['For owners who have to get by on a low income.']
		},
		howToApply: {
			nl: 'De eigenaar of een hulpverlener vraagt hulp via de website.',
			en: 'The owner or a worker asks for help on the website.'
		},
		link: 'https://huisdierenwelzijn.nl/',
		source: 'seed 004, appendix "Overzicht fondsen"'
	}
];

/** A national fund by its code; an unknown code is none. */
export const nationalFund = (id: string): NationalFund | null => (isNationalFundId(id) ? nationalFunds.find((fund) => fund.id === id)! : null);
