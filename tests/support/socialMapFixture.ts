import type { Opening } from '../../src/lib/domain/socialMap';
import type { Actor } from '../../src/lib/server/auth/policies';
import type { Db } from '../../src/lib/server/db';
import { createService, type NewServiceInput } from '../../src/lib/server/socialMap';

/*
 * A small social map of a Dutch town, written for the tests: each service has words of its own, so
 * a search has one right first answer. Used by the search tests, the exchange tests, the browser
 * test and the benchmark (which adds thousands of variations).
 */

export interface FixtureService {
	provider: string;
	name: string;
	keywords: string;
	description: string;
	themes: string[];
	minAge?: number;
	maxAge?: number;
	free?: boolean;
	languages?: string[];
	neighbourhood?: string;
	postcode?: string;
	hours?: Opening[];
	contactName?: string;
}

const weekdaysNineToFive: Opening[] = [1, 2, 3, 4, 5].map((day) => ({ day: day as Opening['day'], opens: '09:00', closes: '17:00' }));

export const fixtureServices: FixtureService[] = [
	{ provider: 'Gemeente Zwolle', name: 'Schuldhulpverlening', keywords: 'schulden betalingsachterstand aanmaning incasso', description: 'Hulp om uw geldzaken weer op orde te krijgen als de rekeningen zich opstapelen. Samen maken we een plan met de schuldeisers.', themes: ['debt'], free: true, neighbourhood: 'Centrum', postcode: '8011AB', hours: weekdaysNineToFive, contactName: 'Anouk de Vries' },
	{ provider: 'Humanitas', name: 'Budgetcoaching', keywords: 'huishoudboekje overzicht geldzaken', description: 'Een vrijwilliger komt bij u thuis en helpt overzicht te krijgen in wat er binnenkomt en wat er uitgaat.', themes: ['debt', 'income'], free: true, neighbourhood: 'Holtenbroek', postcode: '8031AA' },
	{ provider: 'Voedselbank Zwolle', name: 'Voedselbank', keywords: 'voedselpakket eten boodschappen levensmiddelen', description: 'Elke week een pakket met levensmiddelen voor huishoudens die te weinig leefgeld hebben.', themes: ['food'], free: true, neighbourhood: 'Dieze', postcode: '8021AB', hours: [{ day: 5, opens: '13:00', closes: '16:00' }] },
	{ provider: 'Stichting Kledingbank', name: 'Kledingbank', keywords: 'kleding schoenen winterjas', description: 'Tweedehands kleren voor kinderen en volwassenen, zonder dat het iets kost.', themes: ['food'], free: true, neighbourhood: 'Dieze', postcode: '8021AC', hours: [{ day: 3, opens: '10:00', closes: '12:00' }] },
	{ provider: 'Jeugdfonds Sport & Cultuur', name: 'Jeugdfonds Sport & Cultuur', keywords: 'contributie voetbal muziekles lesgeld', description: 'Betaalt de contributie of het lesgeld van een sportclub of muziekles voor kinderen uit gezinnen met weinig geld.', themes: ['children'], minAge: 4, maxAge: 18, free: true },
	{ provider: 'Sportbedrijf Zwolle', name: 'Zwemles voor nieuwkomers', keywords: 'zwemdiploma zwemmen', description: 'Zwemlessen in kleine groepen voor wie nog geen diploma heeft, jong en oud.', themes: ['health', 'children'], minAge: 6, neighbourhood: 'Stadshagen', postcode: '8043AA', hours: [{ day: 1, opens: '15:00', closes: '18:00' }] },
	{ provider: 'Centrum Jong', name: 'Opvoedspreekuur', keywords: 'opvoeding ouders', description: 'Ouders komen hier met vragen over opvoeden en opgroeien, zonder afspraak.', themes: ['parenting'], free: true, neighbourhood: 'Centrum', postcode: '8011AC', hours: [{ day: 2, opens: '09:00', closes: '11:00' }] },
	{ provider: 'Huurteam Zwolle', name: 'Huurteam', keywords: 'huurverhoging huisbaas verhuurder', description: 'Advies als u problemen hebt met uw huurwoning of met wie de woning verhuurt.', themes: ['housing', 'legal'], free: true },
	{ provider: 'Sociaal Raadslieden', name: 'Sociaal raadslieden', keywords: 'toeslagen formulieren bezwaar', description: 'Hulp bij brieven van instanties, formulieren en het aanvragen van toeslagen.', themes: ['income', 'legal'], free: true, languages: ['nl', 'en', 'tr'], hours: weekdaysNineToFive },
	{ provider: 'Humanitas', name: 'Thuisadministratie', keywords: 'post papieren ordenen', description: 'Een maatje helpt de post en de papieren thuis bij te houden.', themes: ['income'], free: true },
	{ provider: 'Bibliotheek Zwolle', name: 'Taalcafé', keywords: 'nederlands leren oefenen praten', description: 'Een café waar u in een ontspannen groep Nederlands oefent door te praten.', themes: ['language', 'socialContact'], minAge: 16, free: true, languages: ['nl'], neighbourhood: 'Centrum', postcode: '8011AD' },
	{ provider: 'Stichting Bijles', name: 'Huiswerkbegeleiding', keywords: 'bijles school', description: 'Hulp bij het huiswerk voor kinderen van de basisschool en de middelbare school.', themes: ['education'], minAge: 8, maxAge: 16 },
	{ provider: 'Welzijn Zwolle', name: 'Buurthuis De Ontmoeting', keywords: 'koffie activiteiten', description: 'Een plek in de wijk om elkaar te zien, iets te drinken en mee te doen met activiteiten.', themes: ['socialContact'], free: true, neighbourhood: 'Holtenbroek', postcode: '8031AB', hours: weekdaysNineToFive },
	{ provider: 'Energieloket', name: 'Energiecoach', keywords: 'energierekening stroom gas besparen', description: 'Een coach komt langs met tips om minder energie te gebruiken.', themes: ['housing', 'income'], free: true },
	{ provider: 'Stichting Jarige Job', name: 'Verjaardagsbox', keywords: 'verjaardag traktatie cadeautjes', description: 'Een doos met alles voor een feestje, voor kinderen van wie de ouders dat niet kunnen betalen.', themes: ['children'], minAge: 4, maxAge: 12, free: true },
	{ provider: 'Fietsbank Zwolle', name: 'Fietsbank', keywords: 'fiets tweedehands', description: 'Een opgeknapte tweewieler voor wie er zelf geen kan kopen.', themes: ['children'] },
	{ provider: 'Stichting Leergeld', name: 'Laptop voor scholieren', keywords: 'computer laptop', description: 'Helpt gezinnen aan een computer die een kind nodig heeft voor school.', themes: ['education', 'children'], minAge: 10, maxAge: 18 },
	{ provider: 'Werkplein', name: 'Werkcoach', keywords: 'sollicitatie baan vacature', description: 'Begeleiding naar betaald werk of vrijwilligerswerk dat bij u past.', themes: ['work'], minAge: 18, maxAge: 67 },
	{ provider: 'Welzijn Zwolle', name: 'Maatschappelijk werk', keywords: 'gesprek ondersteuning', description: 'Gesprekken en praktische steun bij problemen die u niet alleen oplost.', themes: ['health'], free: true, hours: weekdaysNineToFive },
	{ provider: 'Centrum Jong', name: 'Ouder-kindgroep', keywords: 'baby peuter', description: 'Ouders met een kleintje ontmoeten elkaar en delen ervaringen.', themes: ['parenting', 'children'], minAge: 0, maxAge: 4, free: true },
	{ provider: 'Het Juridisch Loket', name: 'Juridisch loket', keywords: 'advocaat recht ontslag', description: 'Gratis advies over uw rechten, bijvoorbeeld bij ontslag of een conflict.', themes: ['legal'], free: true },
	{ provider: 'Kringloop Zwolle', name: 'Kringloopwinkel', keywords: 'meubels huisraad', description: 'Betaalbare tweedehands spullen voor in huis.', themes: ['food'] },
	{ provider: 'Welzijn Zwolle', name: 'Mantelzorgsteunpunt', keywords: 'mantelzorger naaste', description: 'Steun voor wie zorgt voor een ziek familielid of een buur.', themes: ['health'], free: true },
	{ provider: 'Welzijn Zwolle', name: 'Ouderenadviseur', keywords: 'pensioen aow', description: 'Advies voor mensen vanaf vijfenzestig over geld, wonen en zorg.', themes: ['income'], minAge: 65, free: true },
	{ provider: 'VluchtelingenWerk', name: 'Spreekuur nieuwkomers', keywords: 'statushouder inburgering', description: 'Hulp voor mensen die net in Nederland wonen, bij brieven, inburgering en het vinden van de weg.', themes: ['legal', 'language'], free: true, languages: ['nl', 'ar', 'ti'] }
];

