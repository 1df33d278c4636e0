import { createMember } from '../../src/lib/server/accounts';
import type { Db } from '../../src/lib/server/db';
import { eq } from 'drizzle-orm';
import { activityFormat, changeWish, consent, fundingSource, groupAgreement, homework, localScheme, mapOrganisation, mapService, meeting, membership, note, organisation, person, programme, region, series, seriesPerson, signal, stakeholder, stakeholderUpdate, user, warmHandover } from '../../src/lib/server/db/schema';
import { toInstant } from '../../src/lib/domain/schedule';
import { consentWording } from '../../src/lib/domain/consent';
import { consentPurposes } from '../../src/lib/domain/vocabularies';

export const password = 'correct-horse-battery';

export interface SeededOrganisation {
	organisationId: string;
	coordinator: { email: string };
	facilitator: { email: string };
	stakeholder: { email: string };
	regionId: string;
	personId: string;
	facilitatorPersonId: string;
	seriesId: string;
	otherSeriesId: string;
	meetingId: string;
}

/** Every purpose of the consent register, told to a coordinator, for people a factory adds. */
export async function consentOf(db: Db, organisationId: string, personIds: readonly string[]): Promise<void> {
	if (!personIds.length) return;
	await db.insert(consent).values(
		personIds.flatMap((personId) => consentPurposes.map((purpose) => ({ organisationId, personId, purpose, wording: consentWording, givenHow: 'spoken' as const })))
	);
}

/**
 * One organisation with a member of every role, a region, two people and two series; the
 * facilitator member is linked to the first series' facilitator person, so leads only that series.
 */
export async function seedOrganisation(db: Db, label: string): Promise<SeededOrganisation> {
	const [org] = await db.insert(organisation).values({ name: `Organisatie ${label}` }).returning();
	const organisationId = org!.id;
	const email = (role: string) => `${role}.${label.toLowerCase()}@example.org`;
	const userIds: Record<string, string> = {};
	for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
		userIds[role] = await createMember(db, { organisationId, name: `${role} ${label}`, email: email(role), password, role });
	}
	const [area] = await db.insert(region).values({ organisationId, name: `Wijk ${label}`, kind: 'neighbourhood' }).returning();
	const [resident, lead] = await db
		.insert(person)
		.values([
			{ organisationId, name: `Bewoner ${label}`, background: 'resident', livedExperience: true },
			{ organisationId, name: `Begeleider ${label}`, background: 'professional', email: email('facilitator'), leadsGroups: true }
		])
		.returning();
	await consentOf(db, organisationId, [resident!.id, lead!.id]);
	// The facilitator member is this person because a coordinator said so, not because of the e-mail.
	await db.update(membership).set({ personId: lead!.id }).where(eq(membership.userId, userIds.facilitator!));
	const [led, other] = await db
		.insert(series)
		.values([
			{ organisationId, name: `Reeks ${label}`, kind: 'ontmoetingen', mode: 'onLocation', regionId: area!.id },
			{ organisationId, name: `Andere reeks ${label}`, kind: 'professionalNetwork', mode: 'online' }
		])
		.returning();
	await db.insert(seriesPerson).values([
		{ seriesId: led!.id, personId: resident!.id, role: 'participant' },
		{ seriesId: led!.id, personId: lead!.id, role: 'facilitator' }
	]);
	const [first] = await db
		.insert(meeting)
		.values([1, 2, 3, 4].map((number) => {
			const date = `2031-0${number + 1}-1${number}`;
			return { seriesId: led!.id, number, date, startTime: '10:00', startsAt: toInstant(date, '10:00'), durationMinutes: 120, location: 'Buurthuis' };
		}))
		.returning();
	return {
		organisationId,
		coordinator: { email: email('coordinator') },
		facilitator: { email: email('facilitator') },
		stakeholder: { email: email('stakeholder') },
		regionId: area!.id,
		personId: resident!.id,
		facilitatorPersonId: lead!.id,
		seriesId: led!.id,
		otherSeriesId: other!.id,
		meetingId: first!.id
	};
}

export interface SeededGroupingPeople {
	/** Every participant of the led series by name, the seeded resident included. */
	people: Record<string, string>;
	experts: string[];
	/** The led series' meetings, in order. */
	meetingIds: string[];
}

/**
 * Nine more participants for the led series of `seedOrganisation`, ten in all: three trained
 * experience experts and a spread of work fields, as a grouping needs.
 */
