import { eq } from 'drizzle-orm';
import type { Background, Domain } from '../domain/people';
import { fromInstant, planMeetings, scheduleDefaults, toInstant } from '../domain/schedule';
import { createMember } from './accounts';
import type { Db } from './db';
import { organisation, person, region, seriesMember } from './db/schema';
import { insertSeries } from './db/repositories/series';

export const demoOrganisationName = 'Stichting Samen Oost (demo)';
export const demoCoordinator = { name: 'Demi Coördinator', email: 'demo@samen-doorbreken.example', password: 'demo-wachtwoord-2026' };

interface DemoPerson {
	name: string;
	background: Background;
	domain: Domain | null;
	affiliation: string | null;
	livedExperience?: boolean;
	experienceExpert?: boolean;
	leadsGroups?: boolean;
	email?: string;
}

// Invented people: a mix the guide asks for (seed 000 §3.1), with three residents with lived experience.
const facilitators: DemoPerson[] = [
	{ name: 'Fatima el Amrani', background: 'resident', domain: null, affiliation: null, livedExperience: true, experienceExpert: true, email: 'fatima@samen-doorbreken.example' },
	{ name: 'Joost van Dijk', background: 'professional', domain: 'socialWork', affiliation: 'Welzijn Oost', leadsGroups: true, email: 'joost@samen-doorbreken.example' }
];
const participants: DemoPerson[] = [
	{ name: 'Anja de Vries', background: 'resident', domain: null, affiliation: null, livedExperience: true },
	{ name: 'Bram Jansen', background: 'resident', domain: null, affiliation: null, livedExperience: true },
	{ name: 'Chantal Bakker', background: 'resident', domain: null, affiliation: null, livedExperience: true, experienceExpert: true },
	{ name: 'Dennis Visser', background: 'professional', domain: 'debtHelp', affiliation: 'Schuldhulp Oost' },
	{ name: 'Esra Yilmaz', background: 'professional', domain: 'education', affiliation: 'Basisschool De Linde' },
	{ name: 'Frank Smit', background: 'civilServant', domain: 'municipality', affiliation: 'Gemeente' },
	{ name: 'Greet Mulder', background: 'volunteer', domain: 'faithCommunity', affiliation: 'Voedselbank' },
	{ name: 'Hamid Bouzid', background: 'professional', domain: 'housing', affiliation: 'Woningcorporatie Thuis' },
	{ name: 'Ilse de Boer', background: 'professional', domain: 'youth', affiliation: 'Jeugdteam' },
	{ name: 'Jesse Kramer', background: 'student', domain: 'socialWork', affiliation: 'Hogeschool' }
];

/**
 * Fills one organisation with a region, twelve people and a planned series of Ontmoetingen that
 * starts two weeks from `now`. Does nothing when the demo organisation already exists.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ created: boolean; seriesId: string | null }> {
	const existing = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, demoOrganisationName));
	if (existing.length) return { created: false, seriesId: null };
	const [org] = await db.insert(organisation).values({ name: demoOrganisationName }).returning();
	if (!org) throw new Error('organisation insert returned nothing');
	await createMember(db, { organisationId: org.id, ...demoCoordinator, role: 'coordinator' });
	const [area] = await db.insert(region).values({ organisationId: org.id, name: 'Oost', kind: 'neighbourhood' }).returning();
	const insertPeople = (list: DemoPerson[]) =>
		db
			.insert(person)
			.values(list.map((p) => ({ organisationId: org.id, livedExperience: false, experienceExpert: false, leadsGroups: false, ...p })))
			.returning({ id: person.id });
	const duo = await insertPeople(facilitators);
	const group = await insertPeople(participants);

	const defaults = scheduleDefaults('ontmoetingen');
	const start = fromInstant(new Date(now.getTime() + 14 * 24 * 3600 * 1000)).date;
	const meetings = planMeetings({
		kind: 'ontmoetingen',
		startDate: start,
		intervalDays: defaults.intervalDays,
		startTime: defaults.startTime,
		durationMinutes: defaults.durationMinutes,
		count: defaults.meetingCount,
		includeDecidingMeeting: true
	}).map((p) => ({ ...p, startsAt: toInstant(p.date, p.startTime), location: 'Buurthuis De Brug, Dorpsstraat 1', onlineLink: null }));
	const seriesId = await insertSeries(
		db,
		{ organisationId: org.id, name: 'Ontmoetingen Oost', kind: 'ontmoetingen', mode: 'onLocation', regionId: area?.id ?? null, partnerOrganisations: [] },
		meetings
	);
	await db.insert(seriesMember).values([
		...duo.map((p) => ({ seriesId, personId: p.id, role: 'facilitator' as const })),
		...group.map((p) => ({ seriesId, personId: p.id, role: 'participant' as const }))
	]);
	return { created: true, seriesId };
}