/** Adds every fixture service through the use-case, as a coordinator would; their ids by name. */
export async function seedSocialMap(db: Db, coordinator: Actor, services = fixtureServices, now = new Date()): Promise<Map<string, string>> {
	const providers = new Map<string, string>();
	const ids = new Map<string, string>();
	const { listMapOrganisations } = await import('../../src/lib/server/db/repositories/socialMap');
	for (const s of services) {
		const input: NewServiceInput = {
			mapOrganisationId: providers.get(s.provider) ?? null,
			newOrganisationName: s.provider,
			allowDuplicate: true,
			regionId: null,
			name: s.name,
			description: s.description,
			keywords: s.keywords,
			themes: s.themes,
			minAge: s.minAge ?? null,
			maxAge: s.maxAge ?? null,
			languages: s.languages ?? ['nl'],
			free: s.free ?? false,
			eligibility: '',
			locationName: '',
			address: s.postcode ? 'Voorbeeldstraat 1' : '',
			postcode: s.postcode ?? '',
			city: s.postcode ? 'Zwolle' : '',
			neighbourhood: s.neighbourhood ?? '',
			openingHours: s.hours ?? [],
			contactName: s.contactName ?? '',
			contactRole: '',
			contactPhone: '',
			contactEmail: ''
		};
		const created = await createService(db, coordinator, input, now);
		if (!created.ok) throw new Error(`fixture ${s.name}: ${created.code}`);
		ids.set(s.name, created.value.id);
		if (!providers.has(s.provider)) {
			const all = await listMapOrganisations(db, coordinator.organisationId);
			for (const o of all) providers.set(o.name, o.id);
		}
	}
	return ids;
}
