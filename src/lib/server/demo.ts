import { consentPurposes, type Background, type WorkField } from '../domain/vocabularies';
import { consentWording } from '../domain/consent';
import { fromInstant, planMeetings, scheduleDefaults, toInstant } from '../domain/schedule';
import { createMember } from './accounts';
import type { Db } from './db';
import { findOrganisationIdByName, insertOrganisation } from './db/repositories/organisations';
import { insertConsents } from './db/repositories/consents';
import { insertPeople } from './db/repositories/people';
import { insertRegion } from './db/repositories/regions';
import { insertSeries, replacePeopleForCheckedSeries } from './db/repositories/series';

export const demoOrganisationName = 'Stichting Samen Oost (demo)';
export const demoCoordinator = { name: 'Demi Coördinator', email: 'demo@samen-doorbreken.example', password: 'demo-wachtwoord-2026' };

interface DemoPerson {
	name: string;
	background: Background;
	workField: WorkField | null;
	affiliation: string | null;
	livedExperience?: boolean;
	experienceExpert?: boolean;
	leadsGroups?: boolean;
	email?: string;
}

// Invented people: a mix the guide asks for (seed 000 §3.1), with three residents with lived experience.
const facilitators: DemoPerson[] = [
	{ name: 'Fatima el Amrani', background: 'resident', workField: null, affiliation: null, livedExperience: true, experienceExpert: true, email: 'fatima@samen-doorbreken.example' },
	{ name: 'Joost van Dijk', background: 'professional', workField: 'socialWork', affiliation: 'Welzijn Oost', leadsGroups: true, email: 'joost@samen-doorbreken.example' }
];
const participants: DemoPerson[] = [
	{ name: 'Anja de Vries', background: 'resident', workField: null, affiliation: null, livedExperience: true },
	{ name: 'Bram Jansen', background: 'resident', workField: null, affiliation: null, livedExperience: true },
	{ name: 'Chantal Bakker', background: 'resident', workField: null, affiliation: null, livedExperience: true, experienceExpert: true },
	{ name: 'Dennis Visser', background: 'professional', workField: 'debtHelp', affiliation: 'Schuldhulp Oost' },
	{ name: 'Esra Yilmaz', background: 'professional', workField: 'education', affiliation: 'Basisschool De Linde' },
	{ name: 'Frank Smit', background: 'civilServant', workField: 'municipality', affiliation: 'Gemeente' },
	{ name: 'Greet Mulder', background: 'volunteer', workField: 'faithCommunity', affiliation: 'Voedselbank' },
	{ name: 'Hamid Bouzid', background: 'professional', workField: 'housing', affiliation: 'Woningcorporatie Thuis' },
	{ name: 'Ilse de Boer', background: 'professional', workField: 'youth', affiliation: 'Jeugdteam' },
	{ name: 'Jesse Kramer', background: 'student', workField: 'socialWork', affiliation: 'Hogeschool' }
];

/**
 * Fills one organisation with a region, twelve people and a planned series of Ontmoetingen that
 * starts two weeks from `now`. Does nothing when the demo organisation already exists.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ created: boolean; seriesId: string | null }> {
	if (await findOrganisationIdByName(db, demoOrganisationName)) return { created: false, seriesId: null };
	const organisationId = await insertOrganisation(db, demoOrganisationName);
	await createMember(db, { organisationId, ...demoCoordinator, role: 'coordinator' });
	const regionId = (await insertRegion(db, organisationId, { name: 'Oost', kind: 'neighbourhood' }))?.id ?? null;
	const insertList = (list: DemoPerson[]) =>
		insertPeople(db, organisationId, list.map((p) => ({ livedExperience: false, experienceExpert: false, leadsGroups: false, ...p })));
	const duo = await insertList(facilitators);
	const group = await insertList(participants);
	// The demo's people agreed to everything, told to the coordinator: the register shows how that looks.
	for (const personId of [...duo, ...group]) await insertConsents(db, organisationId, personId, consentPurposes, 'spoken', null, consentWording, now);

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
		{ organisationId, name: 'Ontmoetingen Oost', kind: 'ontmoetingen', mode: 'onLocation', regionId, partnerOrganisations: [] },
		meetings
	);
	await replacePeopleForCheckedSeries(db, seriesId, [
		...duo.map((personId) => ({ personId, role: 'facilitator' as const })),
		...group.map((personId) => ({ personId, role: 'participant' as const }))
	]);
	return { created: true, seriesId };
}