export async function seedGroupingPeople(db: Db, seeded: SeededOrganisation): Promise<SeededGroupingPeople> {
	const traits = [
		['Anna Aalders', true, 'debtHelp'],
		['Bram Bakker', false, 'youth'],
		['Cem Celik', false, 'housing'],
		['Dewi Dekker', true, 'health'],
		['Eva Evers', false, 'youth'],
		['Fenna Fokkema', false, 'municipality'],
		['Gijs Groen', true, 'socialWork'],
		['Hiba Haddad', false, 'education'],
		['Ivo Idema', false, 'housing']
	] as const;
	const rows = await db
		.insert(person)
		.values(
			traits.map(([name, experienceExpert, workField]) => ({
				organisationId: seeded.organisationId,
				name,
				experienceExpert,
				workField,
				background: 'professional' as const
			}))
		)
		.returning();
	await consentOf(db, seeded.organisationId, rows.map((row) => row.id));
	await db.insert(seriesPerson).values(rows.map((row) => ({ seriesId: seeded.seriesId, personId: row.id, role: 'participant' as const })));
	const meetings = (await db.select().from(meeting)).filter((m) => m.seriesId === seeded.seriesId);
	const resident = (await db.select().from(person)).find((p) => p.id === seeded.personId);
	return {
		people: { ...Object.fromEntries(rows.map((row) => [row.name, row.id])), [resident!.name]: seeded.personId },
		experts: rows.filter((row) => row.experienceExpert).map((row) => row.id),
		meetingIds: meetings.sort((a, b) => a.number - b.number).map((m) => m.id)
	};
}

/**
 * An organisation as `seedOrganisation` makes it, with something on every page that lists things:
 * a second participant, an agreement, a change wish, homework, a signal, a note, an own format and
 * a local scheme for the funds finder,
 * a funding source of the region,
 * so a walk over the pages finds every kind of form with a row to act on.
 */
export async function seedOrganisationWithContent(db: Db, label: string): Promise<SeededOrganisation> {
	const seeded = await seedOrganisation(db, label);
	const at = { meetingId: seeded.meetingId };
	const [other] = await db.insert(person).values({ organisationId: seeded.organisationId, name: `Tweede bewoner ${label}`, background: 'resident' }).returning();
	await consentOf(db, seeded.organisationId, [other!.id]);
	await db.insert(seriesPerson).values({ seriesId: seeded.seriesId, personId: other!.id, role: 'participant' });
	await db.insert(groupAgreement).values({ ...at, seriesId: seeded.seriesId, text: 'We laten elkaar uitpraten' });
	await db.insert(changeWish).values({ ...at, seriesId: seeded.seriesId, text: 'Een spreekuur in de bibliotheek', submissionId: crypto.randomUUID() });
	await db.insert(homework).values({ ...at, text: 'Neem een foto mee' });
	await db.insert(signal).values({ ...at, kind: 'signal', text: 'Zegt vaak af voor uitjes' });
	const [author] = await db.select({ id: user.id }).from(user).where(eq(user.email, seeded.facilitator.email));
	await db.insert(note).values({ ...at, visibility: 'facilitators', text: 'Rustig begonnen', authorId: author!.id });
	await db.insert(activityFormat).values({
		organisationId: seeded.organisationId,
		name: 'Wandelgesprek',
		purpose: 'Praten onder het lopen',
		minutes: 20,
		groupForm: 'pairsOrThrees',
		steps: ['Loop in tweetallen een rondje', 'Vertel elkaar wat opviel'],
		materials: ['Goede schoenen']
	});
	// The social map (issue #13): a partner with a service, and a warm handover by the facilitator.
	const [partner] = await db.insert(mapOrganisation).values({ organisationId: seeded.organisationId, name: `Partner ${label}` }).returning();
	const [service] = await db
		.insert(mapService)
		.values({ organisationId: seeded.organisationId, mapOrganisationId: partner!.id, name: `Dienst ${label}`, description: 'Hulp bij geldzaken', themes: ['debt'], contactName: 'Contact' })
		.returning();
	await db.insert(warmHandover).values({ organisationId: seeded.organisationId, serviceId: service!.id, memberId: author!.id, contactName: 'Contact', remindAt: new Date(Date.now() + 7 * 86_400_000) });
	await db.insert(localScheme).values({
		organisationId: seeded.organisationId,
		name: `Kindpakket ${label}`,
		description: 'Een budget per kind voor kleding, sport en school',
		needs: ['clothing', 'sportCulture', 'school'],
		ageFrom: 0,
		ageTo: 17,
		applicants: ['parent', 'intermediary'],
		incomeLimitPercent: 120,
		howToApply: 'Aanvragen bij het loket van de gemeente'
	});
	await db.insert(fundingSource).values({
		organisationId: seeded.organisationId,
		regionId: seeded.regionId,
		name: `Fonds ${label}`,
		kind: 'localFund',
		status: 'asked',
		amount: 250000
	});
	// Preparing the region (issue #12): an entry of what is already there, and a manager with a drafted update.
	await db.insert(programme).values({ organisationId: seeded.organisationId, name: 'Schuldhulpmaatje', kind: 'project', runBy: 'Kerken samen', regionId: seeded.regionId });
	const [kept] = await db
		.insert(stakeholder)
		.values({ organisationId: seeded.organisationId, regionId: seeded.regionId, name: 'Manager', kind: 'manager', email: `manager.${label.toLowerCase()}@example.org`, frequency: 'monthly', addedOn: '2031-01-01' })
		.returning();
	await db.insert(stakeholderUpdate).values({
		organisationId: seeded.organisationId,
		stakeholderId: kept!.id,
		occasion: 'month:2031-01',
		dueOn: '2031-02-01',
		periodFrom: '2031-01-01',
		periodTo: '2031-01-31',
		subject: 'Hoe gaat het?',
		body: 'Beste manager, er waren geen bijeenkomsten.'
	});
	return seeded;
}
